import { describe, expect, it } from 'vitest';
import { buildReview, shift, type ReviewInput } from '../../../lib/insights/review';
import { defaultPeriods, quarterPeriod } from '../../../lib/insights/review-periods';
import { QuarterlyReview } from '../../../lib/insights/review-schema';
import { STARTER_LABEL, versionAt } from '../../../lib/insights/review-versions';
import { compilePlaybook } from '../../../lib/scoring';
import { planted, reviewPlaybook, reviewRecord } from './review-fixtures';

const TODAY = '2026-12-06';
const [Q2, Q3] = defaultPeriods(TODAY);

function review(records: ReviewInput['records'], extra: Partial<ReviewInput> = {}) {
  const out = buildReview({ records, compiled: compilePlaybook(reviewPlaybook()), playbookKey: 'Test@2026.3#x', versions: [], versionsComplete: true, today: TODAY, periods: [Q2!, Q3!], ...extra });
  // what the background sends must pass the protocol's schema
  expect(QuarterlyReview.safeParse(out).success).toBe(true);
  return out;
}

describe('the quarterly review', () => {
  it('compares win rate, deal size and cycle by tier in each period, scored with one playbook', () => {
    const r = review([...planted('2026-05-01', 60, 0.5, 0.5), ...planted('2026-08-01', 60, 0.8, 0.1)]);
    expect(r.periods.map((p) => p.period.label)).toEqual(['2026 Q2', '2026 Q3']);
    expect(r.periods.map((p) => p.closed)).toEqual([60, 60]);
    const [before, after] = r.periods;
    expect(before.tiers.map((t) => t.label)).toEqual(['A', 'B', 'C']);
    expect(before.fit.winRate).toBe(0.5);
    // Q3: software (not the "Retail" the playbook asks for) wins 80%: the ICP-fit accounts now lose more
    expect(after.fit.winRate).toBeCloseTo(0.1, 5);
    expect(after.notFit.winRate).toBeCloseTo(0.8, 5);
    expect(after.notFit.dealSize[0]).toMatchObject({ currency: 'USD', count: 24 });
    expect(after.fit.cycle?.averageDays).toBe(212); // 2026-01-01 → 2026-08-01
  });

  it('says which criteria gained or lost predictive power, with the evidence labels', () => {
    const r = review([...planted('2026-05-01', 60, 0.5, 0.5), ...planted('2026-08-01', 60, 0.8, 0.1)]);
    const software = r.criteria.find((c) => c.criterionId === 'software')!;
    expect(software).toMatchObject({ change: 'lost', before: { confidence: 'low', difference: 0 }, after: { confidence: 'high', difference: -70 } });
    expect(r.criteria.find((c) => c.criterionId === 'emea')!.change).toBe('steady');
    const flipped = review([...planted('2026-05-01', 60, 0.8, 0.1), ...planted('2026-08-01', 60, 0.1, 0.8)]);
    expect(flipped.criteria.find((c) => c.criterionId === 'software')!.change).toBe('gained');
  });

  it('does not judge a criterion a period cannot judge', () => {
    const stat = (difference: number | null, confidence: 'high' | 'insufficient') => ({
      icpId: 'core', icpName: 'Core', criterionId: 'x', label: 'X', points: 1, unknown: 0, lift: null, difference, confidence,
      matched: { won: 0, lost: 0, winRate: null }, missed: { won: 0, lost: 0, winRate: null },
    });
    expect(shift(stat(10, 'high'), stat(60, 'insufficient'))).toMatchObject({ delta: null, change: 'not-comparable' });
    expect(shift(stat(null, 'high'), stat(60, 'high'))).toMatchObject({ delta: null, change: 'not-comparable' });
    expect(shift(stat(10, 'high'), stat(19, 'high'))).toMatchObject({ delta: 9, change: 'steady' });
  });

  it('shows an empty period as no outcomes, not as 0%', () => {
    const r = review(planted('2026-08-01', 40, 0.8, 0.1));
    const empty = r.periods[0];
    expect(empty.closed).toBe(0);
    expect(empty.fit.winRate).toBeNull();
    expect(empty.tiers.every((t) => t.count === 0 && t.winRate === null && t.cycle === null && t.dealSize.length === 0)).toBe(true);
    expect(empty.versions).toEqual([]);
    expect(empty.accounts).toEqual([]);
    expect(r.criteria.every((c) => c.change === 'not-comparable')).toBe(true);
  });

  it('counts an outcome closed exactly on a boundary in the quarter it closed in, once', () => {
    const r = review([reviewRecord('2026-06-30', { software: false, won: true }), reviewRecord('2026-07-01', { software: false, won: false }), reviewRecord('2026-09-30', { software: true, won: true }), reviewRecord('2026-10-01', { software: true, won: true })]);
    expect(r.periods[0].closed).toBe(1);
    expect(r.periods[0].fit).toMatchObject({ won: 1, lost: 0 });
    expect(r.periods[1].closed).toBe(2); // 1 Jul and 30 Sep; 1 Oct is Q4
    expect([r.periods[1].fit.lost, r.periods[1].notFit.won]).toEqual([1, 1]);
  });

  it('leaves open and fit-only outcomes out (the review is about what closed)', () => {
    const open = { ...reviewRecord('2026-08-01', { software: true, won: true }), outcome: 'open' as const };
    const good = { ...reviewRecord('2026-08-01', { software: true, won: true }), outcome: 'good-fit' as const };
    expect(review([open, good]).periods[1].closed).toBe(0);
  });

  it('names the playbook version in use when each outcome closed', () => {
    const at = (day: string) => Date.parse(`${day}T00:00:00Z`);
    const versions = [
      { seq: 1, label: 'Test 2026.1', activatedAt: at('2026-03-01') },
      { seq: 2, label: 'Test 2026.2', activatedAt: at('2026-05-15') },
      { seq: 3, label: 'Broken', activatedAt: at('2026-05-20'), damaged: true },
    ];
    const recs = [reviewRecord('2026-05-01', { software: true, won: true }), reviewRecord('2026-05-02', { software: true, won: false }), reviewRecord('2026-06-01', { software: true, won: true }), reviewRecord('2026-08-01', { software: true, won: true })];
    const r = review(recs, { versions });
    expect(r.periods[0].versions).toEqual([{ label: 'Test 2026.1', count: 2 }, { label: 'Test 2026.2', count: 1 }]);
    expect(r.periods[1].versions).toEqual([{ label: 'Test 2026.2', count: 1 }]);
    expect(versionAt(versions, at('2026-01-01'))).toBe(STARTER_LABEL);
    expect(versionAt(versions, at('2026-01-01'), false)).toBe('a version older than Test 2026.1 (no longer kept)');
  });

  it('lists the biggest won and lost deals, capped', () => {
    const r = review(planted('2026-08-01', 60, 0.8, 0.1));
    const won = r.periods[1].accounts.filter((a) => a.outcome === 'won');
    expect(won).toHaveLength(10);
    expect(won.map((a) => a.value)).toEqual([...won.map((a) => a.value)].sort((x, y) => (y ?? 0) - (x ?? 0)));
    expect(r.periods[1].accounts.filter((a) => a.outcome === 'lost')).toHaveLength(10);
  });

  it('suggests edits from the "Analyse customers" engine, each with its evidence and diff', () => {
    const r = review([...planted('2026-05-01', 60, 0.5, 0.5), ...planted('2026-08-01', 60, 0.8, 0.1)]);
    if (!r.suggestions.ok) throw new Error(r.suggestions.message);
    const ids = r.suggestions.edits.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['retest:core:software', 'add-criterion:core:technologies']));
    const retest = r.suggestions.edits.find((e) => e.id === 'retest:core:software')!;
    expect(retest.evidence[0]).toMatch(/^Industry: Software Development — \d+% of won vs \d+% of lost .* — (some|strong) evidence$/);
    expect(retest.changes.map((c) => c.text)).toContain('ICP "Core": criterion "Industry: Software Development" now tests industry in Software Development (was industry in Retail)');
    expect(r.nextVersion).toBe('2026.4');
  });

  it('says so when the outcomes do not support a draft', () => {
    const r = review(planted('2026-08-01', 6, 0.5, 0.5));
    expect(r.suggestions.ok).toBe(false);
  });

  it('reviews periods other than quarters, chosen by the manager', () => {
    const r = review(planted('2026-08-01', 10, 0.8, 0.1), { periods: [quarterPeriod({ year: 2025, q: 4 }), { label: 'Summer', start: '2026-07-15', end: '2026-08-15' }] });
    expect(r.periods.map((p) => [p.period.label, p.closed])).toEqual([['2025 Q4', 0], ['Summer', 10]]);
  });
});
