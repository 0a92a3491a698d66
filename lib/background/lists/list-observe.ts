import type { Runtime } from 'webextension-polyfill';
import type { ListRow } from '../../facts/list-model';
import { replayListRow } from '../../extract/list-extract';
import { IDENTITY } from '../../extract/linkedin/list-row';
import type { Input, Output } from '../../messaging/protocol';
import { getActivePlaybook, type ActivePlaybook } from '../playbook/playbook-service';
import { setBadge } from '../tabs/badge';
import { broadcastChanged } from '../tabs/broadcast';
import { log } from '../data/diagnostics';
import { listBadge } from './list-badge';
import { listOwnsBadge } from './list-owner';
import { listIdentity } from '../../extract/list-identity';
import { scoreListRow, tierOf } from './list-score';
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
  const stored = scoredRows(active, input.rows.map((row, i) => replayed(row, input, i)), now);
  const badge = async (next: TabList) => {
    if (active && listOwnsBadge(input.url)) await setBadge(tabId, listBadge(next.rows, active.playbook));
  };
  const next = await updateTabList(tabId, (before) => nextList(before, input, stored, now), badge);
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

/** Rows as kept, each with the tier it earned now (for the badge); unscored without a usable playbook. */
function scoredRows(active: ActivePlaybook | null, rows: ListRow[], readAt: number): StoredRow[] {
  return rows.map((row) => {
    if (!active) return { row, readAt };
    try {
      return { row, readAt, tier: tierOf(scoreListRow(active, row, readAt), active.key) };
    } catch {
      return { row, readAt }; // a row the engine cannot score is kept, unscored
    }
  });
}
