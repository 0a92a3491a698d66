import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type { ListRow } from '../../facts/list-model';
import { replayListRow } from '../../extract/list-extract';
import { IDENTITY } from '../../extract/linkedin/list-row';
import type { Input, Output } from '../../messaging/protocol';
import { getActivePlaybook } from '../playbook/playbook-service';
import { setBadge } from '../tabs/badge';
import { broadcastChanged } from '../tabs/broadcast';
import { withTabLock } from '../tabs/tab-state';
import { log } from '../data/diagnostics';
import { listBadge } from './list-badge';
import { listOwnsBadge } from './list-owner';
import { listIdentity } from '../../extract/list-identity';
import { tiered } from './list-score';
import { mergeRows, updateTabList, withId, type StoredRow, type TabList } from './list-store';

type Observed = Input<'list/observed'>;

/** A list content script read rows: replay their logs, score them, keep them for the tab, badge, tell the UI. */
export async function handleListObserved(input: Observed, sender: Runtime.MessageSender): Promise<Output<'list/observed'>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { stored: 0 };
  // parsed and scored before the tab's list is read: the write itself is short and serialised
  const now = Date.now();
  const active = await getActivePlaybook().catch(async (e: unknown) => {
    await log('warn', `list rows not scored: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  });
  const stored = input.rows.map((row, i) => tiered(active, replayed(row, input, i), now));
  const badge = (shown: boolean) => async (next: TabList) => {
    if (shown && active && listOwnsBadge(input.url)) await setBadge(tabId, listBadge(next.rows, active.playbook));
  };
  // Written and badged under the tab's lock, as every other decision on the tab's badge is: a
  // 'loading' handled meanwhile (accounts/observe.ts) reads the list and clears the badge as one
  // step, so these rows land either before it (it sees them and keeps their badge) or after it
  // (their badge is set last). Without the lock it could clear the badge just set, for good.
  // Rows of a list the tab has already left (a message answered late) are kept, but do not badge
  // the page the tab shows now.
  const next = await withTabLock(tabId, async () => updateTabList(tabId, (before) => nextList(before, input, stored, now), badge(await stillOn(tabId, input.url))));
  if (!next) return { stored: 0 };
  // after the write: a panel that refreshes on it reads the rows just stored
  await broadcastChanged({ tabId });
  return { stored: stored.length };
}

/** The tab's list with these rows, or null when the message must not change it. */
function nextList(before: TabList | undefined, input: Observed, stored: StoredRow[], now: number): TabList | null {
  if (before?.ids.includes(input.id)) return null; // a retry of a message already stored
  if (before && input.sentAt < before.startedAt) return null; // of a list the tab has left
  const list = listIdentity(input.url);
  const sameList = !!before && before.list === list && !input.reset;
  const base: TabList = sameList && before ? before : { url: input.url, list, pageType: input.pageType, startedAt: input.sentAt, readAt: now, truncated: false, ids: [], rows: [] };
  return {
    ...base,
    url: input.url,
    readAt: now,
    truncated: base.truncated || input.truncated,
    readMs: (base.readMs ?? 0) + (input.readMs ?? 0),
    ids: withId(base.ids, input.id),
    rows: mergeRows(base.rows, stored),
  };
}

/** The row with its facts rebuilt from its own log (the content script does not parse). */
function replayed(row: ListRow, input: Observed, i: number): ListRow {
  const rowLog = input.logs?.[i];
  if (rowLog) return replayListRow(row, rowLog, input.pageType, input.url, input.language);
  // no log: facts as sent (already parsed and checked by the protocol), still nothing that names a placeholder
  if (!row.placeholder) return row;
  const facts = { ...row.facts };
  for (const name of IDENTITY) delete facts[name];
  return { ...row, facts };
}

/** The tab still shows the list of `url` (a tab we cannot see the URL of is taken to). */
async function stillOn(tabId: number, url: string): Promise<boolean> {
  try {
    const now = (await browser.tabs.get(tabId)).url;
    return !now || listIdentity(now) === listIdentity(url);
  } catch {
    return false; // the tab is gone
  }
}
