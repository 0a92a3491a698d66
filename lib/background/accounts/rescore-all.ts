import { db } from '../../db/database';
import { allResults, deleteResults, getResults, putResults, removalCount } from '../../db/results-repo';
import type { ResultRow } from '../../db/rows';
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
/** Results written per write transaction: a few packed rows rewritten each time (results-repo.ts). */
export const FLUSH = 10_000;

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
 * One pass. What is stale is found from the account keys and the packed results (results-repo.ts:
 * ~128 rows, not one per account); then the stale accounts' scoring inputs are read by key range,
 * BATCH at a time in read transactions, yielding between them so messages keep being answered,
 * and their results written FLUSH at a time (a few packed rows each time, issue 17). A result
 * written by anything else since the pass began is kept, and the pass runs again.
 */
async function rescorePass(): Promise<number> {
  const active = await getActivePlaybook();
  const d = db();
  const removals = removalCount();
  const { ids, results } = await d.transaction('r', [d.accounts, d.resultPacks], async () => ({
    ids: (await d.accounts.toCollection().primaryKeys()) as string[],
    results: await allResults(d),
  }));
  const idSet = new Set(ids);
  // cached rows whose account is gone
  await deleteResults(d, results.filter((r) => !idSet.has(r.accountId)).map((r) => r.accountId));
  const current = new Set(results.filter((r) => r.playbookVersion === active.key).map((r) => r.accountId));
  const todo = ids.filter((id) => !current.has(id));
  if (todo.length === 0) return 0;
  // most accounts have no answers: skip the per-batch lookup entirely when none exist
  const anyAnswers = (await d.answers.count()) > 0;
  let done = 0;
  // what each stored result was when the pass began: a write should replace only that
  const seen = new Map(results.map((r) => [r.accountId, r]));
  let pending: ResultRow[] = [];
  for (let i = 0; i < todo.length; i += BATCH) {
    if (i > 0) await new Promise((r) => setTimeout(r, 0)); // let waiting messages through between batches
    pending.push(...(await scoreBatch(active, todo.slice(i, i + BATCH), anyAnswers)));
    if (pending.length >= FLUSH || i + BATCH >= todo.length) {
      done += await writeScored(active.key, pending, seen, removals);
      pending = [];
    }
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
 * Score the given stale accounts (sorted ids). Their scoring inputs (what scoring reads of an
 * account, lib/db/scoring-inputs.ts: no evidence, keys or history) are read as one key range
 * (one getAll, where fetching rows by id costs a request each); accounts in the range that are
 * not in the batch (current ones) are skipped.
 */
async function scoreBatch(active: ActivePlaybook, batch: string[], anyAnswers: boolean): Promise<ResultRow[]> {
  const d = db();
  const wanted = new Set(batch);
  const { accounts, answers } = await d.transaction('r', [d.scoringInputs, d.answers], async () => {
    const inRange = await d.scoringInputs.where(':id').between(batch[0]!, batch[batch.length - 1]!, true, true).toArray();
    const accounts = inRange.filter((a) => wanted.has(a.id));
    const answers = anyAnswers && accounts.length ? groupBy(await d.answers.where('accountId').anyOf(accounts.map((a) => a.id)).toArray()) : new Map<string, AnswerRow[]>();
    return { accounts, answers };
  });
  return accounts.map((a) => resultRow(a.id, active.key, scoreWith(active, a, answers.get(a.id) ?? [])));
}

/**
 * Write scored results in one transaction. A stored result is replaced only when it is still what
 * the pass began with (`seen`): one written since (an observation's score) is kept, and the pass
 * runs again when it is stale. No clock is compared (a clock set back would make a result look new
 * for ever). When an account was deleted meanwhile, its result is not written back.
 */
async function writeScored(key: string, scored: ResultRow[], seen: Map<string, ResultRow>, removals: number): Promise<number> {
  const d = db();
  let rows = scored;
  let skipped = 0;
  const written = await d.transaction('rw', [d.accounts, d.resultPacks], async () => {
    // once this first answer comes, every earlier write transaction has committed: a deletion since the read is counted
    await d.accounts.count();
    if (removalCount() !== removals) {
      const live = new Set((await d.accounts.toCollection().primaryKeys()) as string[]);
      rows = rows.filter((r) => live.has(r.accountId));
    }
    return putResults(d, rows, (old, next) => {
      const was = seen.get(next.accountId);
      const unchanged = old === undefined ? was === undefined : was?.scoredAt === old.scoredAt && was.playbookVersion === old.playbookVersion;
      // changed since the pass began, and not to a current result: another pass scores it again
      if (!unchanged && old?.playbookVersion !== key) skipped++;
      return unchanged;
    });
  });
  if (skipped) again = true;
  return written;
}

/** Every open tab showing an account gets the badge of its new result (reads in parallel, one per tab). */
async function refreshBadges(): Promise<void> {
  const tabs = await tabsWithAccounts();
  if (tabs.length === 0) return;
  const d = db();
  const ids = [...new Set(tabs.map(([, id]) => id))];
  const [results, accounts] = await Promise.all([getResults(d, ids), d.accounts.bulkGet(ids)]);
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
