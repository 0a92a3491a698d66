import { describe, expect, it } from 'vitest';
import { analyze, type Pattern } from '../../../lib/insights/analyze';
import { detectMapping } from '../../../lib/insights/columns';
import type { OutcomeRecord } from '../../../lib/insights/record';
import { toRecords } from '../../../lib/insights/records';
import { fisherOneSided, logFactorials } from '../../../lib/insights/stats';
import { HEADER, shuffledOutcomes, syntheticRows } from './synthetic';

const records = (rows: string[][]) => toRecords(HEADER, rows, detectMapping(HEADER)).records;
const find = (ps: Pattern[], attribute: string, label: string) => ps.find((p) => p.attribute === attribute && p.label === label);
const rec = (outcome: OutcomeRecord['outcome'], industry: string, i: number): OutcomeRecord => ({ id: `r${i}`, outcome, facts: { industry: { value: industry } } });

describe('analyze: planted patterns', () => {
  const a = analyze(records(syntheticRows({ n: 600, seed: 1, planted: true })));

  it('finds what wins, with strong evidence, at the top', () => {
    expect(a.counts).toMatchObject({ records: 600, won: 218, lost: 382, positive: 218, negative: 382 });
    const software = find(a.patterns, 'industry', 'Software Development')!;
    expect(software).toMatchObject({ confidence: 'strong', won: 154, wonKnown: 218, lost: 53, lostKnown: 382 });
    expect(software.shareWon).toBeCloseTo(154 / 218);
    expect(software.lift).toBeGreaterThan(4);
    expect(a.patterns[0]).toBe(software);
    expect(find(a.patterns, 'technologies', 'HubSpot')).toMatchObject({ confidence: 'strong' });
    const size = a.patterns.find((p) => p.attribute === 'employees' && p.lift > 2)!;
    expect(size.confidence).toBe('strong');
    // the planted 50–500 band: the strongest employee range lies inside it
    expect(size.range!.min).toBeGreaterThanOrEqual(50);
    expect(size.range!.max).toBeLessThanOrEqual(500);
  });

  it('finds what loses: Government Administration never wins', () => {
    expect(find(a.patterns, 'industry', 'Government Administration')).toMatchObject({ won: 0, confidence: 'strong' });
    expect(find(a.patterns, 'industry', 'Government Administration')!.lift).toBeLessThan(0.1);
  });

  it('does not call the unplanted attribute (country) strong', () => {
    expect(a.patterns.filter((p) => p.attribute === 'hqCountry' || p.attribute === 'hqRegion').every((p) => p.confidence === 'weak')).toBe(true);
    expect(a.warnings).toEqual([]);
  });

  it('gives the won accounts’ percentiles for the draft ranges', () => {
    expect(a.numbers.employees!.known).toBe(218);
    expect(a.numbers.employees!.p10).toBeLessThan(a.numbers.employees!.p50);
    expect(a.coverage.industry).toBe(1);
  });
});

describe('analyze: no pattern to find', () => {
  it.each([3, 11, 29, 47, 101])('shuffled outcomes (seed %i): nothing is reported with evidence', (seed) => {
    const rows = shuffledOutcomes(syntheticRows({ n: 600, seed, planted: true }), seed * 7);
    const a = analyze(records(rows));
    expect(a.patterns.length).toBeGreaterThan(20);
    expect(a.patterns.filter((p) => p.confidence !== 'weak').map((p) => p.label)).toEqual([]);
  });

  it('independent outcomes on 5,000 rows: still nothing', () => {
    const a = analyze(records(syntheticRows({ n: 5000, seed: 5, planted: false })));
    expect(a.patterns.filter((p) => p.confidence !== 'weak')).toEqual([]);
  });
});

describe('analyze: small data', () => {
  it('a 3-account pattern is never more than weak, and fewer than 20 won accounts are said plainly', () => {
    const rs = [...[0, 1, 2].map((i) => rec('won', 'Banking', i)), ...[3, 4, 5, 6, 7, 8].map((i) => rec('lost', 'Retail', i))];
    const a = analyze(rs);
    expect(find(a.patterns, 'industry', 'Banking')).toMatchObject({ won: 3, lost: 0, confidence: 'weak' });
    expect(a.warnings[0]).toBe('Only 3 won accounts — fewer than 20: too few to tell a pattern from chance. Treat what follows as a hint and add more closed deals before relying on it.');
    expect(a.warnings[1]).toBe('Only 6 lost accounts: the comparison is rough.');
  });

  it('no lost accounts: won ones are compared with open ones, and it says so', () => {
    const rs = [...Array.from({ length: 30 }, (_, i) => rec('won', 'Banking', i)), ...Array.from({ length: 60 }, (_, i) => rec('open', i % 2 ? 'Retail' : 'Banking', 100 + i))];
    const a = analyze(rs);
    expect(a.baseline).toBe('open');
    expect(a.warnings).toContain('No lost or churned accounts: won accounts are compared with the open ones instead, which says less (some open deals will be won).');
    expect(find(a.patterns, 'industry', 'Banking')).toMatchObject({ won: 30, lost: 30, lostKnown: 60, confidence: 'strong' });
  });

  it('no records at all: counts of zero and a warning, no crash', () => {
    const a = analyze([]);
    expect(a.patterns).toEqual([]);
    expect(a.warnings[0]).toMatch(/^Only 0 won accounts/);
  });
});

describe('fisherOneSided', () => {
  const lf = logFactorials(100);
  it('matches the exact hypergeometric tail (R: fisher.test(matrix(c(3,1,1,3),2), alternative="greater"))', () => {
    expect(fisherOneSided(3, 1, 4, 4, true, lf)).toBeCloseTo(0.2429, 4);
  });
  it('is 1 with no difference in the other direction and tiny for a clean split', () => {
    expect(fisherOneSided(0, 10, 10, 10, true, lf)).toBeCloseTo(1, 6);
    expect(fisherOneSided(10, 0, 10, 10, true, lf)).toBeLessThan(1e-5);
  });
});
