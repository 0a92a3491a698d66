import { describe, expect, it } from 'vitest';
import { AccountHistory, MAX_ENTRIES, MONTHLY, RECENT, addReading, mergeHistory, recordHistory, thin, valueChanged, type HistoryEntry } from '../../../lib/accounts/history';
import type { ObservedFacts } from '../../../lib/facts/model';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
const seen = (employees: number, followers = 1000): ObservedFacts => ({
  employees: { value: employees, evidence: { source: 'linkedin-company', url: 'https://x', text: `${employees} employees` } },
  followers: { value: followers, evidence: { source: 'linkedin-company', url: 'https://x', text: `${followers} followers` } },
});

describe('account history (issue 20)', () => {
  it('keeps distinct values; a repeat only moves the newest value\'s last-seen date', () => {
    let h = recordHistory(undefined, seen(180), T0);
    h = recordHistory(h, seen(180), T0 + DAY);
    expect(h.employees).toEqual([{ value: 180, source: 'linkedin-company', firstAt: T0, lastAt: T0 + DAY }]);
    h = recordHistory(h, seen(214), T0 + 60 * DAY);
    expect(h.employees?.map((e) => e.value)).toEqual([180, 214]);
    // back to an earlier value is a new entry (the history is a timeline, not a set)
    h = recordHistory(h, seen(180), T0 + 61 * DAY);
    expect(h.employees?.map((e) => e.value)).toEqual([180, 214, 180]);
  });

  it('keeps only facts that change over time, with bounded values', () => {
    const h = recordHistory(undefined, { description: { value: 'x'.repeat(1000), evidence: { source: 'linkedin-company', url: '', text: '' } } }, T0);
    expect(h).toEqual({});
    // a value no fact could hold (an object) is not kept
    expect(addReading([], { evil: 1 }, 'linkedin-company', T0)).toEqual([]);
  });

  it('ignores a reading older than the newest (a retried message) instead of reordering', () => {
    const h = recordHistory(recordHistory(undefined, seen(214), T0 + 10 * DAY), seen(180), T0);
    expect(h.employees?.map((e) => e.value)).toEqual([214]);
  });

  it('thins: the newest 12 values as they are, older ones one per month (the month\'s last), at most 12 months', () => {
    let list: HistoryEntry[] = [];
    // 400 distinct values, one every day for 400 days
    for (let i = 0; i < 400; i++) list = addReading(list, i, 'linkedin-company', T0 + i * DAY);
    expect(list.length).toBeLessThanOrEqual(MAX_ENTRIES);
    expect(list.slice(-RECENT).map((e) => e.value)).toEqual(Array.from({ length: RECENT }, (_, i) => 388 + i));
    const older = list.slice(0, -RECENT);
    expect(older.length).toBeLessThanOrEqual(MONTHLY);
    const months = older.map((e) => new Date(e.lastAt).toISOString().slice(0, 7));
    expect(new Set(months).size).toBe(months.length);
    // each kept older entry but the newest is the last of its month (the newest month goes on among the recent ones)
    for (const e of older.slice(0, -1)) expect(new Date(e.lastAt + DAY).getUTCDate()).toBe(1);
    expect(thin(list)).toEqual(list);
  });

  it('says a value changed only when a fact that had a value reads another', () => {
    const first = recordHistory(undefined, seen(180), T0);
    expect(valueChanged(undefined, first)).toBe(false);
    expect(valueChanged(first, recordHistory(first, seen(180), T0 + DAY))).toBe(false);
    expect(valueChanged(first, recordHistory(first, seen(180, 1200), T0 + DAY))).toBe(true);
  });

  it('merges two accounts\' histories by time, bounded', () => {
    const a = recordHistory(undefined, seen(100), T0);
    const b = recordHistory(undefined, seen(150), T0 + DAY);
    expect(mergeHistory(a, b)?.employees?.map((e) => e.value)).toEqual([100, 150]);
    expect(mergeHistory(undefined, b)).toBe(b);
  });

  it('parses a hostile stored history: too many entries and unknown facts are refused or dropped', () => {
    const entry = { value: 1, source: 'linkedin-company', firstAt: 0, lastAt: 0 };
    expect(AccountHistory.safeParse({ employees: Array(MAX_ENTRIES + 1).fill(entry) }).success).toBe(false);
    expect(AccountHistory.parse({ description: [entry], employees: [entry] })).toEqual({ employees: [entry] });
    expect(AccountHistory.safeParse({ employees: [{ ...entry, value: { a: 1 } }] }).success).toBe(false);
  });
});
