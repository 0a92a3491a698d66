import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { isGlobalChange, onChanged, request } from '../lib/messaging/client';
import type { TabView } from '../lib/messaging/views';
import { earlyTabViewNow, pinnedTabId, startEarlyTabView, tabKey, takeEarlyTabView } from './early-tab-view';

/** Ask for the page's first view now (if sidepanel.html's early script did not); the hook's first fetch uses this answer. */
export function prefetchTabView(): void {
  startEarlyTabView();
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
  // the early answer (hooks/early-tab-view.ts) is usually in before React starts: shown at once
  const [data, setData] = useState<Loadable>(() => {
    const view = accountId ? undefined : earlyTabViewNow(tabKey(pinned.current));
    return view ? { state: 'ready', view } : { state: 'loading' };
  });
  const seq = useRef(0);

  const refresh = useCallback(() => {
    const load = (allowEarly: boolean) => {
      const mine = ++seq.current;
      const early = allowEarly && !accountId ? takeEarlyTabView(tabKey(tabId)) : undefined;
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
      if (forTab || forAccount || isGlobalChange(e)) refresh();
    });
  }, [refresh, tabId, accountId]);

  return { data, refresh };
}
