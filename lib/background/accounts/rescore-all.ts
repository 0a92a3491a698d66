import { db } from '../../db/database';
import { broadcastChanged } from '../tabs/broadcast';
import { log } from '../data/diagnostics';
import { getActivePlaybook, type ActivePlaybook } from '../playbook/playbook-service';
import type { AnswerRow } from '../../accounts/account-row';
import { badgeOf, resultRow, scoreWith } from './scoring-service';
import { setBadge } from '../tabs/badge';
import { withCrmTitle } from '../crm/crm-service';
import { tabsWithAccounts } from '../tabs/tab-state';
import { recomputeTally } from '../outcomes/insights-aggregate';
import { localToday } from '../../facts/calendar';
import { retierLists } from '../lists/list-retier';

/** Accounts per transaction: few, large transactions (docs/benchmarks.md, "Where the time goes"). */
export const BATCH = 2000;

let running: Promise<number> | null = null;
let again = false;

/**
 * Rescore every stored account whose cached result came from another playbook version (or that
 * has none). One call at a time: a call made while one runs (an import right after a playbook
 * change, the hourly alarm) makes the running one look again when it is done, instead of
 * scoring the same accounts twice at once. Resumable: a worker stopped half-way starts again,
 * and the accounts already done carry the new version, so they are skipped.
 */
export function rescoreStale(): Promise<number> {
  if (running) {
    again = true;
    return running;
  }
  const run = async () => {
    let done = 0;
    do {
      again = false;
      // the rows of open list pages first (1,000 at most): their badges follow the playbook at once
      await retierLists().catch((e: unknown) => log('warn', `list rows not re-tiered: ${String(e)}`));
      done += await rescorePass();
    } while (again);
    return done;
  };
  running = run().finally(() => (running = null));
  return running;
}

/**
 * One pass. What is stale is found from primary keys and the version index alone (no result
 * row and no account is read for that); then the stale accounts are read by key range, BATCH at
 * a time, each batch scored and written in one transaction, yielding between them so messages
 * keep being answered.
 */
async function rescorePass(): Promise<number> {
  const active = await getActivePlaybook();
  const d = db();
  const { ids, current, orphans } = await d.transaction('r', [d.accounts, d.results], async () => ({
    ids: (await d.accounts.toCollection().primaryKeys()) as string[],
    current: new Set((await d.results.where('playbookVersion').equals(active.key).primaryKeys()) as string[]),
    orphans: (await d.results.toCollection().primaryKeys()) as string[],
  }));
  const idSet = new Set(ids);
  const orphanIds = orphans.filter((id) => !idSet.has(id));
  // cached rows whose account is gone
  if (orphanIds.length) await d.results.bulkDelete(orphanIds);
  const todo = ids.filter((id) => !current.has(id));
  if (todo.length === 0) return 0;
  // most accounts have no answers: skip the per-batch lookup entirely when none exist
  const anyAnswers = (await d.answers.count()) > 0;
  let done = 0;
  for (let i = 0; i < todo.length; i += BATCH) {
    if (i > 0) await new Promise((r) => setTimeout(r, 0)); // let waiting messages through between batches
    done += await rescoreBatch(active, todo.slice(i, i + BATCH), anyAnswers);
  }
  if (done) {
    await refreshBadges();
    await broadcastChanged({});
    // the Insights tally was for the old playbook: computed now, not when the view opens
    if ((await d.outcomes.count()) > 0) void recomputeTally(active, localToday()).catch(() => undefined);
  }
  return done;
}

/**
 * Score the given stale accounts (sorted ids) in one transaction. Their scoring inputs (what
 * scoring reads of an account, lib/db/scoring-inputs.ts: no evidence, keys or history) are read
 * as one key range (one getAll, where fetching rows by id costs a request each); accounts in the
 * range that are not in the batch (current ones) are skipped.
 */
async function rescoreBatch(active: ActivePlaybook, batch: string[], anyAnswers: boolean): Promise<number> {
  const d = db();
  const wanted = new Set(batch);
  return d.transaction('rw', [d.results, d.scoringInputs, d.answers], async () => {
    const inRange = await d.scoringInputs.where(':id').between(batch[0]!, batch[batch.length - 1]!, true, true).toArray();
    const accounts = inRange.filter((a) => wanted.has(a.id));
    if (accounts.length === 0) return 0;
    const answers = anyAnswers ? groupBy(await d.answers.where('accountId').anyOf(accounts.map((a) => a.id)).toArray()) : new Map<string, AnswerRow[]>();
    await d.results.bulkPut(accounts.map((a) => resultRow(a.id, active.key, scoreWith(active, a, answers.get(a.id) ?? []))));
    return accounts.length;
  });
}

/** Every open tab showing an account gets the badge of its new result (reads in parallel, one per tab). */
async function refreshBadges(): Promise<void> {
  const tabs = await tabsWithAccounts();
  if (tabs.length === 0) return;
  const d = db();
  const ids = [...new Set(tabs.map(([, id]) => id))];
  const [results, accounts] = await Promise.all([d.results.bulkGet(ids), d.accounts.bulkGet(ids)]);
  // the title keeps its CRM answer ("· In CRM · Customer …"): a rescore changes the tier, not the CRM list
  const badges = await Promise.all(ids.map((id, i) => withCrmTitle(badgeOf(results[i]?.best ?? null, accounts[i], id), accounts[i])));
  const byId = new Map(ids.map((id, i) => [id, badges[i]!]));
  await Promise.all(tabs.map(([tabId, id]) => setBadge(tabId, byId.get(id)!)));
}

function groupBy(items: AnswerRow[]): Map<string, AnswerRow[]> {
  const out = new Map<string, AnswerRow[]>();
  for (const item of items) {
    const list = out.get(item.accountId);
    if (list) list.push(item);
    else out.set(item.accountId, [item]);
  }
  return out;
}
