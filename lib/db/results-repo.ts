import type { IcpDatabase } from './database';
import type { ResultRow } from './rows';
import { byAccountId as byId, decodeResults, encodeResults, groupByPack, PACKS, packOf, staleIn, type ResultPackRow } from './result-pack';

/**
 * The cached result headlines (ResultRow, one per account), stored packed: PACKS rows in the
 * `resultPacks` table (schema 4), each holding the headlines of the accounts whose id hashes to it.
 * Why (issue 17): IndexedDB's cost is per row — rescoring 10,000 accounts spent ~45% of its time
 * writing 10,000 result rows, while writing the same headlines in a few hundred rows takes a
 * twentieth of that. One account's write reads and rewrites its pack (~80 headlines at 10,000
 * accounts). Every reader and writer of results goes through this module.
 *
 * Each function runs in the caller's transaction when there is one (it must include
 * `resultPacks`), else in its own: a read-modify-write of a pack is never split.
 */
export { PACKS, packOf, type ResultPackRow } from './result-pack';

export async function getResult(database: IcpDatabase, accountId: string): Promise<ResultRow | undefined> {
  const pack = await database.transaction('r', database.resultPacks, () => database.resultPacks.get(packOf(accountId)));
  return pack ? decodeResults(pack, (id) => id === accountId)[0] : undefined;
}

/** The results of `ids`, in their order (undefined: none cached). Each pack is read once. */
export async function getResults(database: IcpDatabase, ids: string[]): Promise<(ResultRow | undefined)[]> {
  const keys = [...new Set(ids.map(packOf))];
  const packs = await database.transaction('r', database.resultPacks, () => database.resultPacks.bulkGet(keys));
  const found = new Map<string, ResultRow>();
  const wanted = new Set(ids);
  for (const p of packs) for (const r of p ? decodeResults(p, (id) => wanted.has(id)) : []) found.set(r.accountId, r);
  return ids.map((id) => found.get(id));
}

/** Every stored pack as it is stored (nothing decoded): what the readers below decode, and a rescore's scan (rescore-all.ts). */
export async function readResultPacks(database: IcpDatabase): Promise<ResultPackRow[]> {
  return database.transaction('r', database.resultPacks, () => database.resultPacks.toArray());
}

/** Every cached result, sorted by account id (the order a backup writes them in). */
export async function allResults(database: IcpDatabase): Promise<ResultRow[]> {
  const packs = await readResultPacks(database);
  return packs.flatMap((p) => decodeResults(p)).sort(byId);
}

/** How many cached results another playbook version made (what a rescore has left to do). */
export async function countStale(database: IcpDatabase, playbookVersion: string): Promise<number> {
  const packs = await readResultPacks(database);
  return packs.reduce((n, p) => n + staleIn(p, playbookVersion), 0);
}

/**
 * Write results (a later row for the same account wins). `replace(old, next)`, when given, says
 * whether `next` may overwrite what is stored now (read in this same transaction).
 */
export async function putResults(database: IcpDatabase, rows: ResultRow[], replace?: (old: ResultRow | undefined, next: ResultRow) => boolean): Promise<number> {
  if (rows.length === 0) return 0;
  return database.transaction('rw', database.resultPacks, () =>
    editPacks(database, rows.map((r) => r.accountId), (current) => {
      let n = 0;
      for (const r of rows) {
        if (replace && !replace(current.get(r.accountId), r)) continue;
        current.set(r.accountId, r);
        n++;
      }
      return n;
    }),
  );
}

/**
 * Write `rows` into packs the caller read before (`base`, by pack), without reading them again,
 * dropping the results of `gone`. Only for a caller that knows nothing wrote results since it read
 * `base` (rescore-all.ts checks the write epoch); must run in the caller's read-write transaction.
 * Returns the packs as now stored (a base for the next write).
 */
export async function putResultsOver(database: IcpDatabase, base: ReadonlyMap<number, ResultPackRow>, rows: ResultRow[], gone: ReadonlySet<string>): Promise<Map<number, ResultPackRow>> {
  const fresh = groupByPack(rows);
  const touched = new Set([...fresh.keys(), ...[...base.values()].filter((p) => p.ids.some((id) => gone.has(id))).map((p) => p.pack)]);
  const next = new Map(base);
  const put: ResultPackRow[] = [];
  const removed: number[] = [];
  for (const k of touched) {
    const mine = new Map((fresh.get(k) ?? []).map((r) => [r.accountId, r]));
    const old = base.get(k);
    const kept = old ? decodeResults(old, (id) => !mine.has(id) && !gone.has(id)) : [];
    const all = [...kept, ...mine.values()].sort(byId);
    if (all.length) put.push(encodeResults(k, all));
    else if (old) removed.push(k);
  }
  for (const p of put) next.set(p.pack, p);
  for (const k of removed) next.delete(k);
  await Promise.all([put.length ? database.resultPacks.bulkPut(put) : undefined, removed.length ? database.resultPacks.bulkDelete(removed) : undefined]);
  return next;
}

export async function putResult(database: IcpDatabase, row: ResultRow): Promise<void> {
  await putResults(database, [row]);
}

/**
 * Bumped by every deletion of results (an account deleted, merged away, or all data cleared): a
 * rescore that read accounts before it re-checks which still exist before writing (rescore-all.ts).
 * In memory is enough: only this worker opens the database, and a restarted worker rescores afresh.
 */
let removals = 0;
export const removalCount = () => removals;

export async function deleteResults(database: IcpDatabase, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  removals++;
  await database.transaction('rw', database.resultPacks, () =>
    editPacks(database, ids, (current) => {
      for (const id of ids) current.delete(id);
      return 0;
    }),
  );
}

export async function clearResults(database: IcpDatabase): Promise<void> {
  removals++;
  await database.transaction('rw', database.resultPacks, () => database.resultPacks.clear());
}

/** Read the packs that hold `ids`, let `edit` change them as maps by account id, write back the ones it changed. */
async function editPacks(database: IcpDatabase, ids: string[], edit: (current: Map<string, ResultRow>) => number): Promise<number> {
  const keys = [...new Set(ids.map(packOf))];
  // past a quarter of the packs (a rescore: all of them), one getAll beats a get per pack
  const packs = keys.length * 4 > PACKS ? await inOrder(database, keys) : await database.resultPacks.bulkGet(keys);
  const current = new Map<string, ResultRow>();
  for (const p of packs) for (const r of p ? decodeResults(p) : []) current.set(r.accountId, r);
  const before = new Map(current);
  const n = edit(current);
  const grouped = new Map<number, ResultRow[]>(keys.map((k) => [k, []]));
  for (const r of current.values()) grouped.get(packOf(r.accountId))?.push(r);
  const changed = keys.filter((k, i) => {
    const rows = grouped.get(k)!;
    return rows.length !== (packs[i]?.ids.length ?? 0) || rows.some((r) => before.get(r.accountId) !== r);
  });
  await Promise.all([
    database.resultPacks.bulkPut(changed.filter((k) => grouped.get(k)!.length).map((k) => encodeResults(k, grouped.get(k)!.sort(byId)))),
    database.resultPacks.bulkDelete(changed.filter((k) => !grouped.get(k)!.length)),
  ]);
  return n;
}

async function inOrder(database: IcpDatabase, keys: number[]): Promise<(ResultPackRow | undefined)[]> {
  const all = new Map((await database.resultPacks.toArray()).map((p) => [p.pack, p]));
  return keys.map((k) => all.get(k));
}

/** An account's pack as read in the caller's write transaction, for putInPack (one hop fewer on the observation path). */
export interface PackRead {
  pack: number;
  row: ResultPackRow | undefined;
}

export async function readPackOf(database: IcpDatabase, accountId: string): Promise<PackRead> {
  const pack = packOf(accountId);
  return { pack, row: await database.resultPacks.get(pack) };
}

/** Write `result` into the pack read by readPackOf in this same read-write transaction. */
export async function putInPack(database: IcpDatabase, read: PackRead, result: ResultRow): Promise<void> {
  if (read.pack !== packOf(result.accountId)) throw new Error('putInPack: the result belongs to another pack');
  const rows = (read.row ? decodeResults(read.row, (id) => id !== result.accountId) : []);
  rows.push(result);
  await database.resultPacks.put(encodeResults(read.pack, rows.sort(byId)));
}
