import type { Runtime } from 'webextension-polyfill';
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
import { scoreListRow, tierOf } from './list-score';
import { getTabList, mergeRows, putTabList, withId, type StoredRow, type TabList } from './list-store';

type Observed = Input<'list/observed'>;

/** A list content script read rows: replay their logs, score them, keep them for the tab, badge, tell the UI. */
export async function handleListObserved(input: Observed, sender: Runtime.MessageSender): Promise<Output<'list/observed'>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { stored: 0 };
  return withTabLock(tabId, () => observed(tabId, input));
}

async function observed(tabId: number, input: Observed): Promise<Output<'list/observed'>> {
  const before = await getTabList(tabId);
  const list = listIdentity(input.url);
  const sameList = !!before && before.list === list && !input.reset;
  if (before?.ids.includes(input.id)) return { stored: 0 }; // a retry of a message already stored
  if (before && input.sentAt < before.startedAt) return { stored: 0 }; // of a list the tab has left
  const now = Date.now();
  const rows = input.rows.map((row, i) => replayed(row, input, i));
  const stored = await scoredRows(rows, now);
  const base: TabList = sameList && before ? before : { url: input.url, list, pageType: input.pageType, startedAt: input.sentAt, readAt: now, truncated: false, ids: [], rows: [] };
  const next: TabList = {
    ...base,
    url: input.url,
    readAt: now,
    truncated: base.truncated || input.truncated,
    readMs: (base.readMs ?? 0) + (input.readMs ?? 0),
    ids: withId(base.ids, input.id),
    rows: mergeRows(base.rows, stored),
  };
  await putTabList(tabId, next);
  const active = await getActivePlaybook().catch(() => null);
  if (active && listOwnsBadge(input.url)) await setBadge(tabId, listBadge(next.rows, active.playbook));
  await broadcastChanged({ tabId });
  return { stored: stored.length };
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

/** Rows as kept, each with the tier it earned now (for the badge); unscored when no playbook can be used. */
async function scoredRows(rows: ListRow[], readAt: number): Promise<StoredRow[]> {
  try {
    const active = await getActivePlaybook();
    return rows.map((row) => ({ row, readAt, tier: tierOf(scoreListRow(active, row, readAt), active.key) }));
  } catch (e) {
    await log('warn', `list rows not scored: ${e instanceof Error ? e.message : String(e)}`);
    return rows.map((row) => ({ row, readAt }));
  }
}
