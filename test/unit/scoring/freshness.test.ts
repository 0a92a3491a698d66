import { describe, expect, it } from 'vitest';
import { scoreAccount, type ScoringFacts } from '../../../lib/scoring';
import { parsePlaybook } from '../../../lib/playbook/validate';
import { playbookOf, TODAY } from './helpers';

// Issue 20: a fact older than its criterion's maximum age is shown as stale and counts as unknown,
// so the coverage and the range say what is really known today.
const DAY = 86_400_000;
const today = Date.parse(`${TODAY}T00:00:00Z`);
const readDaysAgo = (value: unknown, days: number) => ({ value, observedAt: today - days * DAY });

const criteria = [
  { fact: 'employees', is: 'between', min: 50, max: 500, points: 60 },
  { fact: 'headcountGrowth', is: 'at-least', value: 10, layer: 'signal', points: 40 },
];
const score = (facts: ScoringFacts, extra = {}, crit: Record<string, unknown>[] = criteria) =>
  scoreAccount({ facts }, playbookOf(crit, {}, extra), { today: TODAY }).results[0]!;

describe('stale facts (issue 20)', () => {
  it('fresh facts count: both matched, full coverage', () => {
    const r = score({ employees: readDaysAgo(200, 10), headcountGrowth: readDaysAgo(19, 10) });
    expect(r.criteria.map((c) => c.state)).toEqual(['matched', 'matched']);
    expect(r.coverage).toBe(1);
    expect(r.range).toEqual([100, 100]);
  });

  it('a signal older than 90 days (the default) is unknown and stale: coverage drops, the range opens', () => {
    const r = score({ employees: readDaysAgo(200, 10), headcountGrowth: readDaysAgo(19, 91) });
    expect(r.criteria[1]).toMatchObject({ state: 'unknown', stale: true, earned: 0, value: 19 });
    expect(r.criteria[1]!.observedAt).toBe(today - 91 * DAY);
    expect(r.coverage).toBe(0.6);
    expect(r.score).toBe(100);
    expect(r.range).toEqual([60, 100]);
    expect(r.timing).toBeNull();
    expect(r.questions.length).toBeGreaterThan(0);
  });

  it('a firmographic fact is good for 365 days by default', () => {
    expect(score({ employees: readDaysAgo(200, 365) }).criteria[0]!.state).toBe('matched');
    expect(score({ employees: readDaysAgo(200, 366) }).criteria[0]).toMatchObject({ state: 'unknown', stale: true });
  });

  it('the playbook sets the age per layer, and a criterion overrides its layer', () => {
    const facts = { employees: readDaysAgo(200, 40), headcountGrowth: readDaysAgo(19, 40) };
    const perLayer = score(facts, { maxAgeDays: { firmographic: 30, signal: 60 } });
    expect(perLayer.criteria.map((c) => c.state)).toEqual(['unknown', 'matched']);
    const perCriterion = score(facts, { maxAgeDays: { firmographic: 30 } }, [{ ...criteria[0], maxAgeDays: 50 }, { ...criteria[1], maxAgeDays: 20 }]);
    expect(perCriterion.criteria.map((c) => c.state)).toEqual(['matched', 'unknown']);
  });

  it('a fact without a date (a CSV row, the command line) is never stale', () => {
    expect(score({ employees: { value: 200 } }).criteria[0]!.state).toBe('matched');
  });

  it('a rep-entered value carries its date and goes stale the same way', () => {
    const r = score({ headcountGrowth: { value: 19, source: 'rep', observedAt: today - 100 * DAY } });
    expect(r.criteria[1]).toMatchObject({ state: 'unknown', stale: true, source: 'rep' });
  });

  it('the playbook format refuses a maximum age that is not a positive whole number of days, or an unknown layer', () => {
    const base = { format: 'icp-fit/playbook@1', name: 'x', version: '1', icps: [{ id: 'i', name: 'i', criteria: [{ id: 'c', label: 'c', layer: 'signal', points: 1, fact: 'jobCount', is: 'present' }], tiers: [{ name: 'A', min: 0 }] }] };
    expect(parsePlaybook({ ...base, maxAgeDays: { signal: 30 } }).ok).toBe(true);
    expect(parsePlaybook({ ...base, maxAgeDays: { signal: 0 } }).ok).toBe(false);
    expect(parsePlaybook({ ...base, maxAgeDays: { signal: 1.5 } }).ok).toBe(false);
    expect(parsePlaybook({ ...base, maxAgeDays: { qualitative: 30 } }).ok).toBe(false);
  });
});
