import { z } from 'zod';
import { AnyFactValue } from '../facts/fact-value';
import { FactSource, type FactName, type ObservedFacts } from '../facts/model';

/**
 * Issue 20: what a page said before. Per account and fact, the distinct values read, each with
 * the source and the first and last time it was read. Kept inside the account row (the write is
 * on the observation → badge path: no extra read), never read by rescoring (scoringInputs is).
 *
 * Bounded: the newest RECENT values are kept as they are; older ones are thinned to one per
 * calendar month (the last read of the month), at most MONTHLY of them. Only facts that change
 * over time and have small values are kept (no descriptions, lists or URLs).
 */
export const HISTORY_FACTS = [
  'employees',
  'employeeRange',
  'followers',
  'jobCount',
  'headcountGrowth',
  'industry',
  'revenue',
  'revenueRange',
  'hqCountry',
  'companyType',
  'fundingStage',
  'lastFundingDate',
  'lastFundingAmount',
  'totalFunding',
  'fundingRounds',
] as const satisfies readonly FactName[];
export type HistoryFact = (typeof HISTORY_FACTS)[number];

export const RECENT = 12;
export const MONTHLY = 12;
export const MAX_ENTRIES = RECENT + MONTHLY;

export const HistoryEntry = z.object({
  value: AnyFactValue,
  source: FactSource,
  /** epoch ms: first and last observation that read this value (a repeat moves only lastAt) */
  firstAt: z.number().finite(),
  lastAt: z.number().finite(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** Oldest first. Unknown fact names are dropped when parsed (a backup is untrusted). */
export const AccountHistory = z.object(
  Object.fromEntries(HISTORY_FACTS.map((f) => [f, z.array(HistoryEntry).max(MAX_ENTRIES).optional()])) as Record<HistoryFact, z.ZodOptional<z.ZodArray<typeof HistoryEntry>>>,
);
export type AccountHistory = Partial<Record<HistoryFact, HistoryEntry[]>>;

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
const month = (ms: number) => new Date(ms).toISOString().slice(0, 7);

/** Append one reading of a fact (pure). A repeat of the newest value only moves its lastAt. */
export function addReading(list: readonly HistoryEntry[] | undefined, value: unknown, source: FactSource, at: number): HistoryEntry[] {
  const parsed = AnyFactValue.safeParse(value);
  if (!parsed.success) return [...(list ?? [])];
  const out = [...(list ?? [])];
  const last = out[out.length - 1];
  if (last && same(last.value, parsed.data)) {
    out[out.length - 1] = { ...last, lastAt: Math.max(last.lastAt, at), firstAt: Math.min(last.firstAt, at) };
    return out;
  }
  // a reading older than the newest one (a retried message) does not rewrite the order
  if (last && at < last.lastAt) return out;
  out.push({ value: parsed.data, source, firstAt: at, lastAt: at });
  return thin(out);
}

/** Keep the newest RECENT entries; before them one per month (its last), at most MONTHLY. */
export function thin(list: HistoryEntry[]): HistoryEntry[] {
  if (list.length <= RECENT) return list;
  const recent = list.slice(-RECENT);
  const byMonth = new Map<string, HistoryEntry>();
  for (const e of list.slice(0, -RECENT)) byMonth.set(month(e.lastAt), e); // oldest first: the month's last wins
  return [...[...byMonth.values()].slice(-MONTHLY), ...recent];
}

/** Fold one page observation into the history (pure; only HISTORY_FACTS). */
export function recordHistory(history: AccountHistory | undefined, observed: ObservedFacts, at: number): AccountHistory {
  const out: AccountHistory = { ...history };
  for (const fact of HISTORY_FACTS) {
    const f = observed[fact];
    if (f) out[fact] = addReading(out[fact], f.value, f.evidence.source, at);
  }
  return out;
}

/**
 * True when the observation read a value other than the one last read for a fact that had one
 * (a first value is no change; a derived fact alone is no change either: it follows its source).
 */
export function valueChanged(before: AccountHistory | undefined, after: AccountHistory, facts: readonly HistoryFact[] = HISTORY_FACTS): boolean {
  return facts.some((f) => {
    const a = before?.[f];
    const b = after[f];
    return !!a?.length && !!b?.length && b.length > 0 && !same(a[a.length - 1]!.value, b[b.length - 1]!.value);
  });
}

/** Two accounts' histories as one (a merge): per fact, both lists by time, then thinned. */
export function mergeHistory(a: AccountHistory | undefined, b: AccountHistory | undefined): AccountHistory | undefined {
  if (!a || !b) return a ?? b;
  const out: AccountHistory = {};
  for (const fact of HISTORY_FACTS) {
    const list = [...(a[fact] ?? []), ...(b[fact] ?? [])].sort((x, y) => x.lastAt - y.lastAt);
    if (list.length) out[fact] = thin(list).slice(-MAX_ENTRIES);
  }
  return out;
}
