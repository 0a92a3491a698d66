import type { ResultRow } from './rows';

// Which pack an account's result headline lives in (results-repo.ts), and how a pack is stored.
// Apart from the repository so that the schema's upgrades (database.ts) can place rows without
// importing it back.

export const PACKS = 128;

/**
 * A pack as stored since schema 5 (issue 17): its headlines in columns. Strings (playbook
 * versions, tiers, ICP ids and names) are kept once per pack and referred to by number, numbers
 * sit in one Float64Array: the structured clone copies arrays of numbers instead of rebuilding
 * two objects of 7–8 fields per account, which made reading 10,000 headlines cost as much as
 * scoring them (docs/benchmarks.md, "Result and input packs in columns").
 */
export interface ResultPackRow {
  pack: number;
  /** the accounts, sorted */
  ids: string[];
  /** every other string of the pack's rows, once; the columns below hold k + 1 for strings[k], 0 for none */
  strings: string[];
  version: Uint32Array;
  tier: Uint32Array;
  icpId: Uint32Array;
  icpName: Uint32Array;
  bestTier: Uint32Array;
  /** 0: the account has no best ICP (best is null) */
  hasBest: Uint8Array;
  /** NUMBERS per account: scoredAt, score, best.tierRank, best.tierCount, best.score, best.coverage (NaN: null) */
  numbers: Float64Array;
}

const NUMBERS = 6;

/** Schema 4's pack: whole headline objects. Only the schema upgrades write or read it. */
export interface ResultPackRowV4 {
  pack: number;
  rows: ResultRow[];
}

/** FNV-1a of the id's UTF-16 units: stable across versions (a stored pack number depends on it). */
export function fnv1a(accountId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < accountId.length; i++) {
    h ^= accountId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export const packOf = (accountId: string): number => fnv1a(accountId) % PACKS;

export const byAccountId = (a: ResultRow, b: ResultRow) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0);

/** Items grouped by a key, in first-seen order (accounts by pack here; answers by account elsewhere). */
export function groupByKey<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Result rows grouped by the pack their account hashes to, each group sorted by account id. */
export function groupByPack(rows: Iterable<ResultRow>): Map<number, ResultRow[]> {
  const packs = groupByKey(rows, (r) => packOf(r.accountId));
  for (const list of packs.values()) list.sort(byAccountId);
  return packs;
}

/** Result rows (one per account) as the pack rows that hold them. */
export function packRows(rows: Iterable<ResultRow>): ResultPackRow[] {
  return [...groupByPack(rows)].map(([pack, list]) => encodeResults(pack, list));
}

/** Schema 4's packing (its upgrade still writes it; schema 5's turns it into columns). */
export function packRowsV4(rows: Iterable<ResultRow>): ResultPackRowV4[] {
  return [...groupByPack(rows)].map(([pack, list]) => ({ pack, rows: list }));
}

const nullable = (x: number | null) => (x === null ? NaN : x);
const orNull = (x: number) => (Number.isNaN(x) ? null : x);

/** One pack's headlines (all of the same pack, sorted by account id) as its stored row. */
export function encodeResults(pack: number, rows: readonly ResultRow[]): ResultPackRow {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (s: string | null | undefined) => {
    if (s === null || s === undefined) return 0;
    let k = index.get(s);
    if (k === undefined) index.set(s, (k = strings.push(s)));
    return k;
  };
  const n = rows.length;
  const out: ResultPackRow = { pack, ids: rows.map((r) => r.accountId), strings, version: new Uint32Array(n), tier: new Uint32Array(n), icpId: new Uint32Array(n), icpName: new Uint32Array(n), bestTier: new Uint32Array(n), hasBest: new Uint8Array(n), numbers: new Float64Array(n * NUMBERS) };
  rows.forEach((r, i) => {
    out.version[i] = ref(r.playbookVersion);
    out.tier[i] = ref(r.tier);
    const b = r.best;
    out.numbers.set([r.scoredAt, nullable(r.score), b?.tierRank ?? 0, b?.tierCount ?? 0, b ? nullable(b.score) : NaN, b?.coverage ?? 0], i * NUMBERS);
    if (!b) return;
    out.hasBest[i] = 1;
    out.icpId[i] = ref(b.icpId);
    out.icpName[i] = ref(b.icpName);
    out.bestTier[i] = ref(b.tier);
  });
  return out;
}

/** The headlines of a stored pack, in id order; only those `wanted` says yes to, when given. */
export function decodeResults(p: ResultPackRow, wanted?: (id: string) => boolean): ResultRow[] {
  const str = (k: number) => p.strings[k - 1]!;
  const out: ResultRow[] = [];
  p.ids.forEach((accountId, i) => {
    if (wanted && !wanted(accountId)) return;
    const x = i * NUMBERS;
    const num = p.numbers;
    const best = p.hasBest[i]
      ? { icpId: str(p.icpId[i]!), icpName: str(p.icpName[i]!), tier: p.bestTier[i] ? str(p.bestTier[i]!) : null, tierRank: num[x + 2]!, tierCount: num[x + 3]!, score: orNull(num[x + 4]!), coverage: num[x + 5]! }
      : null;
    const [playbookVersion, scoredAt, score] = [str(p.version[i]!), num[x]!, orNull(num[x + 1]!)];
    // the field order a headline was written in (a backup's JSON keeps it)
    out.push(p.tier[i] ? { accountId, playbookVersion, scoredAt, tier: str(p.tier[i]!), score, best } : { accountId, playbookVersion, scoredAt, score, best });
  });
  return out;
}

/** How many of a stored pack's headlines another playbook version made (nothing decoded). */
export function staleIn(p: ResultPackRow, playbookVersion: string): number {
  const current = p.strings.indexOf(playbookVersion) + 1;
  let n = 0;
  for (const v of p.version) if (v !== current) n++;
  return n;
}
