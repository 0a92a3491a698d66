import { db } from '../../db/database';
import { allResults, deleteResults, getResults, putResults, removalCount } from '../../db/results-repo';
import { inputPackOf, inputPackRange } from '../../db/inputs-repo';
import { decodePack, type InputPackRow } from '../../db/input-pack';
import { groupByKey } from '../../db/result-pack';
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

/** Stale accounts per read transaction, about (whole input packs are read: input-pack.ts): few, large transactions. */
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
 * ~128 rows, not one per account); then the stale accounts' scoring inputs are read from their
 * packs (inputs-repo.ts), about BATCH accounts at a time in read transactions (the next read placed
 * while a batch is scored), yielding between them so messages keep being answered, and their
 * results written FLUSH at a time (a few packed rows each time, issue 17). A result written by
 * anything else since the pass began is kept, and the pass runs again.
 */
async function rescorePass(): Promise<number> {
  const active = await getActivePlaybook();
  const d = db();
  const removals = removalCount();
  // both requests placed at once: one wait for IndexedDB instead of two
  const [ids, results] = await d.transaction('r', [d.accounts, d.resultPacks], () => Promise.all([d.accounts.toCollection().primaryKeys() as Promise<string[]>, allResults(d)]));
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
  const wanted = new Set(todo);
  const ranges = packRanges(todo);
  let pending: ResultRow[] = [];
  let next = readBatch(ranges[0]!, wanted, anyAnswers);
  for (let i = 0; i < ranges.length; i++) {
    const batch = await next;
    // the next read is placed before this batch is scored: IndexedDB reads while the worker scores
    if (i + 1 < ranges.length) next = readBatch(ranges[i + 1]!, wanted, anyAnswers);
    pending.push(...scoreBatch(active, batch, wanted));
    await new Promise((r) => setTimeout(r, 0)); // let waiting messages through between batches
    if (pending.length >= FLUSH || i === ranges.length - 1) {
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

/** The input packs that hold `ids`, as ranges [from, to] of about BATCH of those accounts each. */
export function packRanges(ids: readonly string[]): [number, number][] {
  const perPack = new Map<number, number>();
  for (const id of ids) perPack.set(inputPackOf(id), (perPack.get(inputPackOf(id)) ?? 0) + 1);
  const packs = [...perPack.keys()].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  let n = 0;
  for (const pack of packs) {
    if (n === 0) ranges.push([pack, pack]);
    ranges[ranges.length - 1]![1] = pack;
    n += perPack.get(pack)!;
    if (n >= BATCH) n = 0;
  }
  return ranges;
}

interface ReadBatch {
  rows: InputPackRow[];
  answers: Map<string, AnswerRow[]>;
}

/**
 * Read the input packs `from` to `to` (one getAll: scoring inputs are what scoring reads of an
 * account, lib/db/scoring-inputs.ts, no evidence, keys or history) and the answers of the stale
 * accounts (`wanted`) in them, in one read transaction.
 */
function readBatch([from, to]: [number, number], wanted: Set<string>, anyAnswers: boolean): Promise<ReadBatch> {
  const d = db();
  return d.transaction('r', [d.inputPacks, d.answers], async () => {
    const rows = await inputPackRange(d, from, to);
    const ids = rows.flatMap((r) => r.ids.filter((id) => wanted.has(id)));
    const answers = anyAnswers && ids.length ? groupByKey(await d.answers.where('accountId').anyOf(ids).toArray(), (a) => a.accountId) : new Map<string, AnswerRow[]>();
    return { rows, answers };
  });
}

/** Score the stale accounts of a batch read; the current ones there are not even decoded. */
function scoreBatch(active: ActivePlaybook, { rows, answers }: ReadBatch, wanted: Set<string>): ResultRow[] {
  const accounts = rows.flatMap((r) => decodePack(r, (id) => wanted.has(id)));
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
