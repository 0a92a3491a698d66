import { describe, expect, it } from 'vitest';
import { ScoringFactsInput, toScoringFacts } from '../../../lib/scoring';

describe('toScoringFacts (plain objects and CSV rows)', () => {
  it('reads numbers, lists, countries and dates as a manager writes them', () => {
    const { facts, issues } = toScoringFacts({
      employees: 120,
      technologies: 'HubSpot; Segment ;',
      openRoles: ['SDR'],
      hqCountry: 'Germany',
      jobCount: '1.5K',
      headcountGrowth: '12%',
      lastFundingAmount: '$4.8M',
      lastFundingDate: '2026-09-01',
      foundedYear: '2019',
      hqRegion: 'dach; europe',
    });
    expect(issues).toEqual([]);
    expect(Object.fromEntries(Object.entries(facts).map(([k, f]) => [k, f!.value]))).toEqual({
      employees: 120,
      technologies: ['HubSpot', 'Segment'],
      openRoles: ['SDR'],
      hqCountry: 'DE',
      jobCount: 1500,
      headcountGrowth: 12,
      lastFundingAmount: 4_800_000,
      lastFundingDate: '2026-09-01',
      foundedYear: 2019,
      hqRegion: ['dach', 'europe'],
    });
    expect(facts.employees?.source).toBe('import');
  });

  it('empty means unknown; null means known to be none', () => {
    const { facts } = toScoringFacts({ industry: '', technologies: null });
    expect(facts.industry).toBeUndefined();
    expect(facts.technologies).toEqual({ value: null, source: 'import' });
  });

  it('reports what it cannot read and leaves that fact unknown, never guessed', () => {
    const { facts, issues } = toScoringFacts({ hqCountry: 'Atlantis', revenue: '€12M', lastFundingDate: 'last spring', colour: 'blue', employees: -5 });
    expect(Object.keys(facts)).toEqual([]);
    expect(issues.map((i) => i.fact)).toEqual(['hqCountry', 'revenue', 'lastFundingDate', 'colour', 'employees']);
  });

  it('the strict input schema names unknown facts and wrong types', () => {
    expect(ScoringFactsInput.safeParse({ employees: { value: { min: 51, max: 200 } } }).success).toBe(true);
    expect(ScoringFactsInput.safeParse({ employees: { value: 'many' } }).success).toBe(false);
    expect(ScoringFactsInput.safeParse({ favourite: { value: 1 } }).success).toBe(false);
  });
});
