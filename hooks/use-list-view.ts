import { useCallback, useEffect, useRef, useState } from 'react';
import { isGlobalChange, onChanged, request } from '../lib/messaging/client';
import type { ListView } from '../lib/messaging/protocol/lists';

export interface ListState {
  /** the tab's list, null when the tab shows none (not a list page, nothing read yet) */
  view: ListView | null;
  /** asking failed: the panel keeps the last list (or shows the single-account view) */
  error?: string;
  /** the background answered (or failed) for this tab: until then the panel does not know whether it is a list */
  settled: boolean;
}

/**
 * The list on a tab (issue 18). The tab comes from useTabView (its view names the tab it follows,
 * pinned or active), so the panel tracks tabs in one place. Refetched when the background says
 * this tab changed, an account on the list changed (saved, rescored, an outcome), or everything did.
 */
export function useListView(tabId: number | null | undefined): ListState & { refresh: () => void } {
  // the tab the answer is for: after a tab switch the old tab's list is not shown while asking
  const [state, setState] = useState<Omit<ListState, 'settled'> & { tabId?: number | null }>({ view: null });
  const seq = useRef(0);
  const accounts = useRef(new Set<string>());
  // One request per tab in flight: while rows stream in (10 messages for a 1,000-row page), each
  // change would otherwise start another full scoring of the list in the worker, which then answers
  // the content script's messages too late. A change meanwhile asks once more, after the answer.
  const inFlight = useRef<number | null>(null);
  const again = useRef(false);
  const latest = useRef<() => void>(() => undefined);

  const refresh = useCallback(() => {
    if (tabId === null || tabId === undefined) {
      ++seq.current;
      inFlight.current = null;
      setState({ view: null, tabId });
      return;
    }
    if (inFlight.current === tabId) {
      again.current = true;
      return;
    }
    const mine = ++seq.current;
    inFlight.current = tabId;
    again.current = false;
    request('list/view', { tabId })
      .then((view) => {
        if (mine !== seq.current) return;
        accounts.current = new Set(view?.rows.flatMap((r) => (r.accountId ? [r.accountId] : [])));
        setState({ view, tabId });
      })
      .catch((e: unknown) => mine === seq.current && setState((s) => ({ view: s.tabId === tabId ? s.view : null, tabId, error: e instanceof Error ? e.message : String(e) })))
      .finally(() => {
        if (mine !== seq.current) return; // another tab's request took over
        inFlight.current = null;
        if (again.current) latest.current();
      });
  }, [tabId]);
  useEffect(() => {
    latest.current = refresh;
  }, [refresh]);

  useEffect(() => {
    refresh();
    return onChanged((e) => {
      const forTab = e.tabId !== undefined && e.tabId === tabId;
      const forRow = e.accountId !== undefined && accounts.current.has(e.accountId);
      if (forTab || forRow || isGlobalChange(e)) refresh();
    });
  }, [refresh, tabId]);

  const current = state.tabId === tabId ? state.view : null;
  return { view: current, error: state.error, settled: state.tabId === tabId, refresh };
}
