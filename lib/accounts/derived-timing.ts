import type { StoredFact } from './account-row';
import type { AccountHistory, HistoryEntry } from './history';
import { sourceLabel } from '../facts/source-label';
import type { FactSource } from '../facts/model';

/**
 * Timing facts worked out from what earlier visits read (issue 20), when no page states them:
 * headcount growth from two employee counts at least MIN_DAYS apart. Computed when an
 * observation is stored and kept as an ordinary fact, so rescoring never reads the history.
 * A page that states the growth itself (Sales Navigator) wins: a derived value never replaces it.
 */
export const MIN_DAYS = 30;
const DAY = 86_400_000;

export interface Reading {
  value: number;
  at: number;
  source: FactSource;
}

/** The newest reading, and the latest reading at least MIN_DAYS before it (null without both). */
export function readingPair(list: readonly HistoryEntry[] | undefined): { old: Reading; now: Reading } | null {
  const last = list?.[list.length - 1];
  if (!list || !last || typeof last.value !== 'number') return null;
  const now: Reading = { value: last.value, at: last.lastAt, source: last.source };
  let old: Reading | null = null;
  for (const e of list) {
    if (typeof e.value !== 'number') continue;
    // an entry was read from firstAt to lastAt: its latest reading old enough to compare with
    const cutoff = now.at - MIN_DAYS * DAY;
    const at = e.lastAt <= cutoff ? e.lastAt : e.firstAt <= cutoff ? e.firstAt : null;
    if (at !== null && (!old || at >= old.at)) old = { value: e.value, at, source: e.source };
  }
  return old ? { old, now } : null;
}

// made once: building an Intl formatter per call cost ~0.5 ms on the observation path
const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const COUNT_FORMAT = new Intl.NumberFormat('en-US');
const day = (ms: number) => DAY_FORMAT.format(ms);

/** "LinkedIn About tab, 12 Sep 2026: 180 employees; 5 Dec 2026: 214 (84 days apart)" */
export function pairText(pair: { old: Reading; now: Reading }, unit: string): string {
  const days = Math.round((pair.now.at - pair.old.at) / DAY);
  const part = (r: Reading, withUnit: boolean) => `${day(r.at)}: ${COUNT_FORMAT.format(r.value)}${withUnit ? ` ${unit}` : ''}`;
  const from = sourceLabel(pair.old.source);
  const to = sourceLabel(pair.now.source);
  const second = from === to ? part(pair.now, false) : `${to}, ${part(pair.now, false)}`;
  return `${from}, ${part(pair.old, true)}; ${second} (${days} days apart)`;
}

/** Growth in percent between the two readings, one decimal; null when the older one is 0. */
export function growthPct(pair: { old: Reading; now: Reading }): number | null {
  if (pair.old.value <= 0) return null;
  return Math.round((1000 * (pair.now.value - pair.old.value)) / pair.old.value) / 10;
}

/** Each derived timing fact: from which history, how it reads, and growth in percent or a change in count. */
export const DERIVED = [
  { fact: 'headcountGrowth', from: 'employees', unit: 'employees', kind: 'percent' },
  { fact: 'followersGrowth', from: 'followers', unit: 'followers', kind: 'percent' },
  { fact: 'jobCountChange', from: 'jobCount', unit: 'open jobs', kind: 'change' },
] as const;

/**
 * The account's facts with the timing facts derived from the history (pure), unless a page
 * stated them. Each derived fact's evidence names both readings; its observedAt is the newer one.
 */
export function withDerivedTiming(facts: Record<string, StoredFact>, history: AccountHistory, url: string): Record<string, StoredFact> {
  let out = facts;
  for (const d of DERIVED) {
    const current = out[d.fact];
    if (current && !current.derived) continue;
    const pair = readingPair(history[d.from]);
    const value = pair && (d.kind === 'percent' ? growthPct(pair) : pair.now.value - pair.old.value);
    if (!pair || value === null) continue;
    const text = pairText(pair, d.unit).slice(0, 200);
    const source = pair.now.source;
    out = { ...out, [d.fact]: { value, source, derived: true, evidence: [{ source, url, text, observedAt: pair.now.at }], observedAt: pair.now.at } };
  }
  return out;
}
