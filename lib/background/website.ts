import { browser } from 'wxt/browser';
import type { Input, Output } from '../messaging/protocol';
import { log } from './diagnostics';
import { handleObserved } from './observe';

/**
 * Read the company website open in a tab. Runs our reader bundle in the page (isolated world)
 * with activeTab (granted by the toolbar click) or an optional host permission. Never fetches.
 */
export async function handleReadWebsite(input: Input<'tab/read-website'>): Promise<Output<'tab/read-website'>> {
  const tab = await browser.tabs.get(input.tabId).catch(() => null);
  if (!tab?.url || !/^https?:/.test(tab.url)) return { read: false, reason: 'This tab is not a web page.' };
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId: input.tabId }, files: ['/website-reader.js'] });
    const payload = injection?.result as { observation?: unknown } | undefined;
    if (!payload?.observation) return { read: false, reason: 'Nothing could be read from this page.' };
    await handleObserved(
      { id: crypto.randomUUID(), sentAt: Date.now(), observation: payload.observation as never, recognised: true },
      { id: browser.runtime.id, tab },
    );
    return { read: true };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await log('warn', `reading website failed: ${message}`);
    return { read: false, reason: 'Chrome did not allow reading this page. Click the ICP Fit toolbar button on the page first.' };
  }
}
