import { db } from '../../db/database';
import { deleteResults, getResults, PACKS, putResults, putResultsOver, readResultPacks, removalCount } from '../../db/results-repo';
import { inputPackRange } from '../../db/inputs-repo';
import { decodeResults, type ResultPackRow } from '../../db/result-pack';
import { writeEpoch } from '../../db/write-epochs';
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

/** Results held before a write: a few packed rows rewritten each time (results-repo.ts); batches write disjoint packs (packRanges). */
export const FLUSH = 10_000;
/** Accounts per read transaction, about (whole input packs are read: input-pack.ts): few, large transactions. */
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
 * One pass. The scan reads only the packed results (results-repo.ts: ~128 rows, nothing decoded)
 * and which accounts exist comes from the input packs the pass reads anyway (their ids are the
 * accounts' ids, kept in step by the middleware, scoring-inputs.ts): a list of 10,000 account keys
 * cost ~90 ms to read. The input packs are read about BATCH accounts at a time in read
 * transactions (the next read placed while a batch is scored), yielding between them so messages
 * keep being answered, and the results written at the end, or FLUSH at a time (a few packed rows
 * each time, issue 17) — over the packs the scan read, without reading them again, when nothing
 * wrote results since (the write epoch). A result written by anything else since the pass began is
 * kept, and the pass runs again.
 */
async function rescorePass(): Promise<number> {
  const active = await getActivePlaybook();
  const d = db();
  const removals = removalCount();
  let base: Base = { epoch: writeEpoch(RESULT_PACKS), packs: new Map() };
  // the first batch's inputs are read while the scan reads the results (how many accounts there
  // are, which sizes the other batches, is known only after it)
  const firstRows = readRows(FIRST);
  firstRows.catch(() => undefined); // awaited below unless nothing is stale
  // both requests placed at once: one wait for IndexedDB instead of two
  const [packs, answerCount] = await d.transaction('r', [d.resultPacks, d.answers], () => Promise.all([readResultPacks(d), d.answers.count()]));
  base.packs = new Map(packs.map((p) => [p.pack, p]));
  const current = idsWithVersion(packs, active.key);
  if (await nothingStale(packs, current)) return 0;
  const anyAnswers = answerCount > 0;
  const live = new Set<string>();
  let done = 0;
  let pending: ResultRow[] = [];
  const write = async (gone: Set<string>) => {
    const w = await writeScored(active.key, pending, base, removals, gone, packs);
    ({ base } = w);
    done += w.written;
    pending = [];
  };
  const ranges = [FIRST, ...packRanges(packs.reduce((n, p) => n + p.ids.length, 0), FIRST[1] + 1)];
  let next = firstRows.then((rows) => withAnswers(rows, current, anyAnswers));
  for (let i = 0; i < ranges.length; i++) {
    const batch = await next;
    // the next read is placed before this batch is scored: IndexedDB reads while the worker scores
    if (i + 1 < ranges.length) next = readBatch(ranges[i + 1]!, current, anyAnswers);
    for (const row of batch.rows) for (const id of row.ids) live.add(id);
    pending.push(...scoreBatch(active, batch, current));
    await new Promise((r) => setTimeout(r, 0)); // let waiting messages through between batches
    // one write at the end is fastest (a write placed beside the reads slows them more than it
    // saves); past FLUSH results, a write bounds the memory held
    if (pending.length >= FLUSH) await write(new Set());
  }
  // cached rows whose account is gone go with the last write
  const gone = new Set(packs.flatMap((p) => p.ids.filter((id) => !live.has(id))));
  if (pending.length || gone.size) await write(gone);
  if (done) {
    await refreshBadges();
    await broadcastChanged({});
    // the Insights tally was for the old playbook: computed now, not when the view opens
    if ((await d.outcomes.count()) > 0) void recomputeTally(active, localToday()).catch(() => undefined);
  }
  return done;
}

const RESULT_PACKS = 'resultPacks';

/**
 * Every stored result current: nothing is stale unless an account has none, which the account
 * keys tell (a pass with nothing to do — the hourly alarm, a second call — reads those instead
 * of every input pack).
 */
async function nothingStale(packs: readonly ResultPackRow[], current: Set<string>): Promise<boolean> {
  if (packs.some((p) => p.ids.some((id) => !current.has(id)))) return false;
  const ids = (await db().accounts.toCollection().primaryKeys()) as string[];
  return ids.length === current.size && ids.every((id) => current.has(id));
}

/** What is stored in `resultPacks`, as read (or last written) by this pass, while the write epoch is still `epoch`. */
interface Base {
  epoch: number;
  packs: Map<number, ResultPackRow>;
}

/** The accounts whose stored result the playbook version `key` made (read from the columns). */
function idsWithVersion(packs: readonly ResultPackRow[], key: string): Set<string> {
  const out = new Set<string>();
  for (const p of packs) {
    const k = p.strings.indexOf(key) + 1;
    if (k) p.ids.forEach((id, i) => p.version[i] === k && out.add(id));
  }
  return out;
}

/**
 * Every result pack, as ranges [from, to] whose accounts are about BATCH (`accounts`: about how
 * many there are). Result pack k holds the accounts of input packs k and k + PACKS (both are the
 * id's hash modulo a power of two: input-pack.ts, result-pack.ts), so a batch reads those and its
 * results go to its own result packs: a write of some batches rewrites each pack once.
 */
export function packRanges(accounts: number, from = 0): [number, number][] {
  const packs = PACKS - from;
  const n = Math.min(packs, Math.max(1, Math.round((accounts * packs) / PACKS / BATCH)));
  return Array.from({ length: n }, (_, i) => [from + Math.floor((i * packs) / n), from + Math.floor(((i + 1) * packs) / n) - 1]);
}

/** The first batch, read before the number of accounts is known: a fifth of the packs. */
const FIRST: [number, number] = [0, Math.floor(PACKS / 5) - 1];

interface ReadBatch {
  rows: InputPackRow[];
  answers: Map<string, AnswerRow[]>;
}

/**
 * Read the input packs `from` to `to` (one getAll: scoring inputs are what scoring reads of an
 * account, lib/db/scoring-inputs.ts, no evidence, keys or history) and the answers of the stale
 * accounts in them (those not `current`), in one read transaction.
 */
function readBatch(range: [number, number], current: Set<string>, anyAnswers: boolean): Promise<ReadBatch> {
  const d = db();
  return d.transaction('r', [d.inputPacks, d.answers], async () => withAnswers(await readRows(range), current, anyAnswers));
}

/** The input packs of the result packs `from` to `to`: input packs k and k + PACKS for each. */
function readRows([from, to]: [number, number]): Promise<InputPackRow[]> {
  const d = db();
  return d.transaction('r', d.inputPacks, async () => (await Promise.all([inputPackRange(d, from, to), inputPackRange(d, from + PACKS, to + PACKS)])).flat());
}

/** With the answers of the stale accounts of `rows` (in the caller's transaction when there is one). */
async function withAnswers(rows: InputPackRow[], current: Set<string>, anyAnswers: boolean): Promise<ReadBatch> {
  const d = db();
  const ids = anyAnswers ? rows.flatMap((r) => r.ids.filter((id) => !current.has(id))) : [];
  const answers = ids.length ? groupByKey(await d.answers.where('accountId').anyOf(ids).toArray(), (a) => a.accountId) : new Map<string, AnswerRow[]>();
  return { rows, answers };
}

/** Score the stale accounts of a batch read; the current ones there are not even decoded. */
function scoreBatch(active: ActivePlaybook, { rows, answers }: ReadBatch, current: Set<string>): ResultRow[] {
  const accounts = rows.flatMap((r) => decodePack(r, (id) => !current.has(id)));
  return accounts.map((a) => resultRow(a.id, active.key, scoreWith(active, a, answers.get(a.id) ?? [])));
}

/**
 * Write scored results (and drop those of `gone` accounts) in one transaction. When nothing wrote
 * results since `base` was read, the packs are written over it without a read. Otherwise a stored
 * result is replaced only when it is still what the pass began with (`scanned`): one written since
 * (an observation's score) is kept, and the pass runs again when it is stale. No clock is compared
 * (a clock set back would make a result look new for ever). When an account was deleted
 * meanwhile, its result is not written back.
 */
async function writeScored(key: string, scored: ResultRow[], base: Base, removals: number, gone: Set<string>, scanned: readonly ResultPackRow[]): Promise<{ base: Base; written: number }> {
  const d = db();
  let rows = scored;
  let skipped = 0;
  const out = await d.transaction('rw', [d.accounts, d.resultPacks], async () => {
    // once this first answer comes, every earlier write transaction has committed: a deletion or
    // a result written since the read is counted (a point read: count() walks every account, ~27 ms at 10,000)
    await d.resultPacks.get(-1);
    // (deleting an account deletes its result: that moves the epoch too)
    if (writeEpoch(RESULT_PACKS) === base.epoch) {
      const packs = await putResultsOver(d, base.packs, rows, gone);
      return { base: { epoch: writeEpoch(RESULT_PACKS), packs }, written: rows.length };
    }
    if (removalCount() !== removals) {
      const live = new Set((await d.accounts.toCollection().primaryKeys()) as string[]);
      rows = rows.filter((r) => live.has(r.accountId));
    }
    const seen = new Map(scanned.flatMap((p) => decodeResults(p)).map((r) => [r.accountId, r]));
    await deleteResults(d, [...gone]);
    const written = await putResults(d, rows, (old, next) => {
      const was = seen.get(next.accountId);
      const unchanged = old === undefined ? was === undefined : was?.scoredAt === old.scoredAt && was.playbookVersion === old.playbookVersion;
      // changed since the pass began, and not to a current result: another pass scores it again
      if (!unchanged && old?.playbookVersion !== key) skipped++;
      return unchanged;
    });
    // no base any more: every later write of this pass reads the packs
    return { base: { epoch: -1, packs: new Map() }, written };
  });
  if (skipped) again = true;
  return out;
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
