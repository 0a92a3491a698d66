import { db } from '../../db/database';
import { recordObservation } from '../../db/accounts-repo';
import type { ObservedFacts, PageObservation } from '../../facts/model';
import type { Input, Output } from '../../messaging/protocol';
import { resultRow, scoreWith } from '../accounts/scoring-service';
import { getActivePlaybook } from '../playbook/playbook-service';
import { broadcastChanged } from '../tabs/broadcast';
import { withTabLock } from '../tabs/tab-state';
import type { StoredRow, TabList } from './list-store';
import { getTabList } from './list-store';

/**
 * "Save to accounts": the row becomes an observation of its list page (the row's text is its
 * evidence) and goes the way every page observation goes: identity, merge, one transaction, scored.
 * Saving the same read of a row twice stores it once.
 */
export async function handleSaveRow(input: Input<'list/save-row'>): Promise<Output<'list/save-row'>> {
  const list = await getTabList(input.tabId);
  const stored = list?.rows.find((r) => r.row.key === input.key);
  if (!list || !stored) throw new Error('This row is no longer in the list: read the page again');
  if (stored.row.placeholder) throw new Error('This row names no one: there is no account to save');
  const active = await getActivePlaybook();
  const rec = await withTabLock(input.tabId, () =>
    recordObservation(db(), saveId(stored), observationOf(list, stored), Date.now(), (account, answers) => resultRow(account.id, active.key, scoreWith(active, account, answers))),
  );
  if (!rec) throw new Error('This row names no company we can recognise again (no LinkedIn or Sales Navigator link): open its page to save it');
  await broadcastChanged({ tabId: input.tabId, accountId: rec.account.id });
  return { accountId: rec.account.id };
}

/** One id per read of a row: saving it again is a retry, not a second observation. */
const saveId = (s: StoredRow) => `list:${s.readAt}:${s.row.key}`.slice(0, 500);

/** The row's facts, each with the list page as its source and the row's own text as its evidence. */
export function observationOf(list: Pick<TabList, 'url' | 'pageType'>, stored: StoredRow): PageObservation {
  const evidence = { source: list.pageType, url: list.url, text: stored.row.text };
  const facts: Record<string, unknown> = {};
  for (const [name, f] of Object.entries(stored.row.facts)) if (f) facts[name] = { value: f.value, evidence };
  return { pageType: list.pageType, url: list.url, facts: facts as ObservedFacts, missing: [] };
}
