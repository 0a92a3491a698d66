import { describe, expect, it } from 'vitest';
import { clashingKey, place } from '../../../lib/accounts/conflicts';
import { pageIdentity } from '../../../lib/accounts/identity';
import { conflictSentence, keyLabel } from '../../../lib/accounts/identity-labels';
import { mergeAccounts } from '../../../lib/accounts/merge';
import type { PageObservation } from '../../../lib/facts/model';
import type { AccountRow } from '../../../lib/accounts/account-row';

const ev = { source: 'linkedin-company' as const, url: 'u', text: 't' };
const li = (slug: string, website?: string): PageObservation => ({
  pageType: 'linkedin-company',
  url: `https://www.linkedin.com/company/${slug}/`,
  facts: website ? { website: { value: website, evidence: ev } } : {},
  missing: [],
});
const account = (id: string, keys: string[], extra: Partial<AccountRow> = {}): AccountRow => ({ id, keys, facts: {}, firstSeenAt: 1, lastSeenAt: 1, ...extra });

describe('the page’s own key', () => {
  it.each([
    [li('x', 'https://victim.com'), 'li:x'],
    [{ pageType: 'company-website', url: 'https://www.acme.com/', facts: { linkedinUrl: { value: 'https://www.linkedin.com/company/acme/', evidence: ev } }, missing: [] } as PageObservation, 'domain:acme.com'],
    [{ pageType: 'crunchbase-org', url: 'https://www.crunchbase.com/organization/acme', facts: { website: { value: 'https://acme.com', evidence: ev } }, missing: [] } as PageObservation, 'cb:acme'],
    [{ pageType: 'salesnav-company', url: 'https://www.linkedin.com/sales/company/123', facts: { linkedinUrl: { value: 'https://www.linkedin.com/company/acme', evidence: ev } }, missing: [] } as PageObservation, 'sn:123'],
    // a profile has no key of its own: it is anchored on the company it links
    [{ pageType: 'linkedin-profile', url: 'https://www.linkedin.com/in/jane', facts: {}, person: { company: { linkedinUrl: 'https://www.linkedin.com/company/acme/' } }, missing: [] } as PageObservation, 'li:acme'],
  ])('%#: %s', (obs, own) => {
    expect(pageIdentity(obs)?.own).toBe(own);
  });
});

describe('placing an observation', () => {
  const victim = account('domain:victim.com', ['domain:victim.com', 'li:y'], { name: 'Victim' });

  it('a new page whose claim is held by an account with a LinkedIn page of its own: a new account, conflict on both', () => {
    const p = place([victim], pageIdentity(li('x', 'https://victim.com'))!, 'https://www.linkedin.com/company/x/', 5);
    expect([p.isNew, p.joined, p.home.id, p.add]).toEqual([true, false, 'li:x', ['li:x']]);
    expect(p.conflicts.map((c) => [c.accountId, c.conflict.otherAccountId, c.conflict.holderKey])).toEqual([
      ['li:x', 'domain:victim.com', 'li:y'],
      ['domain:victim.com', 'li:x', 'li:y'],
    ]);
  });

  it('two found accounts never merge, whichever holds the page’s own key', () => {
    const x = account('li:x', ['li:x']);
    const p = place([x, victim], pageIdentity(li('x', 'https://victim.com'))!, 'u', 5);
    expect([p.home.id, p.add, p.conflicts.length]).toEqual(['li:x', [], 2]);
  });

  it('kept apart: no conflict, and the key stays with the account that had it', () => {
    const x = account('li:x', ['li:x'], { keptApart: ['domain:victim.com'] });
    const p = place([x, victim], pageIdentity(li('x', 'https://victim.com'))!, 'u', 5);
    expect([p.add, p.conflicts]).toEqual([[], []]);
  });

  it('an account without a key of that kind is joined (and the join kept, to split it off)', () => {
    const site = account('domain:acme.com', ['domain:acme.com']);
    const p = place([site], pageIdentity(li('acme', 'https://acme.com'))!, 'u', 5);
    expect([p.home.id, p.joined, p.add, p.conflicts]).toEqual(['domain:acme.com', true, ['li:acme'], []]);
  });

  it('only LinkedIn, Sales Navigator and Crunchbase ids are one per company; domains are not', () => {
    expect(clashingKey(['li:y', 'domain:a.com'], 'li:x')).toBe('li:y');
    expect(clashingKey(['li:y', 'domain:a.com'], 'domain:b.com')).toBeUndefined();
    expect(clashingKey(['li:y'], 'li:y')).toBeUndefined();
  });
});

describe('how a conflict reads', () => {
  it('caps a hostile slug and keeps it text', () => {
    const label = keyLabel(`li:${'<b>'.repeat(500)}`);
    expect(label.length).toBeLessThanOrEqual(100);
    expect(label.startsWith('linkedin.com/company/<b>')).toBe(true);
  });
  it('names the holder by name when it has no key of the claimant’s kind', () => {
    const s = conflictSentence({ otherAccountId: 'domain:acme.com', key: 'domain:acme.com', claimant: 'li:acme', url: 'u', holderKey: 'domain:acme.com', holderName: 'Acme Inc', seenAt: 1 });
    expect(s).toBe('linkedin.com/company/acme says its website is acme.com, which you already know as Acme Inc.');
  });
});

describe('merging two accounts', () => {
  it('keeps the people of both (once each) and the other side’s evidence beside the shown value', () => {
    const fact = (value: string, at: number) => ({ value, source: 'linkedin-company' as const, evidence: [{ ...ev, text: value }], observedAt: at });
    const a = account('a', ['a'], { people: [{ name: 'Ann', title: 'CEO', savedAt: 1 }], facts: { industry: fact('Banking', 1) } });
    const b = account('b', ['b'], { people: [{ name: 'Bob', savedAt: 2 }, { name: 'Ann', title: 'CEO', savedAt: 0 }], facts: { industry: fact('Gambling', 2) } });
    const m = mergeAccounts(a, b);
    expect(m.people?.map((p) => p.name)).toEqual(['Bob', 'Ann']);
    expect(m.facts.industry?.value).toBe('Gambling');
    expect(m.facts.industry?.evidence.map((e) => e.text)).toEqual(['Gambling', 'Banking']);
  });
});
