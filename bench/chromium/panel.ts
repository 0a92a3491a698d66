import type { Page } from '@playwright/test';
import { type Launched, tabIdOf } from '../../test/e2e/support/extension';
import { figure, type Figure } from '../stats';
import { companyHtml, companyName, companyUrl } from './generated';
import { spaNavigateTimed, waitForBadge } from './session';

/**
 * Figure 3c: the side panel (sidepanel.html?tabId=… in a tab, as the e2e tests open it).
 * A MutationObserver installed before the panel's own scripts records, inside the panel, when
 * the tier first appears (ms since navigation start) and every change of the company heading
 * (epoch ms), so neither figure includes Playwright's round trips.
 */
declare global {
  interface Window {
    __benchTierAt?: number;
    __benchHeadings?: { text: string | null; at: number }[];
  }
}

function recorder(): void {
  window.__benchHeadings = [];
  let last: string | null = null;
  new MutationObserver(() => {
    if (window.__benchTierAt === undefined && document.querySelector('[data-testid="tier"]')) window.__benchTierAt = performance.now();
    const text = document.querySelector('h1')?.textContent ?? null;
    if (text !== last) {
      last = text;
      window.__benchHeadings!.push({ text, at: performance.timeOrigin + performance.now() });
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

async function openPanel(l: Launched, tabId: number): Promise<Page> {
  const p = await l.context.newPage();
  await p.addInitScript(recorder);
  await p.goto(`chrome-extension://${l.extensionId}/sidepanel.html?tabId=${tabId}`);
  return p;
}

export async function panelFigures(l: Launched, ext: Page, opens: number, updates: number, warmup = 2): Promise<Figure[]> {
  const page = await l.context.newPage();
  await page.goto(companyUrl(1));
  const tabId = await tabIdOf(ext, companyUrl(1) + '*');
  await waitForBadge(ext, tabId, 0);

  // Open → tier visible, on an already-scored tab.
  const open: number[] = [];
  const painted: number[] = [];
  for (let i = 0; i < warmup + opens; i++) {
    const p = await openPanel(l, tabId);
    const at = await p.waitForFunction(() => window.__benchTierAt, undefined, { timeout: 15_000 });
    await p.locator('[data-testid="tier"]').waitFor({ state: 'visible' });
    // the first frame with content on screen: the tier's header (drawn before React from the badge's
    // headline, else React's); the figure above is when the tier entered the DOM
    const fcp = await p.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, undefined, { timeout: 15_000 });
    if (i >= warmup) {
      open.push((await at.jsonValue()) as number);
      painted.push((await fcp.jsonValue()) as number);
    }
    await p.close();
  }

  // Live update: in-app navigation to another company → the panel's heading names it.
  const panel = await openPanel(l, tabId);
  await panel.locator('[data-testid="tier"]').waitFor({ state: 'visible' });
  const live: number[] = [];
  for (let i = 0; i < warmup + updates; i++) {
    const n = 2 + (i % 2); // alternate between two other companies (each navigation changes the URL)
    const pushAt = await spaNavigateTimed(page, companyUrl(n), companyHtml(n));
    const shown = await panel.waitForFunction(
      ({ name, since }) => window.__benchHeadings!.find((h) => h.at >= since && h.text?.includes(name))?.at,
      { name: companyName(n), since: pushAt },
      { timeout: 15_000 },
    );
    if (i >= warmup) live.push(((await shown.jsonValue()) as number) - pushAt);
    await waitForBadge(ext, tabId, pushAt); // settle before the next navigation
  }
  await panel.close();
  await page.close();
  return [
    figure('panel.openToTierMs', 'panel', 'side panel open → tier shown (scored tab)', 'ms', open, 'ms from the panel’s navigation start to the tier in the DOM'),
    figure('panel.openToFirstPaintMs', 'panel', 'side panel open → first contentful paint (the tier’s header)', 'ms', painted, 'the frame that puts it on screen (Paint Timing); no budget'),
    figure('panel.liveUpdateMs', 'panel', 'in-app navigation → panel heading updated', 'ms', live, 'includes the content script’s 300 ms URL poll'),
  ];
}
