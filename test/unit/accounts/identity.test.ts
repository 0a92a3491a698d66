import { describe, expect, it } from 'vitest';
import { crunchbaseKey, domainKey, identityKeys, linkedinKey, salesNavKey } from '../../../lib/accounts/identity';
import type { PageObservation } from '../../../lib/facts/model';

describe('identity keys', () => {
  it.each([
    ['https://www.Acme.com/about', 'domain:acme.com'],
    ['acme.io', 'domain:acme.io'],
    ['http://www2.example.co.uk/', 'domain:example.co.uk'],
    ['https://www.linkedin.com/company/acme/', null],
    ['https://www.crunchbase.com/organization/acme', null],
    ['javascript:alert(1)', null],
    ['localhost', null],
    ['', null],
  ])('domainKey(%s) = %s', (input, expected) => expect(domainKey(input)).toBe(expected));

  it.each([
    ['https://uk.linkedin.com/company/Acme-Inc/about/', 'li:acme-inc'],
    ['https://www.linkedin.com/company/10529043/', 'li:10529043'],
    ['https://www.linkedin.com/showcase/acme-labs', 'li:acme-labs'],
    ['https://www.linkedin.com/in/jane-doe/', null],
    ['https://evil.com/company/acme', null],
    ['https://www.linkedin.com/company/caf%C3%A9-inc/', 'li:café-inc'],
    // a malformed escape (a CRM cell, an odd address) is kept as written, not thrown
    ['https://www.linkedin.com/company/100%/', 'li:100%'],
    ['linkedin.com/company/%E0', 'li:%e0'],
  ])('linkedinKey(%s) = %s', (input, expected) => expect(linkedinKey(input)).toBe(expected));

  it('reads Sales Navigator and Crunchbase ids', () => {
    expect(salesNavKey('https://www.linkedin.com/sales/company/1234?x=1')).toBe('sn:1234');
    expect(crunchbaseKey('https://www.crunchbase.com/organization/acme-inc')).toBe('cb:acme-inc');
  });

  const ev = { source: 'linkedin-company' as const, url: 'u', text: 't' };
  it('keys a LinkedIn company page by its slug and its website domain', () => {
    const obs: PageObservation = {
      pageType: 'linkedin-company',
      url: 'https://www.linkedin.com/company/acme/',
      facts: { website: { value: 'https://www.acme.com', evidence: ev } },
      missing: [],
    };
    expect(identityKeys(obs)).toEqual(['domain:acme.com', 'li:acme']);
  });

  it('keys a profile by its current company link only', () => {
    const obs: PageObservation = {
      pageType: 'linkedin-profile',
      url: 'https://www.linkedin.com/in/jane/',
      facts: {},
      person: { name: 'Jane', company: { name: 'Acme', linkedinUrl: 'https://www.linkedin.com/company/acme/' } },
      missing: [],
    };
    expect(identityKeys(obs)).toEqual(['li:acme']);
    expect(identityKeys({ ...obs, person: { name: 'Jane' } })).toEqual([]);
  });

  it('keys a company website by its own domain when it names no other', () => {
    const obs: PageObservation = { pageType: 'company-website', url: 'https://www.acme.com/pricing', facts: {}, missing: [] };
    expect(identityKeys(obs)).toEqual(['domain:acme.com']);
  });
});
