import { request } from '../lib/messaging/client';
import type { TabView } from '../lib/messaging/views';

/**
 * The side panel's first view, asked for before its React bundle loads (issue 17: open → tier).
 * sidepanel.html runs entrypoints/panel-prefetch.ts as a classic script, parsed and run before
 * the ~280 kB module bundle is fetched and compiled, so the round trip to the worker overlaps
 * that; the bundle is another script, so the answer is handed over on `window`.
 */
declare global {
  interface Window {
    __icpEarlyTabView?: EarlyTabView;
  }
}

/** Which tab an extension page follows: `?tabId=` when given (tests, pop-out), else the active tab of its window. */
export function pinnedTabId(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tabId');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

interface EarlyTabView {
  key: string;
  promise: Promise<TabView>;
  /** the answer, once it came: the panel's first render can show it without waiting a tick */
  view?: TabView;
}

export const tabKey = (tabId: number | undefined) => `tab:${tabId}`;

/** Ask for the page's first view now, unless an earlier script of this page already did. */
export function startEarlyTabView(): void {
  if (window.__icpEarlyTabView) return;
  const tabId = pinnedTabId();
  const early: EarlyTabView = { key: tabKey(tabId), promise: request('tab/view', { tabId }) };
  early.promise.then((view) => (early.view = view)).catch(() => undefined);
  window.__icpEarlyTabView = early;
}

/** The early answer for `key` if it already came (nothing is taken). */
export function earlyTabViewNow(key: string): TabView | undefined {
  const e = window.__icpEarlyTabView;
  return e?.key === key ? e.view : undefined;
}

/** The early answer for `key`, once: later fetches ask the worker again. */
export function takeEarlyTabView(key: string): Promise<TabView> | undefined {
  const e = window.__icpEarlyTabView;
  window.__icpEarlyTabView = undefined;
  return e?.key === key ? e.promise : undefined;
}
