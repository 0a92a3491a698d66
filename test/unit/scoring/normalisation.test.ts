import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { industryMatches, listIndustries } from '../../../lib/facts/industry';
import { toScoringFacts } from '../../../lib/scoring';
import { judge, scoreOne } from './helpers';

// The normaliser tables are tested by their owner; these prove scoring applies them on both sides.
describe('scoring through the normalisers', () => {
  it('industry: an ICP value and a company value meet whatever label era or spelling', () => {
    expect(judge({ fact: 'industry', is: 'in', values: ['software development'] }, { industry: 'Computer Software' }).state).toBe('matched');
    expect(judge({ fact: 'industry', is: 'in', values: ['Computer Software'] }, { industry: 'Software Development' }).state).toBe('matched');
    expect(judge({ fact: 'industry', is: 'in', values: ['Hospital & Health Care'] }, { industry: 'Hospitals and Health Care' }).state).toBe('matched');
    expect(judge({ fact: 'industry', is: 'in', values: ['Technology, Information and Internet'] }, { industry: 'Software Development' }).state).toBe('matched');
  });

  it('industry `in` agrees with industryMatches for any pair of known labels', () => {
    const labels = listIndustries();
    fc.assert(
      fc.property(fc.constantFrom(...labels), fc.constantFrom(...labels), (company, wanted) => {
        const got = judge({ fact: 'industry', is: 'in', values: [wanted] }, { industry: company }).state === 'matched';
        expect(got).toBe(industryMatches(company, wanted));
      }),
      { numRuns: 300 },
    );
  });

  it('industry text outside the taxonomy still matches itself', () => {
    expect(judge({ fact: 'industry', is: 'in', values: ['Quantum Widgets'] }, { industry: 'quantum widgets' }).state).toBe('matched');
    expect(judge({ fact: 'industry', is: 'in', values: ['Quantum Widgets'] }, { industry: 'Software Development' }).state).toBe('missed');
  });

  it('location: country names and codes, regions derived, country from the city or state', () => {
    expect(judge({ fact: 'hqCountry', is: 'in', values: ['US'] }, { hqCountry: 'United States' }).state).toBe('matched');
    expect(judge({ fact: 'hqRegion', is: 'in', values: ['uk-ireland'] }, { hqCountry: 'England' }).state).toBe('matched');
    expect(judge({ fact: 'hqRegion', is: 'in', values: ['emea'] }, { hqCountry: 'AE' }).state).toBe('matched');
    expect(judge({ fact: 'hqRegion', is: 'in', values: ['north-america'] }, { hqCity: 'San Francisco', hqState: 'CA' }).state).toBe('matched');
    expect(judge({ fact: 'hqCountry', is: 'in', values: ['DE'] }, { hqCity: 'Berlin' }).state).toBe('matched');
    expect(judge({ fact: 'hqRegion', is: 'in', values: ['nordics'] }, { hqRegion: 'nordics' }).state).toBe('matched');
    expect(judge({ fact: 'hqState', is: 'in', values: ['Bavaria'] }, { hqState: 'Bayern' }).state).toBe('matched');
  });

  it('an unknown country is unknown, not a different country', () => {
    expect(judge({ fact: 'hqRegion', is: 'in', values: ['europe'] }, { hqCountry: 'Atlantis' }).state).toBe('unknown');
  });

  it('funding stages: one ordered scale whatever the spelling', () => {
    expect(judge({ fact: 'fundingStage', is: 'in', values: ['Series B'] }, { fundingStage: 'series-b' }).state).toBe('matched');
    expect(judge({ fact: 'fundingStage', is: 'in', values: ['pre-seed'] }, { fundingStage: 'Angel' }).state).toBe('matched');
    expect(judge({ fact: 'fundingStage', is: 'at-least', value: 'private-equity' }, { fundingStage: 'IPO' }).state).toBe('matched');
  });

  it('company type: LinkedIn labels and short words', () => {
    expect(judge({ fact: 'companyType', is: 'in', values: ['Government Agency'] }, { companyType: 'government' }).state).toBe('matched');
    expect(judge({ fact: 'companyType', is: 'not-in', values: ['nonprofit'] }, { companyType: 'Privately Held' }).state).toBe('matched');
  });

  it('size and revenue bands as printed, via plain facts (CLI, import)', () => {
    const conv = (v: Record<string, unknown>) => toScoringFacts(v).facts;
    expect(conv({ employees: '51-200 employees' }).employees?.value).toEqual({ min: 51, max: 200 });
    expect(conv({ employees: '10,001+ employees' }).employees?.value).toEqual({ min: 10001, max: null });
    expect(conv({ employees: '10K+' }).employees?.value).toEqual({ min: 10000, max: null });
    expect(conv({ employees: '2K+ employees' }).employees?.value).toEqual({ min: 2000, max: null });
    expect(conv({ employees: '120' }).employees?.value).toBe(120);
    expect(conv({ revenue: '$10M-$50M' }).revenue?.value).toEqual({ min: 10_000_000, max: 50_000_000 });
    expect(conv({ revenue: '$500M - $1B' }).revenue?.value).toEqual({ min: 500_000_000, max: 1_000_000_000 });
    expect(conv({ revenue: '$12M' }).revenue?.value).toBe(12_000_000);
    const banded = scoreOne([{ fact: 'revenue', is: 'at-least', value: 30_000_000 }], {}, { facts: conv({ revenue: '$10M-$50M' }) });
    expect(banded.criteria[0]!.credit).toBeCloseTo((50_000_000 - 30_000_000 + 1) / (40_000_000 + 1), 12);
  });
});
