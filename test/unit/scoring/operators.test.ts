import { describe, expect, it } from 'vitest';
import { judge } from './helpers';

// Every operator, on every kind of fact it applies to: [test, facts, expected state, expected credit].
type Case = [string, Record<string, unknown>, Record<string, unknown>, string, number];

const cases: Case[] = [
  // in / not-in on categories, through the normalisers
  ['in: old LinkedIn label = current label', { fact: 'industry', is: 'in', values: ['Software Development'] }, { industry: 'Computer Software' }, 'matched', 1],
  ['in: industry inside a listed group', { fact: 'industry', is: 'in', values: ['Manufacturing'] }, { industry: 'Machinery Manufacturing' }, 'matched', 1],
  ['in: a broader industry is not proof of a narrower one', { fact: 'industry', is: 'in', values: ['Banking'] }, { industry: 'Financial Services' }, 'missed', 0],
  ['in: other industry', { fact: 'industry', is: 'in', values: ['Construction'] }, { industry: 'Retail' }, 'missed', 0],
  ['not-in: industry listed', { fact: 'industry', is: 'not-in', values: ['Staffing and Recruiting'] }, { industry: 'staffing & recruiting' }, 'missed', 0],
  ['not-in: industry not listed', { fact: 'industry', is: 'not-in', values: ['Staffing and Recruiting'] }, { industry: 'Retail' }, 'matched', 1],
  ['in: country name = ISO code', { fact: 'hqCountry', is: 'in', values: ['Germany', 'FR'] }, { hqCountry: 'DE' }, 'matched', 1],
  ['in: region of the country', { fact: 'hqRegion', is: 'in', values: ['dach'] }, { hqCountry: 'Germany' }, 'matched', 1],
  ['not-in: region of the country', { fact: 'hqRegion', is: 'not-in', values: ['north-america'] }, { hqCountry: 'US' }, 'missed', 0],
  ['in: company type label', { fact: 'companyType', is: 'in', values: ['private'] }, { companyType: 'Privately Held' }, 'matched', 1],
  ['in: state name = code', { fact: 'hqState', is: 'in', values: ['California'] }, { hqState: 'CA' }, 'matched', 1],
  ['in: city, case and accents', { fact: 'hqCity', is: 'in', values: ['Zurich'] }, { hqCity: 'Zürich' }, 'matched', 1],
  ['in: funding stage spellings', { fact: 'fundingStage', is: 'in', values: ['series-b'] }, { fundingStage: 'Series B' }, 'matched', 1],
  ['in: numbers, exact', { fact: 'jobCount', is: 'in', values: [3, 5] }, { jobCount: 5 }, 'matched', 1],
  ['not-in: numbers', { fact: 'jobCount', is: 'not-in', values: [0] }, { jobCount: 0 }, 'missed', 0],
  ['in on a list = any of', { fact: 'technologies', is: 'in', values: ['HubSpot'] }, { technologies: ['hubspot', 'React'] }, 'matched', 1],
  ['not-in on a list = none of', { fact: 'technologies', is: 'not-in', values: ['Salesforce'] }, { technologies: ['HubSpot'] }, 'matched', 1],
  ['not-in on a list, one present', { fact: 'technologies', is: 'not-in', values: ['Salesforce', 'Pipedrive'] }, { technologies: ['Salesforce'] }, 'missed', 0],
  // numbers
  ['between inclusive low', { fact: 'employees', is: 'between', min: 20, max: 150 }, { employees: 20 }, 'matched', 1],
  ['between inclusive high', { fact: 'employees', is: 'between', min: 20, max: 150 }, { employees: 150 }, 'matched', 1],
  ['between outside', { fact: 'employees', is: 'between', min: 20, max: 150 }, { employees: 151 }, 'missed', 0],
  ['at-least equal', { fact: 'jobCount', is: 'at-least', value: 10 }, { jobCount: 10 }, 'matched', 1],
  ['at-least below', { fact: 'jobCount', is: 'at-least', value: 10 }, { jobCount: 9 }, 'missed', 0],
  ['at-most equal', { fact: 'followers', is: 'at-most', value: 1000 }, { followers: 1000 }, 'matched', 1],
  ['above is strict', { fact: 'jobCount', is: 'above', value: 10 }, { jobCount: 10 }, 'missed', 0],
  ['above', { fact: 'jobCount', is: 'above', value: 10 }, { jobCount: 11 }, 'matched', 1],
  ['below is strict', { fact: 'employees', is: 'below', value: 50 }, { employees: 50 }, 'missed', 0],
  ['below', { fact: 'employees', is: 'below', value: 50 }, { employees: 49 }, 'matched', 1],
  ['negative growth', { fact: 'headcountGrowth', is: 'at-least', value: 10 }, { headcountGrowth: -5 }, 'missed', 0],
  ['revenue between (USD)', { fact: 'revenue', is: 'between', min: 50_000_000, max: 1_000_000_000 }, { revenue: 120_000_000 }, 'matched', 1],
  ['money facts', { fact: 'lastFundingAmount', is: 'at-least', value: 5_000_000 }, { lastFundingAmount: 4_999_999 }, 'missed', 0],
  ['totalFunding', { fact: 'totalFunding', is: 'below', value: 20_000_000 }, { totalFunding: 12_000_000 }, 'matched', 1],
  ['foundedYear', { fact: 'foundedYear', is: 'at-least', value: 2015 }, { foundedYear: 2019 }, 'matched', 1],
  ['companyAge from foundedYear and today', { fact: 'companyAge', is: 'at-most', value: 5 }, { foundedYear: 2021 }, 'matched', 1],
  ['companyAge: 6 years is not ≤ 5', { fact: 'companyAge', is: 'at-most', value: 5 }, { foundedYear: 2020 }, 'missed', 0],
  // funding stages on their ordered scale
  ['stage at-least', { fact: 'fundingStage', is: 'at-least', value: 'series-a' }, { fundingStage: 'Series B' }, 'matched', 1],
  ['stage at-least, earlier', { fact: 'fundingStage', is: 'at-least', value: 'Series A' }, { fundingStage: 'Seed' }, 'missed', 0],
  ['stage at-most', { fact: 'fundingStage', is: 'at-most', value: 'series-b' }, { fundingStage: 'Pre-seed' }, 'matched', 1],
  ['stage between', { fact: 'fundingStage', is: 'between', min: 'seed', max: 'series-b' }, { fundingStage: 'series-a' }, 'matched', 1],
  ['stage between, outside', { fact: 'fundingStage', is: 'between', min: 'seed', max: 'series-b' }, { fundingStage: 'IPO' }, 'missed', 0],
  ['stage above is strict', { fact: 'fundingStage', is: 'above', value: 'series-b' }, { fundingStage: 'Series B' }, 'missed', 0],
  ['stage below', { fact: 'fundingStage', is: 'below', value: 'series-b' }, { fundingStage: 'Series A' }, 'matched', 1],
  ['unranked stage cannot be compared', { fact: 'fundingStage', is: 'at-least', value: 'seed' }, { fundingStage: 'Series unknown' }, 'unknown', 0],
  ['public ranks above private equity', { fact: 'fundingStage', is: 'above', value: 'private-equity' }, { fundingStage: 'IPO' }, 'matched', 1],
  // lists
  ['any: one of them', { fact: 'technologies', is: 'any', values: ['HubSpot', 'Salesforce'] }, { technologies: ['Salesforce'] }, 'matched', 1],
  ['any: none', { fact: 'technologies', is: 'any', values: ['HubSpot', 'Salesforce'] }, { technologies: ['React'] }, 'missed', 0],
  ['all: every one', { fact: 'technologies', is: 'all', values: ['HubSpot', 'Segment'] }, { technologies: ['Segment', 'HubSpot', 'React'] }, 'matched', 1],
  ['all: some → partial share', { fact: 'technologies', is: 'all', values: ['HubSpot', 'Segment', 'Stripe', 'Intercom'] }, { technologies: ['Segment'] }, 'partial', 0.25],
  ['all: empty list', { fact: 'technologies', is: 'all', values: ['HubSpot'] }, { technologies: [] }, 'missed', 0],
  // matches: whole words, case-insensitive, on lists and text
  ['matches a role', { fact: 'openRoles', is: 'matches', values: ['SDR'] }, { openRoles: ['Senior SDR (EMEA)'] }, 'matched', 1],
  ['matches is whole-word', { fact: 'openRoles', is: 'matches', values: ['SDR'] }, { openRoles: ['SDRs Lead', 'Backend Engineer'] }, 'missed', 0],
  ['matches is case-insensitive and multi-word', { fact: 'openRoles', is: 'matches', values: ['Head of Growth'] }, { openRoles: ['head of growth, EU'] }, 'matched', 1],
  ['matches keywords text', { fact: 'keywords', is: 'matches', values: ['payroll'] }, { description: 'Payroll and HR for shift workers' }, 'matched', 1],
  ['matches specialties in keywords', { fact: 'keywords', is: 'matches', values: ['field service'] }, { specialties: ['Field Service', 'Dispatch'] }, 'matched', 1],
  ['matches tagline, no hit', { fact: 'keywords', is: 'matches', values: ['fintech'] }, { tagline: 'Ops software for fintechs' }, 'missed', 0],
  ['matches: regex characters are literal', { fact: 'technologies', is: 'matches', values: ['C++'] }, { technologies: ['C++'] }, 'matched', 1],
  ['matches: a dot is not a wildcard', { fact: 'technologies', is: 'matches', values: ['Node.js'] }, { technologies: ['Nodexjs'] }, 'missed', 0],
  ['matches on a category', { fact: 'industry', is: 'matches', values: ['software'] }, { industry: 'Software Development' }, 'matched', 1],
  // dates
  ['within-days, inside', { fact: 'lastFundingDate', is: 'within-days', days: 180 }, { lastFundingDate: '2026-09-01' }, 'matched', 1],
  ['within-days, exactly N days is inside', { fact: 'lastFundingDate', is: 'within-days', days: 10 }, { lastFundingDate: '2026-11-13' }, 'matched', 1],
  ['within-days, N+1 days is outside', { fact: 'lastFundingDate', is: 'within-days', days: 10 }, { lastFundingDate: '2026-11-12' }, 'missed', 0],
  ['within-days, an impossible date is unknown', { fact: 'lastFundingDate', is: 'within-days', days: 10 }, { lastFundingDate: '2026-02-30' }, 'unknown', 0],
  // present / absent
  ['present', { fact: 'technologies', is: 'present' }, { technologies: ['React'] }, 'matched', 1],
  ['present, empty list', { fact: 'technologies', is: 'present' }, { technologies: [] }, 'missed', 0],
  ['absent, empty list', { fact: 'technologies', is: 'absent' }, { technologies: [] }, 'matched', 1],
  ['absent, known none (null)', { fact: 'lastFundingDate', is: 'absent' }, { lastFundingDate: null }, 'matched', 1],
  ['present, known none (null)', { fact: 'totalFunding', is: 'present' }, { totalFunding: null }, 'missed', 0],
  ['absent, a value', { fact: 'jobCount', is: 'absent' }, { jobCount: 4 }, 'missed', 0],
  ['any on a list known to be none', { fact: 'technologies', is: 'any', values: ['HubSpot'] }, { technologies: null }, 'missed', 0],
  ['a number test on a value known to be none stays unknown', { fact: 'jobCount', is: 'at-least', value: 1 }, { jobCount: null }, 'unknown', 0],
];

describe('operators', () => {
  it.each(cases)('%s', (_name, test, values, state, credit) => {
    const got = judge(test, values);
    expect(got.state).toBe(state);
    expect(got.credit).toBeCloseTo(credit, 10);
  });

  // Unknown is not false: the same tests with nothing known are unknown, never missed.
  it.each(cases.filter(([, test]) => test.is !== 'absent' && test.fact !== 'keywords'))('%s — unknown when the fact is missing', (_name, test) => {
    expect(judge(test, {}).state).toBe('unknown');
  });

  it('a value of the wrong type is unknown, not an error', () => {
    expect(judge({ fact: 'employees', is: 'at-least', value: 10 }, { employees: 'lots' }).state).toBe('unknown');
    expect(judge({ fact: 'technologies', is: 'any', values: ['x'] }, { technologies: 'x' }).state).toBe('unknown');
    expect(judge({ fact: 'lastFundingDate', is: 'within-days', days: 5 }, { lastFundingDate: 20261120 }).state).toBe('unknown');
  });
});
