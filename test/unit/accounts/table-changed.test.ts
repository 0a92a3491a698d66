import { describe, expect, it } from 'vitest';
import { queryTable, TableQuery, type TableEntry } from '../../../lib/accounts/table-query';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 6);
const entry = (id: string, changedDaysAgo?: number): TableEntry => ({ id, lastSeenAt: NOW, score: null, ...(changedDaysAgo !== undefined && { changedAt: NOW - changedDaysAgo * DAY }) });
const all = [entry('li:a', 2), entry('li:b', 20), entry('li:c', 90), entry('li:d')];

describe('accounts table: changed in the last 7 / 30 days (issue 20)', () => {
  it('keeps only accounts whose values changed within the period; never-changed accounts only without the filter', () => {
    const ids = (days?: number) => queryTable(all, { changedWithinDays: days }, NOW).entries.map((e) => e.id);
    expect(ids(7)).toEqual(['li:a']);
    expect(ids(30)).toEqual(['li:a', 'li:b']);
    expect(ids()).toEqual(['li:a', 'li:b', 'li:c', 'li:d']);
    expect(queryTable(all, { changedWithinDays: 30 }, NOW).total).toBe(2);
  });

  it('refuses a period that is not a whole number of days in range', () => {
    expect(TableQuery.safeParse({ changedWithinDays: 0 }).success).toBe(false);
    expect(TableQuery.safeParse({ changedWithinDays: 1.5 }).success).toBe(false);
    expect(TableQuery.safeParse({ changedWithinDays: 10_000 }).success).toBe(false);
  });
});
