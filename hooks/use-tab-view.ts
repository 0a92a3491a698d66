import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { onChanged, request } from '../lib/messaging/client';
import type { TabView } from '../lib/messaging/views';

/** Which tab an extension page follows: `?tabId=` when given (tests, pop-out), else the active tab of its window. */
export function pinnedTabId(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tabId');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

// The first view is asked for before React starts (main.tsx), so the round trip to the worker
// overlaps loading the page: part of the "open → result ≤ 200 ms" budget.
let early: { key: string; promise: Promise<TabView> } | undefined;

/** Ask for the page's first view now; the hook's first fetch uses this answer. */
export function prefetchTabView(): void {
  const tabId = pinnedTabId();
  const promise = request('tab/view', { tabId });
  promise.catch(() => undefined);
  early = { key: `tab:${tabId}`, promise };
}

function takeEarly(key: string): Promise<TabView> | undefined {
  const e = early;
  early = undefined;
  return e?.key === key ? e.promise : undefined;
}

export type Loadable = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; view: TabView };

/**
 * The live view of a tab (or of one account, opened from the recent list): fetched from the
 * background, refetched when the background says the tab or its account changed, and when the
 * user switches tabs (unless pinned). The last view stays on screen while a new one loads, so a
 * live update replaces content in place instead of flashing "loading".
 */
export function useTabView(accountId?: string): { data: Loadable; refresh: () => void } {
  const pinned = useRef(pinnedTabId());
  const [tabId, setTabId] = useState<number | undefined>(pinned.current);
  const [data, setData] = useState<Loadable>({ state: 'loading' });
  const seq = useRef(0);

  const refresh = useCallback(() => {
    const load = (allowEarly: boolean) => {
      const mine = ++seq.current;
      const early = allowEarly && !accountId ? takeEarly(`tab:${tabId}`) : undefined;
      const got = accountId ? request('account/view', { accountId }) : (early ?? request('tab/view', { tabId }));
      got
        .then((view) => {
          if (mine !== seq.current) return;
          setData({ state: 'ready', view });
          // The early answer was asked for before this page listened for changes: a change that
          // landed in between (the page finished reading) would be missed, leaving "Reading…"
          // on screen for good. Ask once more now that we listen.
          if (early) load(false);
        })
        .catch((e: unknown) => mine === seq.current && setData({ state: 'error', message: e instanceof Error ? e.message : String(e) }));
    };
    load(true);
  }, [tabId, accountId]);

  useEffect(() => {
    if (pinned.current !== undefined) return;
    const follow = () =>
      void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => t?.id !== undefined && setTabId(t.id));
    follow();
    const onActivated = () => follow();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);

  const shownAccount = useRef<string | undefined>(undefined);
  shownAccount.current = data.state === 'ready' ? data.view.account?.id : undefined;

  useEffect(() => {
    refresh();
    return onChanged((e) => {
      const forTab = !accountId && e.tabId !== undefined && e.tabId === tabId;
      const forAccount = e.accountId !== undefined && e.accountId === (accountId ?? shownAccount.current);
      const global = e.tabId === undefined && e.accountId === undefined;
      if (forTab || forAccount || global) refresh();
    });
  }, [refresh, tabId, accountId]);

  return { data, refresh };
}
