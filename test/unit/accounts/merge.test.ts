import { describe, expect, it } from 'vitest';
import { applyObservation, mergeAccounts, supersedes } from '../../../lib/accounts/merge';
import type { StoredFact } from '../../../lib/accounts/account-row';

const fact = (source: StoredFact['source'], value: unknown, observedAt: number): StoredFact => ({
  value,
  source,
  evidence: [{ source, url: 'u', text: String(value) }],
  observedAt,
});

describe('fact precedence', () => {
  it('a rep edit beats any page, however recent', () => {
    expect(supersedes('industry', fact('linkedin-company-about', 'X', 9), fact('rep', 'Y', 1))).toBe(false);
    expect(supersedes('industry', fact('rep', 'Y', 1), fact('linkedin-company-about', 'X', 9))).toBe(true);
  });
  it('a more specific source beats a more recent, less specific one', () => {
    expect(supersedes('employeeRange', fact('linkedin-profile', 1, 9), fact('linkedin-company', 2, 1))).toBe(false);
  });
  it('the same source: the most recent wins', () => {
    expect(supersedes('industry', fact('linkedin-company', 'new', 9), fact('linkedin-company', 'old', 1))).toBe(true);
    expect(supersedes('industry', fact('linkedin-company', 'old', 1), fact('linkedin-company', 'new', 9))).toBe(false);
  });
  it('Crunchbase beats LinkedIn for funding, not for size', () => {
    expect(supersedes('fundingStage', fact('crunchbase-org', 'series-b', 1), fact('linkedin-company', 'series-a', 9))).toBe(true);
    expect(supersedes('employeeRange', fact('crunchbase-org', 1, 9), fact('linkedin-company', 2, 1))).toBe(false);
  });
});

describe('applying observations', () => {
  it('keeps the displaced evidence beside the new value', () => {
    const before = { industry: fact('linkedin-company', 'Computer Software', 1) };
    const after = applyObservation(before, { industry: { value: 'Software Development', evidence: { source: 'linkedin-company-about', url: 'u2', text: 'Software Development' } } }, 5);
    expect(after.industry?.value).toBe('Software Development');
    expect(after.industry?.evidence.map((e) => e.text)).toEqual(['Software Development', 'Computer Software']);
    expect(before.industry.value).toBe('Computer Software');
  });

  it('merging two accounts keeps every key and the better fact', () => {
    const a = { id: 'li:acme', keys: ['li:acme'], facts: { industry: fact('linkedin-company', 'Software Development', 5) }, firstSeenAt: 1, lastSeenAt: 5 };
    const b = { id: 'domain:acme.com', keys: ['domain:acme.com'], facts: { technologies: fact('company-website', ['HubSpot'], 7), industry: fact('company-website', 'Other', 8) }, firstSeenAt: 3, lastSeenAt: 8 };
    const m = mergeAccounts(a, b);
    expect(m.id).toBe('li:acme');
    expect(m.keys).toEqual(['domain:acme.com', 'li:acme']);
    expect(m.facts.industry?.value).toBe('Software Development');
    expect(m.facts.technologies?.value).toEqual(['HubSpot']);
    expect([m.firstSeenAt, m.lastSeenAt]).toEqual([1, 8]);
  });
});
