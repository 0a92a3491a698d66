import { describe, expect, it } from 'vitest';
import { addQuarters, defaultPeriods, inPeriod, outcomeDay, outcomeMoment, quarterOf, quarterPeriod, recentQuarters, ReviewPeriod } from '../../../lib/insights/review-periods';

describe('quarter arithmetic', () => {
  it.each([
    ['2026-01-01', 2026, 1],
    ['2026-03-31', 2026, 1],
    ['2026-04-01', 2026, 2],
    ['2026-09-30', 2026, 3],
    ['2026-10-01', 2026, 4],
    ['2026-12-31', 2026, 4],
  ])('%s is in %i Q%i', (day, year, q) => expect(quarterOf(day)).toEqual({ year, q }));

  it('steps across years both ways', () => {
    expect(addQuarters({ year: 2026, q: 1 }, -1)).toEqual({ year: 2025, q: 4 });
    expect(addQuarters({ year: 2026, q: 1 }, -5)).toEqual({ year: 2024, q: 4 });
    expect(addQuarters({ year: 2025, q: 4 }, 1)).toEqual({ year: 2026, q: 1 });
    expect(addQuarters({ year: 2026, q: 3 }, 0)).toEqual({ year: 2026, q: 3 });
  });

  it('gives each quarter its first and last day', () => {
    expect(quarterPeriod({ year: 2026, q: 1 })).toEqual({ label: '2026 Q1', start: '2026-01-01', end: '2026-03-31' });
    expect(quarterPeriod({ year: 2026, q: 2 })).toEqual({ label: '2026 Q2', start: '2026-04-01', end: '2026-06-30' });
    expect(quarterPeriod({ year: 2026, q: 3 })).toEqual({ label: '2026 Q3', start: '2026-07-01', end: '2026-09-30' });
    expect(quarterPeriod({ year: 2026, q: 4 })).toEqual({ label: '2026 Q4', start: '2026-10-01', end: '2026-12-31' });
    for (let q = 1; q <= 4; q++) expect(ReviewPeriod.safeParse(quarterPeriod({ year: 2028, q })).success).toBe(true);
  });
});

describe('default periods: the last complete quarter vs the one before', () => {
  it('mid-year', () => {
    expect(defaultPeriods('2026-12-06').map((p) => p.label)).toEqual(['2026 Q2', '2026 Q3']);
    expect(defaultPeriods('2026-07-01').map((p) => p.label)).toEqual(['2026 Q1', '2026 Q2']);
  });
  it('wraps the year in the first and second quarter', () => {
    expect(defaultPeriods('2026-02-10').map((p) => p.label)).toEqual(['2025 Q3', '2025 Q4']);
    expect(defaultPeriods('2026-01-01')).toEqual([
      { label: '2025 Q3', start: '2025-07-01', end: '2025-09-30' },
      { label: '2025 Q4', start: '2025-10-01', end: '2025-12-31' },
    ]);
    expect(defaultPeriods('2026-05-20').map((p) => p.label)).toEqual(['2025 Q4', '2026 Q1']);
  });
  it('offers the running quarter to date and the ones before, newest first', () => {
    const qs = recentQuarters('2026-02-10', 3);
    expect(qs).toEqual([
      { label: '2026 Q1 (to date)', start: '2026-01-01', end: '2026-02-10' },
      { label: '2025 Q4', start: '2025-10-01', end: '2025-12-31' },
      { label: '2025 Q3', start: '2025-07-01', end: '2025-09-30' },
    ]);
  });
});

describe('period boundaries', () => {
  const q3 = quarterPeriod({ year: 2026, q: 3 });
  const q4 = quarterPeriod({ year: 2026, q: 4 });
  it('counts a day exactly on either boundary in, and the day after out', () => {
    expect(inPeriod('2026-07-01', q3)).toBe(true);
    expect(inPeriod('2026-09-30', q3)).toBe(true);
    expect(inPeriod('2026-06-30', q3)).toBe(false);
    expect(inPeriod('2026-10-01', q3)).toBe(false);
    // a boundary day belongs to exactly one of two adjacent quarters
    for (const day of ['2026-09-30', '2026-10-01']) expect([q3, q4].filter((p) => inPeriod(day, p))).toHaveLength(1);
  });
  it('refuses a period that ends before it starts, or a date that is not one', () => {
    expect(ReviewPeriod.safeParse({ label: 'x', start: '2026-10-01', end: '2026-09-30' }).success).toBe(false);
    expect(ReviewPeriod.safeParse({ label: 'x', start: '2026-02-30', end: '2026-03-01' }).success).toBe(false);
    expect(ReviewPeriod.safeParse({ label: 'x', start: '2026-01-01', end: '2026-01-01' }).success).toBe(true);
  });
  it('counts an outcome on its close date, else on the day it was recorded', () => {
    expect(outcomeDay({ closedAt: '2026-09-30', updatedAt: Date.UTC(2026, 11, 1, 12) })).toBe('2026-09-30');
    const noon = new Date(2026, 9, 1, 12).getTime(); // local noon, 1 Oct
    expect(outcomeDay({ updatedAt: noon })).toBe('2026-10-01');
    expect(outcomeDay({ closedAt: '2026-13-01', updatedAt: noon })).toBe('2026-10-01');
    expect(outcomeDay({ closedAt: '2026-02-30', updatedAt: noon })).toBe('2026-10-01');
    // a stored row is untrusted too: a close "date" that is not text is not a day
    expect(outcomeDay({ closedAt: 20260930 as unknown as string, updatedAt: noon })).toBe('2026-10-01');
    expect(outcomeMoment({ closedAt: ['2026-09-30'] as unknown as string, updatedAt: 5 })).toBe(5);
  });
  it('reports the version in use at the end of the close day, or when the outcome was recorded', () => {
    const endOfDay = new Date(2026, 8, 30, 23, 59, 59, 999).getTime();
    expect(outcomeMoment({ closedAt: '2026-09-30', updatedAt: 5 })).toBe(endOfDay);
    expect(outcomeMoment({ updatedAt: 5 })).toBe(5);
    expect(outcomeMoment({ closedAt: 'soon', updatedAt: 5 })).toBe(5);
  });
});
