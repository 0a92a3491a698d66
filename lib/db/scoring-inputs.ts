import { cmp, type DBCore, type DBCoreGetManyRequest, type DBCoreKeyRange, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import type { AccountRow } from '../accounts/account-row';
import { decodePack, encodePack, INPUT_PACKS, inputPackOf, type InputPackRow, type ScoringInputRow } from './input-pack';

/**
 * What scoring reads of an account, kept beside it (issue 17): the merged facts' values and
 * sources, without evidence, timestamps, keys, people or merge records. Rescoring 10,000
 * accounts and the Insights summary read these instead of the account rows — fewer bytes
 * cloned out of IndexedDB per account. Since schema 5 they are stored packed, in columns
 * (`inputPacks`, input-pack.ts); read them through inputs-repo.ts.
 *
 * Derived, never written by hand: the middleware below writes it in the same transaction as
 * every write to `accounts` (put, add, update, modify, delete, clear — whatever the call site),
 * so no write path can forget it. It is not in backups: a restore writes accounts, which
 * rebuilds it. Schema version 2 built it from existing accounts (database.ts).
 */
export const INPUT_PACKS_TABLE = 'inputPacks';
export type { ScoringInputRow } from './input-pack';

export function scoringInput(account: Pick<AccountRow, 'id' | 'facts'>): ScoringInputRow {
  // fromEntries defines own properties: a fact named "__proto__" cannot become a prototype
  const facts = Object.fromEntries(
    Object.entries(account.facts).map(([name, f]) => [name, f.source === undefined ? { value: f.value, observedAt: f.observedAt } : { value: f.value, source: f.source, observedAt: f.observedAt }]),
  );
  return { id: account.id, facts };
}

export const AGGREGATES = 'aggregates';
/** The maintained Insights tally's row in `aggregates` (lib/background/outcomes/insights-aggregate.ts). */
export const PERFORMANCE_KEY = 'performance';

/** Tables whose writes the middleware mirrors or watches, and the tables it adds to their transactions. */
const WATCHED = ['accounts', 'outcomes', 'answers'];
const ADDED = [INPUT_PACKS_TABLE, 'outcomes', AGGREGATES];

/**
 * A write that may change the Insights summary drops the maintained tally (the next view
 * recomputes it, or the writer that maintains it puts it back in the same transaction) and
 * gives the row a new epoch, so a recompute that read before this write does not store its
 * now outdated tally.
 */
async function dropTally(down: DBCore, trans: DBCoreTransaction): Promise<void> {
  await down.table(AGGREGATES).mutate({ type: 'put', trans, values: [{ key: PERFORMANCE_KEY, epoch: Math.random() }] });
}

/**
 * Mirrors account writes into `scoringInputs`, and drops the maintained Insights tally on writes
 * that may change it (an outcome or answer, or the facts of an account
 * that has an outcome). Read-write transactions that touch those tables are widened to the
 * tables it writes, so the mirror commits or aborts with the write it follows.
 */
export function scoringInputsMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'scoring-inputs',
    create(down) {
      const has = (name: string) => down.schema.tables.some((t) => t.name === name);
      return {
        ...down,
        transaction(stores, mode, options) {
          if (mode !== 'readwrite' || !stores.some((s) => WATCHED.includes(s))) return down.transaction(stores, mode, options);
          return down.transaction([...new Set([...stores, ...ADDED.filter(has)])], mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (name === INPUT_PACKS_TABLE) return { ...table, getMany: (req) => opening(table, req) };
          if (!WATCHED.includes(name) || !has(INPUT_PACKS_TABLE)) return table;
          return { ...table, mutate: (req) => mirrored(down, table, req) };
        },
      };
    },
  };
}

async function mirrored(down: DBCore, table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  if (table.name !== 'accounts') {
    const res = await table.mutate(req);
    await dropTally(down, req.trans);
    return res;
  }
  const trans = req.trans;
  if (req.type === 'deleteRange' && req.range.type === EVERY_KEY.type) return cleared(down, table, req);
  const keys = req.type === 'delete' ? req.keys : req.type === 'deleteRange' ? null : (req.values as AccountRow[]).map((a) => a.id);
  if (keys && req.type !== 'delete' && allOpen(trans, keys)) return mirroredAtOnce(down, table, req, keys as string[]);
  // the packs are read beside the account write: as many round trips as one row per account took
  const [res, packs] = await Promise.all([table.mutate(req), packsOf(down, trans, keys)]);
  if (req.type === 'deleteRange') {
    for (const pack of packs) for (const id of [...pack.inputs.keys()]) if (inRange(id, req.range)) pack.inputs.delete(id);
    await writePacks(down, trans, packs);
    await dropTally(down, trans);
    return res;
  }
  if (req.type === 'delete') {
    for (const id of req.keys as string[]) packs.find((p) => p.pack === inputPackOf(id))?.inputs.delete(id);
    await Promise.all([writePacks(down, trans, packs), anyOutcome(down, trans, req.keys).then((yes) => (yes ? dropTally(down, trans) : undefined))]);
    return res;
  }
  // only the rows that were written (a bulkPut can fail some and go on)
  const written = (req.values as AccountRow[]).filter((_, i) => !(i in res.failures));
  for (const a of written) packs.find((p) => p.pack === inputPackOf(a.id))?.inputs.set(a.id, scoringInput(a));
  const [, withOutcome] = await Promise.all([writePacks(down, trans, packs), anyOutcome(down, trans, written.map((a) => a.id))]);
  if (withOutcome) await dropTally(down, trans);
  return res;
}

/**
 * The packs were already open in this transaction (read with the writes' caller, see opening()):
 * the account, its pack and the outcome check are placed at once, one round trip instead of two.
 * Rows the write failed (a bulkPut goes on past them; a put rejects) get their old input back.
 */
async function mirroredAtOnce(down: DBCore, table: DBCoreTable, req: DBCoreMutateRequest, ids: string[]): Promise<DBCoreMutateResponse> {
  const trans = req.trans;
  const packs = await packsOf(down, trans, ids);
  const values = (req as DBCoreMutateRequest & { values: AccountRow[] }).values;
  const inputsOf = (id: string) => packs.find((p) => p.pack === inputPackOf(id))!.inputs;
  const before = values.map((a) => inputsOf(a.id).get(a.id));
  for (const a of values) inputsOf(a.id).set(a.id, scoringInput(a));
  const undo = async (failed: number[]) => {
    for (const i of failed) {
      const id = values[i]!.id;
      if (before[i]) inputsOf(id).set(id, before[i]!);
      else inputsOf(id).delete(id);
    }
    await writePacks(down, trans, packs);
  };
  const [res, , withOutcome] = await Promise.all([
    table.mutate(req).catch(async (e: unknown) => {
      await undo(values.map((_, i) => i)).catch(() => undefined);
      throw e;
    }),
    writePacks(down, trans, packs),
    anyOutcome(down, trans, ids),
  ]);
  const failed = Object.keys(res.failures).map(Number);
  await Promise.all([failed.length ? undo(failed) : undefined, withOutcome ? dropTally(down, trans) : undefined]);
  return res;
}

/** Every account deleted (clear()): every pack goes, and any later write in this transaction starts from none. */
async function cleared(down: DBCore, table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const trans = req.trans;
  open.set(trans, new Map([...Array(INPUT_PACKS).keys()].map((k) => [k, Promise.resolve({ pack: k, inputs: new Map() })])));
  const [res] = await Promise.all([table.mutate(req), down.table(INPUT_PACKS_TABLE).mutate({ type: 'deleteRange', trans, range: EVERY_KEY })]);
  await dropTally(down, trans);
  return res;
}

/** A pack as edited in one transaction: its inputs by account id. */
interface OpenPack {
  pack: number;
  inputs: Map<string, ScoringInputRow>;
}

/**
 * The packs a write touches, read once per transaction and then kept (decoded) for the rest of
 * it: two account writes in one transaction — even placed at once — edit the same copy, and each
 * writes the pack back whole, so the last write of a pack carries every change before it.
 */
const open = new WeakMap<DBCoreTransaction, Map<number, Promise<OpenPack>>>();

async function packsOf(down: DBCore, trans: DBCoreTransaction, ids: unknown[] | null): Promise<OpenPack[]> {
  const cache = cacheOf(trans);
  const wanted = ids === null ? [...Array(INPUT_PACKS).keys()] : [...new Set(ids.map((id) => inputPackOf(String(id))))];
  const missing = wanted.filter((k) => !cache.has(k));
  if (missing.length) openAs(cache, missing, down.table(INPUT_PACKS_TABLE).getMany({ trans, keys: missing }));
  return Promise.all(wanted.map((k) => cache.get(k)!));
}

function cacheOf(trans: DBCoreTransaction): Map<number, Promise<OpenPack>> {
  let cache = open.get(trans);
  if (!cache) open.set(trans, (cache = new Map()));
  return cache;
}

function allOpen(trans: DBCoreTransaction, ids: unknown[]): boolean {
  const cache = open.get(trans);
  return !!cache && ids.every((id) => cache.has(inputPackOf(String(id))));
}

/**
 * A read of input packs in a read-write transaction opens them for the account writes that
 * follow (inputs-repo.ts openInputsOf): read with the caller's own reads, they cost the write
 * no round trip (issue 17). A pack already open keeps its copy, which holds this
 * transaction's edits.
 */
function opening(table: DBCoreTable, req: DBCoreGetManyRequest): Promise<unknown[]> {
  const read = table.getMany(req);
  if ((req.trans as { mode?: string }).mode === 'readwrite') openAs(cacheOf(req.trans), req.keys as number[], read);
  return read;
}

/** The packs `keys` (as read by `read`, in that order) become this transaction's open copies, unless one is open already. */
function openAs(cache: Map<number, Promise<OpenPack>>, keys: number[], read: Promise<unknown[]>): void {
  keys.forEach((k, i) => {
    if (!cache.has(k)) cache.set(k, read.then((rows) => ({ pack: k, inputs: new Map((rows[i] ? decodePack(rows[i] as InputPackRow) : []).map((r) => [r.id, r])) })));
  });
}

async function writePacks(down: DBCore, trans: DBCoreTransaction, packs: OpenPack[]): Promise<void> {
  const inputs = down.table(INPUT_PACKS_TABLE);
  const full = packs.filter((p) => p.inputs.size > 0);
  const empty = packs.filter((p) => p.inputs.size === 0).map((p) => p.pack);
  await Promise.all([
    full.length ? inputs.mutate({ type: 'put', trans, values: full.map((p) => encodePack(p.pack, p.inputs.values())) }) : undefined,
    empty.length ? inputs.mutate({ type: 'delete', trans, keys: empty }) : undefined,
  ]);
}

/** Whether an account id is inside a deleteRange request's range (clear() sends the range of every key). */
function inRange(id: string, range: DBCoreKeyRange): boolean {
  // DBCoreRangeType (a const enum, not importable as a value with isolated modules): Any = 3, Never = 4
  if (range.type === EVERY_KEY.type) return true;
  if (range.type === 4) return false;
  const lo = range.lower === undefined ? 1 : cmp(id, range.lower);
  const hi = range.upper === undefined ? -1 : cmp(id, range.upper);
  return (range.lowerOpen ? lo > 0 : lo >= 0) && (range.upperOpen ? hi < 0 : hi <= 0);
}

/** DBCoreRangeType.Any (a const enum: not importable as a value with isolated modules). */
const EVERY_KEY = { type: 3, lower: undefined, upper: undefined } as DBCoreKeyRange;

async function anyOutcome(down: DBCore, trans: DBCoreTransaction, keys: unknown[]): Promise<boolean> {
  if (keys.length === 0) return false;
  const outcomes = down.table('outcomes');
  if (keys.length <= 20) return (await outcomes.getMany({ trans, keys })).some((r) => r !== undefined);
  // a restore writes thousands of accounts: one scan of the outcome keys, not a request per key
  const { result } = await outcomes.query({ trans, values: false, query: { index: outcomes.schema.primaryKey, range: EVERY_KEY } });
  const withOutcome = new Set(result);
  return keys.some((k) => withOutcome.has(k));
}
