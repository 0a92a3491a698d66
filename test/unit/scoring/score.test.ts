import { describe, expect, it } from 'vitest';
import { AccountResult, compilePlaybook, scoreAccount } from '../../../lib/scoring';
import { facts, playbookOf, scoreOne, TODAY } from './helpers';

// 40 points matched, 30 missed, 30 unknown
const mixed = [
  { fact: 'industry', is: 'in', values: ['Software Development'], points: 40 },
  { fact: 'employees', is: 'between', min: 20, max: 150, points: 30 },
  { fact: 'technologies', is: 'any', values: ['HubSpot'], points: 30, layer: 'technographic' },
];
const mixedFacts = { industry: 'Software Development', employees: 400 };

describe('score, coverage, range', () => {
  it('score is over known criteria only; coverage and range say how much is known', () => {
    const r = scoreOne(mixed, mixedFacts);
    expect(r.score).toBe(Math.round((100 * 40) / 70)); // 57
    expect(r.coverage).toBeCloseTo(0.7, 12);
    expect(r.range).toEqual([40, 70]);
    expect(r.criteria.map((c) => c.state)).toEqual(['matched', 'missed', 'unknown']);
  });

  it('no known criteria → no score, no tier ("not enough data"), full range', () => {
    const r = scoreOne(mixed, {});
    expect(r).toMatchObject({ score: null, tier: null, coverage: 0, range: [0, 100], fit: null, timing: null, provisional: false });
    expect(r.action).toBeUndefined();
  });

  it('fit (who) and timing (when) are scored apart with the same formula', () => {
    const r = scoreOne(
      [
        { fact: 'industry', is: 'in', values: ['Retail'], points: 30 },
        { fact: 'technologies', is: 'any', values: ['Shopify'], points: 20, layer: 'technographic' },
        { layer: 'qualitative', points: 10 },
        { fact: 'jobCount', is: 'at-least', value: 10, points: 25, layer: 'signal' },
        { fact: 'lastFundingDate', is: 'within-days', days: 90, points: 15, layer: 'signal' },
      ],
      { industry: 'Retail', technologies: ['React'], jobCount: 12 },
      { answers: { c2: true } },
    );
    expect(r.fit).toBe(Math.round((100 * 40) / 60));
    expect(r.timing).toBe(100); // lastFundingDate unknown: only the known signal counts
    expect(r.score).toBe(Math.round((100 * 65) / 85));
  });
});

describe('tiers', () => {
  const oneOf = (earned: number) => [
    { fact: 'jobCount', is: 'at-least', value: 1, points: earned },
    { fact: 'followers', is: 'at-least', value: 1, points: 100 - earned },
  ];
  it.each([
    [70, 'A', 'Call today'],
    [69, 'B', 'Sequence'],
    [40, 'B', 'Sequence'],
    [39, 'C', 'Nurture'],
  ])('score %i → tier %s', (score, tier, action) => {
    const r = scoreOne(oneOf(score), { jobCount: 5, followers: 0 });
    expect(r.score).toBe(score);
    expect(r.tier).toBe(tier);
    expect(r.action).toBe(action);
  });

  it('low coverage marks the tier provisional; minCoverage sets the bar', () => {
    const criteria = [
      { fact: 'jobCount', is: 'at-least', value: 1, points: 40 },
      { fact: 'followers', is: 'at-least', value: 1, points: 60 },
    ];
    expect(scoreOne(criteria, { jobCount: 3 }).provisional).toBe(true);
    expect(scoreOne(criteria, { jobCount: 3 }, {}, { minCoverage: 0.4 }).provisional).toBe(false);
    expect(scoreOne(criteria, { jobCount: 3, followers: 9 }).provisional).toBe(false);
  });

  it('a missed required criterion caps the tier at the lowest and says why', () => {
    const r = scoreOne(
      [
        { fact: 'industry', is: 'in', values: ['Software Development'], points: 90 },
        { label: '20–150 employees', fact: 'employees', is: 'between', min: 20, max: 150, points: 10, required: true },
      ],
      { industry: 'Software Development', employees: 3000 },
    );
    expect(r.score).toBe(90);
    expect(r.tier).toBe('C');
    expect(r.action).toBe('Nurture');
    expect(r.cappedBy).toBe('Required criterion missed: 20–150 employees');
  });

  it('an unknown or partly met required criterion does not cap', () => {
    const criteria = [
      { fact: 'industry', is: 'in', values: ['Software Development'], points: 90 },
      { fact: 'employees', is: 'between', min: 100, max: 150, points: 10, required: true },
    ];
    expect(scoreOne(criteria, { industry: 'Software Development' })).toMatchObject({ tier: 'A', cappedBy: undefined });
    expect(scoreOne(criteria, { industry: 'Software Development', employeeRange: { min: 51, max: 200 } })).toMatchObject({ tier: 'A', cappedBy: undefined });
  });
});

describe('disqualifiers', () => {
  const dqs = {
    disqualifiers: [
      { id: 'gov', reason: 'Government procurement', fact: 'companyType', is: 'in', values: ['government'] },
      { id: 'tiny', reason: 'Under 50 employees', fact: 'employees', is: 'below', value: 50 },
    ],
  };
  it('any hit → tier DQ with the reasons; the score is still shown', () => {
    const r = scoreOne([{ fact: 'industry', is: 'present', points: 100 }], { industry: 'Retail', companyType: 'Government Agency', employees: 10 }, {}, dqs);
    expect(r.tier).toBe('DQ');
    expect(r.score).toBe(100);
    expect(r.action).toBeUndefined();
    expect(r.disqualifiers.map((d) => d.reason)).toEqual(['Government procurement', 'Under 50 employees']);
    expect(r.disqualifiers[1]).toMatchObject({ id: 'tiny', fact: 'employees', value: 10 });
  });

  it('an unknown disqualifier fact is not a hit', () => {
    expect(scoreOne([{ fact: 'industry', is: 'present' }], { industry: 'Retail' }, {}, dqs).tier).toBe('A');
  });
});

describe('segments', () => {
  const segs = {
    segments: [
      { id: 'startup', name: 'Startup', fact: 'employees', is: 'at-most', value: 50 },
      { id: 'small', name: 'Small', fact: 'employees', is: 'at-most', value: 200 },
    ],
  };
  it('the first segment whose test matches is the account’s', () => {
    expect(scoreOne([{ fact: 'industry', is: 'present' }], { employees: 30 }, {}, segs).segment).toEqual({ id: 'startup', name: 'Startup' });
    expect(scoreOne([{ fact: 'industry', is: 'present' }], { employees: 120 }, {}, segs).segment).toEqual({ id: 'small', name: 'Small' });
    expect(scoreOne([{ fact: 'industry', is: 'present' }], { employees: 900 }, {}, segs).segment).toBeUndefined();
    expect(scoreOne([{ fact: 'industry', is: 'present' }], {}, {}, segs).segment).toBeUndefined();
  });
});

describe('answers from the rep', () => {
  const q = [
    { fact: 'industry', is: 'present', points: 50 },
    { layer: 'qualitative', label: 'Sales owns the budget', points: 50 },
  ];
  it('qualitative criteria stay unknown until answered', () => {
    expect(scoreOne(q, { industry: 'Retail' }).criteria[1]).toMatchObject({ state: 'unknown', earned: 0 });
    expect(scoreOne(q, { industry: 'Retail' }, { answers: { c1: true } }).criteria[1]).toMatchObject({ state: 'matched', earned: 50, answered: true, source: 'rep' });
    expect(scoreOne(q, { industry: 'Retail' }, { answers: { c1: false } }).criteria[1]).toMatchObject({ state: 'missed', earned: 0, answered: false });
    expect(scoreOne(q, { industry: 'Retail' }, { answers: { c1: null } }).criteria[1]!.state).toBe('unknown');
  });

  it('an answer decides a fact criterion too (the rep wins over the page)', () => {
    expect(scoreOne(q, { industry: 'Retail' }, { answers: { c0: false } }).criteria[0]).toMatchObject({ state: 'missed', source: 'rep' });
  });

  it('a criterion named like an object built-in is not answered by inheritance', () => {
    const named = [{ id: 'constructor', layer: 'qualitative' }, { id: 'toString', layer: 'qualitative' }];
    expect(scoreOne(named, {}, { answers: {} }).criteria.map((c) => c.state)).toEqual(['unknown', 'unknown']);
    expect(scoreOne(named, {}, { answers: JSON.parse('{"toString": true}') }).criteria.map((c) => c.state)).toEqual(['unknown', 'matched']);
  });
});

describe('several ICPs', () => {
  const icp = (id: string, values: string[], extra: Record<string, unknown> = {}) => ({
    id,
    name: id,
    criteria: [
      { id: 'ind', label: 'Industry', layer: 'firmographic', points: 50, fact: 'industry', is: 'in', values },
      { id: 'size', label: 'Size', layer: 'firmographic', points: 50, fact: 'employees', is: 'at-least', value: 100 },
    ],
    tiers: [{ name: 'A', min: 70 }, { name: 'B', min: 40 }, { name: 'C', min: 0 }],
    ...extra,
  });
  it('lists every ICP best first: tier, then score, then coverage; DQ and no score last', () => {
    const parsed = compilePlaybook({
      format: 'icp-fit/playbook@1',
      name: 'x',
      version: '1',
      personas: [],
      icps: [
        icp('dq', ['Retail'], { disqualifiers: [{ id: 'd', reason: 'No', fact: 'employees', is: 'above', value: 10 }], segments: [] }),
        icp('b', ['Construction'], { disqualifiers: [], segments: [] }),
        icp('a', ['Retail'], { disqualifiers: [], segments: [] }),
        icp('none', ['Retail'], { criteria: [{ id: 'q', label: 'Q', layer: 'qualitative', points: 10 }], disqualifiers: [], segments: [] }),
      ],
    } as never);
    const r = scoreAccount({ facts: facts({ industry: 'Retail', employees: 500 }) }, parsed, { today: TODAY });
    expect(r.results.map((x) => `${x.icpId}:${x.tier}`)).toEqual(['a:A', 'b:B', 'none:null', 'dq:DQ']);
  });
});

describe('result shape and purity', () => {
  it('validates against the published result schema, and survives JSON', () => {
    const pb = playbookOf(mixed);
    const r = scoreAccount({ facts: facts(mixedFacts) }, pb, { today: TODAY });
    expect(AccountResult.parse(r)).toEqual(r);
    expect(JSON.parse(JSON.stringify(r))).toEqual(JSON.parse(JSON.stringify(scoreAccount({ facts: facts(mixedFacts) }, pb, { today: TODAY }))));
  });

  it('keeps the evidence a criterion used (at most five)', () => {
    const ev = Array.from({ length: 7 }, (_, i) => ({ source: 'linkedin-company' as const, url: `https://www.linkedin.com/company/x/${i}`, text: `Industry ${i}` }));
    const r = scoreAccount({ facts: { industry: { value: 'Retail', source: 'linkedin-company', evidence: ev } } }, playbookOf([{ fact: 'industry', is: 'present' }]), { today: TODAY });
    expect(r.results[0]!.criteria[0]!.evidence).toEqual(ev.slice(0, 5));
    expect(r.results[0]!.criteria[0]!.source).toBe('linkedin-company');
  });

  it('today is an input: a bad date is refused, not guessed', () => {
    const pb = playbookOf(mixed);
    expect(() => scoreAccount({ facts: {} }, pb, { today: '2026-02-30' })).toThrow(RangeError);
    expect(() => scoreAccount({ facts: {} }, pb, { today: 'today' })).toThrow(RangeError);
  });

  it('the same account scored on another day changes only what depends on the date', () => {
    const pb = playbookOf([{ fact: 'lastFundingDate', is: 'within-days', days: 30 }]);
    const on = (today: string) => scoreAccount({ facts: facts({ lastFundingDate: '2026-11-01' }) }, pb, { today }).results[0]!.score;
    expect(on('2026-11-23')).toBe(100);
    expect(on('2027-01-23')).toBe(0);
  });
});
