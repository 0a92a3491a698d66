import { describe, expect, it } from 'vitest';
import { growthPct, readingPair, withDerivedTiming } from '../../../lib/accounts/derived-timing';
import { recordHistory } from '../../../lib/accounts/history';
import type { StoredFact } from '../../../lib/accounts/account-row';
import type { ObservedFacts } from '../../../lib/facts/model';

const DAY = 86_400_000;
const SEP12 = Date.UTC(2026, 8, 12);
const DEC5 = Date.UTC(2026, 11, 5);
const URL = 'https://www.linkedin.com/company/acme/about/';
const seen = (employees: number, source: 'linkedin-company-about' | 'linkedin-company' = 'linkedin-company-about'): ObservedFacts => ({
  employees: { value: employees, evidence: { source, url: URL, text: `${employees} employees` } },
});

describe('timing facts derived from the history (issue 20)', () => {
  it('headcount growth from two readings at least 30 days apart, the evidence naming both and how far apart', () => {
    const h = recordHistory(recordHistory(undefined, seen(180), SEP12), seen(214), DEC5);
    const facts = withDerivedTiming({}, h, URL);
    expect(facts.headcountGrowth?.value).toBe(18.9);
    expect(facts.headcountGrowth?.derived).toBe(true);
    expect(facts.headcountGrowth?.observedAt).toBe(DEC5);
    expect(facts.headcountGrowth?.evidence[0]?.text).toBe('LinkedIn About tab, 12 Sept 2026: 180 employees; 5 Dec 2026: 214 (84 days apart)');
  });

  it('derives nothing from readings less than 30 days apart', () => {
    const h = recordHistory(recordHistory(undefined, seen(180), DEC5 - 29 * DAY), seen(214), DEC5);
    expect(readingPair(h.employees)).toBeNull();
    expect(withDerivedTiming({}, h, URL).headcountGrowth).toBeUndefined();
  });

  it('an unchanged count read 60 days apart is 0% growth (flat is a fact too)', () => {
    const h = recordHistory(recordHistory(undefined, seen(200), DEC5 - 60 * DAY), seen(200), DEC5);
    expect(withDerivedTiming({}, h, URL).headcountGrowth?.value).toBe(0);
  });

  it('compares with the latest reading old enough, and names each reading\'s own source', () => {
    let h = recordHistory(undefined, seen(100, 'linkedin-company'), DEC5 - 200 * DAY);
    h = recordHistory(h, seen(150, 'linkedin-company'), DEC5 - 40 * DAY);
    h = recordHistory(h, seen(160), DEC5 - 10 * DAY);
    h = recordHistory(h, seen(165), DEC5);
    const pair = readingPair(h.employees)!;
    expect(pair.old.value).toBe(150);
    expect(growthPct(pair)).toBe(10);
    expect(withDerivedTiming({}, h, URL).headcountGrowth?.evidence[0]?.text).toMatch(/^LinkedIn company page, .*: 150 employees; LinkedIn About tab, 5 Dec 2026: 165 \(40 days apart\)$/);
  });

  it('a growth the page stated itself is never replaced by a derived one', () => {
    const stated: StoredFact = { value: 12, source: 'salesnav-company', evidence: [], observedAt: DEC5 };
    const h = recordHistory(recordHistory(undefined, seen(180), SEP12), seen(214), DEC5);
    expect(withDerivedTiming({ headcountGrowth: stated }, h, URL).headcountGrowth).toBe(stated);
  });

  it('no growth from a count of zero', () => {
    const h = recordHistory(recordHistory(undefined, seen(0), SEP12), seen(5), DEC5);
    expect(withDerivedTiming({}, h, URL).headcountGrowth).toBeUndefined();
  });
});

describe('followers growth and open-jobs change (issue 20)', () => {
  const page = (followers: number, jobs: number): ObservedFacts => ({
    followers: { value: followers, evidence: { source: 'linkedin-company', url: URL, text: `${followers} followers` } },
    jobCount: { value: jobs, evidence: { source: 'linkedin-company-jobs', url: URL, text: `${jobs} jobs` } },
  });

  it('both derived from readings 30+ days apart, each naming its readings', () => {
    const h = recordHistory(recordHistory(undefined, page(5000, 12), SEP12), page(5500, 4), DEC5);
    const facts = withDerivedTiming({}, h, URL);
    expect(facts.followersGrowth?.value).toBe(10);
    expect(facts.followersGrowth?.evidence[0]?.text).toBe('LinkedIn company page, 12 Sept 2026: 5,000 followers; 5 Dec 2026: 5,500 (84 days apart)');
    expect(facts.jobCountChange?.value).toBe(-8);
    expect(facts.jobCountChange?.evidence[0]?.text).toBe('LinkedIn Jobs tab, 12 Sept 2026: 12 open jobs; 5 Dec 2026: 4 (84 days apart)');
    expect(facts.headcountGrowth).toBeUndefined();
  });

  it('an open-jobs change from zero jobs is a change, not a growth: no division by zero', () => {
    const h = recordHistory(recordHistory(undefined, page(0, 0), SEP12), page(10, 6), DEC5);
    const facts = withDerivedTiming({}, h, URL);
    expect(facts.jobCountChange?.value).toBe(6);
    expect(facts.followersGrowth).toBeUndefined();
  });
});
