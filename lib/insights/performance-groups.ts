import { cycleDays } from './outcome';
import type { OutcomeGroup } from './performance-schema';
import type { OutcomeRecord } from './record';

/** A running tally of one group of records (a tier, ICP-fit or not), finished into an OutcomeGroup. */
export interface GroupTally {
  key: string;
  label: string;
  count: number;
  won: number;
  lost: number;
  open: number;
  goodFit: number;
  badFit: number;
  /** won deal values per currency ("" when a record gave none): [count, sum] */
  deals: Map<string, [number, number]>;
  cycleCount: number;
  cycleSum: number;
}

export function newTally(key: string, label: string): GroupTally {
  return { key, label, count: 0, won: 0, lost: 0, open: 0, goodFit: 0, badFit: 0, deals: new Map(), cycleCount: 0, cycleSum: 0 };
}

/** Add (sign 1) or take out (sign −1) one record. */
export function addRecord(t: GroupTally, r: OutcomeRecord, sign: 1 | -1 = 1): void {
  t.count += sign;
  if (r.outcome === 'won') t.won += sign;
  else if (r.outcome === 'lost') t.lost += sign;
  else if (r.outcome === 'open') t.open += sign;
  else if (r.outcome === 'good-fit') t.goodFit += sign;
  else t.badFit += sign;
  if (r.outcome === 'won' && typeof r.value === 'number' && Number.isFinite(r.value) && r.value >= 0) {
    const key = r.currency ?? '';
    const d = t.deals.get(key) ?? [0, 0];
    // the last deal of a currency taken out: the currency goes (a recompute would not list it)
    if (d[0] + sign === 0) t.deals.delete(key);
    else t.deals.set(key, [d[0] + sign, d[1] + sign * r.value]);
  }
  if (r.outcome === 'won' || r.outcome === 'lost') {
    const days = cycleDays(r.openedAt, r.closedAt);
    if (days !== null) {
      t.cycleCount += sign;
      t.cycleSum += sign * days;
    }
  }
}

/** won / (won + lost), or null when nothing closed. */
export const winRate = (won: number, lost: number): number | null => (won + lost > 0 ? won / (won + lost) : null);

export function finishTally(t: GroupTally): OutcomeGroup {
  const dealSize = [...t.deals.entries()]
    .map(([currency, [count, sum]]) => ({ currency, count, average: sum / count }))
    .sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency));
  return {
    key: t.key,
    label: t.label,
    count: t.count,
    won: t.won,
    lost: t.lost,
    open: t.open,
    goodFit: t.goodFit,
    badFit: t.badFit,
    winRate: winRate(t.won, t.lost),
    dealSize,
    cycle: t.cycleCount > 0 ? { count: t.cycleCount, averageDays: t.cycleSum / t.cycleCount } : null,
  };
}
