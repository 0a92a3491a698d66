import type { Page } from '@playwright/test';

/**
 * Reading the background's view of a tab from an extension page, the way the side panel does
 * (`chrome.runtime.sendMessage`). Waiting polls the badge text first (chrome.action, answered by
 * the browser process, not the service worker) so polling does not slow the worker it measures.
 */
export interface Timing {
  extractMs?: number;
  readingBadgeAt?: number;
  /** epoch ms: the content script sent the observation, the worker received it, stored it, set the badge */
  sentAt?: number;
  receivedAt?: number;
  storedAt?: number;
  badgeAt?: number;
}

interface TabViewReply {
  ok: boolean;
  data?: { status: string; url?: string; timing?: Timing; account?: { name?: string } };
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions of evaluated callbacks
 * in a `__name(fn, "fn")` helper that only exists in Node. Define it as a no-op in the page (a
 * string, so esbuild leaves it alone) before evaluating such callbacks there.
 */
export async function allowNamedFunctions(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (f) => f');
}

/** The tab's timing once a tier badge was set at or after `since` (epoch ms). */
export async function waitForBadge(ext: Page, tabId: number, since: number, timeoutMs = 20_000): Promise<Timing & { status: string }> {
  return ext.evaluate(
    async ({ tabId, since, timeoutMs }) => {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const text = await chrome.action.getBadgeText({ tabId });
        if (text && text !== '…') {
          const r = (await chrome.runtime.sendMessage({ type: 'tab/view', data: { tabId } })) as TabViewReply;
          const t = r.data?.timing;
          if (t?.badgeAt && t.badgeAt >= since) return { ...t, status: r.data!.status };
        }
        if (Date.now() > end) throw new Error(`no badge on tab ${tabId} since ${since} (badge "${text}")`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    { tabId, since, timeoutMs },
  );
}

/** The page's DOMContentLoaded end as epoch ms (same clock as the worker's Date.now()). */
export function domContentLoadedAt(page: Page): Promise<number> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return performance.timeOrigin + nav.domContentLoadedEventEnd;
  });
}

/**
 * One `querySelectorAll('*')` pass in the page, in ms. Chromium coarsens performance.now() to
 * 0.1 ms outside cross-origin isolation and one pass over a fixture takes ~2 µs, so this is the
 * mean of `passes` passes.
 */
export function domPassMs(page: Page, passes = 1000): Promise<number> {
  return page.evaluate((passes) => {
    let n = 0;
    const t = performance.now();
    for (let i = 0; i < passes; i++) n += document.querySelectorAll('*').length;
    const ms = (performance.now() - t) / passes;
    if (n === 0) throw new Error('empty page');
    return ms;
  }, passes);
}

export async function stats(ext: Page): Promise<{ accounts: number; observations: number; staleResults: number }> {
  const r = (await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'data/stats', data: {} }))) as { ok: boolean; data: never; error?: string };
  if (!r.ok) throw new Error(`data/stats: ${r.error}`);
  return r.data;
}

/**
 * What LinkedIn does on an in-app click — the same steps as spaNavigate() in
 * test/e2e/support/fixtures.ts — but returning the epoch time of the pushState, which the
 * "navigation → badge" figures start from.
 */
export function spaNavigateTimed(page: Page, url: string, html: string): Promise<number> {
  return page.evaluate(
    ({ url, html }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const at = performance.timeOrigin + performance.now();
      history.pushState({}, '', url);
      document.title = doc.title;
      document.body.replaceChildren(...Array.from(doc.body.childNodes));
      return at;
    },
    { url, html },
  );
}
