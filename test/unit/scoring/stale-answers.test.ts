import { describe, expect, it } from 'vitest';
import { scoreAccount, type Answers, type ScoringFacts } from '../../../lib/scoring';
import { playbookOf, TODAY } from './helpers';

// Issue 20: a rep's answer carries the date it was given and goes stale like a fact: older than the
// criterion's maximum age, it is still shown (value, date, "stale") but counts as unknown.
const DAY = 86_400_000;
const today = Date.parse(`${TODAY}T00:00:00Z`);
const answeredDaysAgo = (value: boolean, days: number) => ({ value, answeredAt: today - days * DAY });

const criteria = [
  { fact: 'employees', is: 'between', min: 50, max: 500, points: 60 },
  { layer: 'signal', fact: 'headcountGrowth', is: 'at-least', value: 10, points: 40 },
];
const fresh: ScoringFacts = { employees: { value: 200, observedAt: today - DAY } };
const score = (answers: Answers, extra = {}, crit: Record<string, unknown>[] = criteria, facts = fresh) =>
  scoreAccount({ facts, answers }, playbookOf(crit, {}, extra), { today: TODAY }).results[0]!;

describe('stale answers (issue 20)', () => {
  it('an answer just inside the cut-off decides the criterion and says when it was given', () => {
    const r = score({ c1: answeredDaysAgo(true, 90) });
    expect(r.criteria[1]).toMatchObject({ state: 'matched', earned: 40, answered: true, source: 'rep', observedAt: today - 90 * DAY });
    expect(r.criteria[1]!.stale).toBeUndefined();
    expect(r.coverage).toBe(1);
    expect(r.range).toEqual([100, 100]);
  });

  it('an answer just outside the cut-off is kept and marked stale, but counts as unknown: coverage drops, the range opens', () => {
    const r = score({ c1: answeredDaysAgo(true, 91) });
    expect(r.criteria[1]).toMatchObject({ state: 'unknown', stale: true, earned: 0, answered: true, observedAt: today - 91 * DAY });
    expect(r.coverage).toBe(0.6);
    expect(r.score).toBe(100);
    expect(r.range).toEqual([60, 100]);
    expect(r.timing).toBeNull();
    expect(r.questions.length).toBeGreaterThan(0);
  });

  it('a stale "no" no longer misses a required criterion', () => {
    const crit = [criteria[0]!, { ...criteria[1], required: true }];
    expect(score({ c1: answeredDaysAgo(false, 30) }, {}, crit).cappedBy).toBeDefined();
    expect(score({ c1: answeredDaysAgo(false, 91) }, {}, crit).cappedBy).toBeUndefined();
  });

  it('the layer setting and a criterion override apply to answers as to facts', () => {
    const answers = { c0: answeredDaysAgo(true, 40), c1: answeredDaysAgo(true, 40) };
    expect(score(answers, { maxAgeDays: { firmographic: 30, signal: 60 } }).criteria.map((c) => c.state)).toEqual(['unknown', 'matched']);
    const perCriterion = score(answers, { maxAgeDays: { firmographic: 30 } }, [{ ...criteria[0], maxAgeDays: 50 }, { ...criteria[1], maxAgeDays: 20 }]);
    expect(perCriterion.criteria.map((c) => c.state)).toEqual(['matched', 'unknown']);
  });

  it('a qualitative answer has no age limit unless its criterion sets one', () => {
    const q = { layer: 'qualitative', points: 40 };
    expect(score({ c1: answeredDaysAgo(true, 3000) }, {}, [criteria[0]!, q]).criteria[1]!.state).toBe('matched');
    const r = score({ c1: answeredDaysAgo(true, 181) }, {}, [criteria[0]!, { ...q, maxAgeDays: 180 }]);
    expect(r.criteria[1]).toMatchObject({ state: 'unknown', stale: true, answered: true });
    expect(score({ c1: answeredDaysAgo(false, 180) }, {}, [criteria[0]!, { ...q, maxAgeDays: 180 }]).criteria[1]!.state).toBe('missed');
  });

  it('an answer without a date (the command line, a plain boolean) is never stale; a bad date is ignored', () => {
    expect(score({ c1: true }).criteria[1]!.state).toBe('matched');
    expect(score({ c1: { value: true } }).criteria[1]!.state).toBe('matched');
    const hostile: Answers = { c1: { value: true, answeredAt: Number.NaN } };
    expect(score(hostile).criteria[1]).toMatchObject({ state: 'matched', observedAt: undefined });
    expect(score({ c1: { value: 'yes' } } as unknown as Answers).criteria[1]!.state).toBe('unknown');
  });
});
