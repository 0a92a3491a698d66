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
