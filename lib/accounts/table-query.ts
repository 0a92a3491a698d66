import { z } from 'zod';

/**
 * The options page's accounts table: filter, sort and page every stored account from small
 * per-account entries (ids, names, last seen, the cached score headline, the outcome) — never
 * from the account rows themselves, which carry every fact with its evidence and would make a
 * 10,000-account table read megabytes per keystroke.
 */
export const TABLE_SORTS = ['last-seen', 'score', 'name', 'tier'] as const;

export const TableQuery = z.object({
  query: z.string().max(200).optional(),
  /** a tier name ("A", "DQ"), "none" for accounts without a tier, or absent for all */
  tier: z.string().max(20).optional(),
  sort: z.enum(TABLE_SORTS).default('last-seen'),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(200).default(50),
  /** issue 20: only accounts a page read a changed value of in the last N days (7 or 30 in the UI) */
  changedWithinDays: z.number().int().min(1).max(3650).optional(),
});
export type TableQuery = z.input<typeof TableQuery>;

export interface TableEntry {
  id: string;
  name?: string;
  lastSeenAt: number;
  /** when a page last read a value other than the one before (issue 20) */
  changedAt?: number;
  tier?: string;
  tierRank?: number;
  tierCount?: number;
  score: number | null;
  icpName?: string;
  coverage?: number;
  outcome?: string;
}

export interface TablePage {
  total: number;
  /** every tier name present, for the filter */
  tiers: string[];
  entries: TableEntry[];
}

const bare = (id: string) => id.replace(/^[a-z]+:/, '');
const label = (e: TableEntry) => (e.name ?? bare(e.id)).toLowerCase();

const COMPARE: Record<(typeof TABLE_SORTS)[number], (a: TableEntry, b: TableEntry) => number> = {
  'last-seen': (a, b) => b.lastSeenAt - a.lastSeenAt,
  // unknown scores last, whatever the direction
  score: (a, b) => (b.score ?? -1) - (a.score ?? -1),
  name: (a, b) => label(a).localeCompare(label(b)),
  // DQ and no tier after every ranked tier; then by score
  tier: (a, b) => rank(a) - rank(b) || (b.score ?? -1) - (a.score ?? -1),
};

function rank(e: TableEntry): number {
  if (e.tier === 'DQ') return 1000;
  if (e.tier === undefined) return 1001;
  return e.tierRank ?? 999;
}

function matches(e: TableEntry, q: string, tier: string | undefined): boolean {
  if (tier !== undefined && (tier === 'none' ? e.tier !== undefined : e.tier !== tier)) return false;
  return !q || label(e).includes(q) || bare(e.id).toLowerCase().includes(q);
}

export function queryTable(all: readonly TableEntry[], input: TableQuery, now = Date.now()): TablePage {
  const q = TableQuery.parse(input);
  const needle = q.query?.trim().toLowerCase() ?? '';
  const since = q.changedWithinDays === undefined ? -Infinity : now - q.changedWithinDays * 86_400_000;
  const hits = all.filter((e) => matches(e, needle, q.tier) && (since === -Infinity || (e.changedAt ?? -Infinity) >= since));
  hits.sort((a, b) => COMPARE[q.sort](a, b) || a.id.localeCompare(b.id));
  const tiers = [...new Set(all.map((e) => e.tier).filter((t): t is string => !!t))].sort();
  return { total: hits.length, tiers, entries: hits.slice(q.offset, q.offset + q.limit) };
}
