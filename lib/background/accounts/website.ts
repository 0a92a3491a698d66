import { browser } from 'wxt/browser';
import { z } from 'zod';
import { PageObservation } from '../../facts/model';
import { LogEntry, MAX_LOG } from '../../messaging/log-entry';
import { probePageGlobals } from '../../extract/website/globals-probe';
import type { Input, Output } from '../../messaging/protocol';
import { log } from '../data/diagnostics';
import { handleObserved } from './observe';

/**
 * Read the company website open in a tab. Runs our reader bundle in the page (isolated world)
 * with activeTab (granted by the toolbar click) or an optional host permission. Never fetches.
 */
const WebsiteRead = z.object({ observation: PageObservation, log: z.array(LogEntry).max(MAX_LOG).optional() });

export async function handleReadWebsite(input: Input<'tab/read-website'>): Promise<Output<'tab/read-website'>> {
  const tab = await browser.tabs.get(input.tabId).catch(() => null);
  if (!tab?.url || !/^https?:/.test(tab.url)) return { read: false, reason: 'This tab is not a web page.' };
  try {
    const target = { tabId: input.tabId };
    // 1. which known page globals exist (main world; returns names from our fixed list only)
    const [probe] = await browser.scripting.executeScript({ target, world: 'MAIN', func: probePageGlobals });
    const globals = Array.isArray(probe?.result) ? (probe.result as unknown[]).filter((g): g is string => typeof g === 'string').slice(0, 100) : [];
    // 2. hand them to our reader (isolated world) and read the page
    await browser.scripting.executeScript({ target, func: (names: string[]) => void ((globalThis as { __icpFitGlobals?: string[] }).__icpFitGlobals = names), args: [globals] });
    const [injection] = await browser.scripting.executeScript({ target, files: ['/website-reader.js'] });
    // The page is hostile: what the injected reader returns is validated like any message.
    const payload = injection?.result as { observation?: unknown; log?: unknown } | undefined;
    const parsed = WebsiteRead.safeParse(payload);
    if (!parsed.success) return { read: false, reason: 'Nothing could be read from this page.' };
    await handleObserved({ id: crypto.randomUUID(), sentAt: Date.now(), ...parsed.data, recognised: true }, { id: browser.runtime.id, tab });
    return { read: true };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await log('warn', `reading website failed: ${message}`);
    return { read: false, reason: 'Chrome did not allow reading this page. Click the ICP Fit toolbar button on the page first.' };
  }
}
