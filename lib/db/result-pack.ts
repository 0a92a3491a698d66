import type { ResultRow } from './rows';

// Which pack an account's result headline lives in (results-repo.ts). Apart from the repository
// so that the schema's upgrade (database.ts) can place rows without importing it back.

export const PACKS = 128;

export interface ResultPackRow {
  pack: number;
  /** sorted by accountId; an account appears at most once */
  rows: ResultRow[];
}

/** FNV-1a of the id's UTF-16 units: stable across versions (a stored pack number depends on it). */
export function packOf(accountId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < accountId.length; i++) {
    h ^= accountId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % PACKS;
}

export const byAccountId = (a: ResultRow, b: ResultRow) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0);

/** Result rows (one per account) as the pack rows that hold them, each pack's rows sorted by account id. */
export function packRows(rows: Iterable<ResultRow>): ResultPackRow[] {
  const packs = new Map<number, ResultRow[]>();
  for (const r of rows) {
    const k = packOf(r.accountId);
    const pack = packs.get(k);
    if (pack) pack.push(r);
    else packs.set(k, [r]);
  }
  return [...packs].map(([pack, list]) => ({ pack, rows: list.sort(byAccountId) }));
}
