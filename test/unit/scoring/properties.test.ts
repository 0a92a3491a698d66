import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAccount, type ScoringFacts } from '../../../lib/scoring';
import { playbookOf, TODAY } from './helpers';

// A pool of valid tests; generated playbooks draw criteria from it with random points and flags.
const TESTS = [
  { fact: 'industry', is: 'in', values: ['Software Development', 'Retail'] },
  { fact: 'industry', is: 'not-in', values: ['Construction'] },
  { fact: 'employees', is: 'between', min: 20, max: 150 },
  { fact: 'employees', is: 'at-least', value: 100 },
  { fact: 'employees', is: 'below', value: 10 },
  { fact: 'revenue', is: 'between', min: 1_000_000, max: 50_000_000 },
  { fact: 'hqRegion', is: 'in', values: ['europe', 'north-america'] },
  { fact: 'fundingStage', is: 'between', min: 'seed', max: 'series-b' },
  { fact: 'technologies', is: 'all', values: ['HubSpot', 'Segment', 'Stripe'] },
  { fact: 'technologies', is: 'any', values: ['Salesforce'] },
  { fact: 'openRoles', is: 'matches', values: ['SDR', 'Head of Growth'] },
  { fact: 'lastFundingDate', is: 'within-days', days: 180 },
  { fact: 'companyAge', is: 'at-most', value: 5 },
  { fact: 'jobCount', is: 'present' },
  { fact: 'keywords', is: 'matches', values: ['payroll'] },
  {},
] as const;

const criterion = fc.record({
  t: fc.integer({ min: 0, max: TESTS.length - 1 }),
  points: fc.integer({ min: 1, max: 60 }),
  required: fc.boolean(),
  signal: fc.boolean(),
});
const criteriaArb = fc.array(criterion, { minLength: 1, maxLength: 8 }).map((cs) =>
  cs.map(({ t, points, required, signal }) => {
    const test = TESTS[t]!;
    const layer = !('fact' in test) ? 'qualitative' : signal ? 'signal' : 'firmographic';
    return { ...test, points, required, layer };
  }),
);

const band = fc.record({ min: fc.integer({ min: 0, max: 5000 }), max: fc.option(fc.integer({ min: 5000, max: 20000 }), { nil: null }) });
const junk = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.array(fc.string()), fc.object());
const factsArb: fc.Arbitrary<ScoringFacts> = fc
  .record(
    {
      industry: fc.oneof(fc.constantFrom('Computer Software', 'Retail', 'Construction', 'Banking'), junk),
      employees: fc.oneof(fc.integer({ min: 0, max: 50_000 }), band, junk),
      employeeRange: band,
      revenue: fc.oneof(fc.integer({ min: 0, max: 2e9 }), band),
      hqCountry: fc.oneof(fc.constantFrom('US', 'Germany', 'BR', 'JP', 'Atlantis'), junk),
      fundingStage: fc.oneof(fc.constantFrom('Seed', 'Series B', 'IPO', 'Series unknown', 'debt'), junk),
      technologies: fc.oneof(fc.subarray(['HubSpot', 'Segment', 'Stripe', 'Salesforce', 'React']), junk),
      openRoles: fc.array(fc.constantFrom('Senior SDR', 'Head of Growth', 'Engineer', 'SDRs')),
      lastFundingDate: fc.oneof(fc.constantFrom('2026-10-01', '2025-01-01', '2030-01-01', '2026-02-30'), junk),
      foundedYear: fc.oneof(fc.integer({ min: 1900, max: 2030 }), junk),
      jobCount: fc.oneof(fc.nat(500), junk),
      description: fc.oneof(fc.constantFrom('Payroll for shift workers', 'Nothing here'), junk),
    },
    { requiredKeys: [] },
  )
  .map((values) => Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value }])));

const inRange = (x: number | null) => x === null || (Number.isInteger(x) && x >= 0 && x <= 100);

describe('scoring properties', () => {
  it('scores, fit, timing and range stay in 0–100; credit in 0–1; score inside its range', () => {
    fc.assert(
      fc.property(criteriaArb, factsArb, fc.dictionary(fc.constantFrom('c0', 'c1', 'c2'), fc.boolean()), (criteria, facts, answers) => {
        const r = scoreAccount({ facts, answers }, playbookOf(criteria), { today: TODAY }).results[0]!;
        expect(inRange(r.score) && inRange(r.fit) && inRange(r.timing)).toBe(true);
        expect(r.range[0]).toBeGreaterThanOrEqual(0);
        expect(r.range[1]).toBeLessThanOrEqual(100);
        expect(r.range[0]).toBeLessThanOrEqual(r.range[1]);
        if (r.score !== null) expect(r.range[0] <= r.score && r.score <= r.range[1]).toBe(true);
        expect(r.coverage >= 0 && r.coverage <= 1).toBe(true);
        for (const c of r.criteria) expect(c.credit >= 0 && c.credit <= 1 && Number.isFinite(c.earned)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('adding a matched criterion never lowers the range maximum (or the minimum)', () => {
    fc.assert(
      fc.property(criteriaArb, factsArb, fc.integer({ min: 1, max: 60 }), (criteria, facts, points) => {
        const before = scoreAccount({ facts }, playbookOf(criteria), { today: TODAY }).results[0]!;
        const added = [...criteria, { id: 'extra', layer: 'qualitative', points }];
        const after = scoreAccount({ facts, answers: { extra: true } }, playbookOf(added), { today: TODAY }).results[0]!;
        expect(after.criteria.at(-1)!.state).toBe('matched');
        expect(after.range[1]).toBeGreaterThanOrEqual(before.range[1]);
        expect(after.range[0]).toBeGreaterThanOrEqual(before.range[0]);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: same playbook and facts → same result, whatever was scored before', () => {
    fc.assert(
      fc.property(criteriaArb, factsArb, factsArb, (criteria, facts, other) => {
        const first = scoreAccount({ facts }, playbookOf(criteria), { today: TODAY });
        const pb = playbookOf(criteria);
        scoreAccount({ facts: other }, pb, { today: TODAY });
        const again = scoreAccount({ facts: structuredClone(facts) }, pb, { today: TODAY });
        expect(again).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary fact values', () => {
    const pb = playbookOf(TESTS.map((t) => ({ ...t, layer: 'fact' in t ? 'firmographic' : 'qualitative' })));
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.record({ value: fc.anything() })), (facts) => {
        expect(() => scoreAccount({ facts, person: { title: Object.keys(facts)[0] } }, pb, { today: TODAY })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
