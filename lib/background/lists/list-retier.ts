import { browser } from 'wxt/browser';
import { listIdentity } from '../../extract/list-identity';
import { getActivePlaybook, type ActivePlaybook } from '../playbook/playbook-service';
import { setBadge } from '../tabs/badge';
import { broadcastChanged } from '../tabs/broadcast';
import { withTabLock } from '../tabs/tab-state';
import { listBadge } from './list-badge';
import { listOwnsBadge } from './list-owner';
import { tiered } from './list-score';
import { listTabIds, updateTabList, type TabList } from './list-store';

// A playbook change re-tiers the rows kept for open list pages (issue 18): each stored row keeps
// the tier it earned for the list's badge, under the playbook it was scored with. The panel
// rescores every row each time it asks (list-view.ts); the badge would keep the old playbook's
// count until new rows arrived. Runs with every rescore of stored accounts (rescore-all.ts).

/** Re-tier every kept list scored with another playbook; badge the tabs still showing theirs. Rows re-tiered. */
export async function retierLists(): Promise<number> {
  const active = await getActivePlaybook();
  let done = 0;
  for (const tabId of await listTabIds()) done += await retierTab(tabId, active);
  return done;
}

const stale = (list: TabList, key: string) => list.rows.some((r) => r.tier?.scoredWith !== key);

async function retierTab(tabId: number, active: ActivePlaybook): Promise<number> {
  let done = 0;
  // under the tab's lock, as the list's own writes are: a 'loading' or new rows never interleave
  const next = await withTabLock(tabId, async () => {
    const shown = await showsList(tabId);
    return updateTabList(
      tabId,
      (before) => {
        if (!before || !stale(before, active.key)) return null;
        done = before.rows.length;
        return { ...before, rows: before.rows.map((r) => tiered(active, r.row, r.readAt)) };
      },
      async (list) => {
        if (listOwnsBadge(list.url) && shown(list)) await setBadge(tabId, listBadge(list.rows, active.playbook));
      },
    );
  });
  if (next) await broadcastChanged({ tabId });
  return done;
}

/** Whether the tab still shows a list (a tab that moved on keeps its list, but not its badge). */
async function showsList(tabId: number): Promise<(list: TabList) => boolean> {
  try {
    const url = (await browser.tabs.get(tabId)).url;
    return (list) => !url || listIdentity(url) === list.list;
  } catch {
    return () => false; // the tab is gone
  }
}
