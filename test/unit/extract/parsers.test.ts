import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../lib/extract/core/dates';
import { parseHeadline } from '../../../lib/extract/core/headline';
import { parseJson } from '../../../lib/extract/core/json';
import { crunchbaseOrgUrl, linkedinCompanyUrl, normaliseWebsite, unwrapRedirect, websiteFromText } from '../../../lib/extract/core/urls';
import { registrableDomain } from '../../../lib/facts/registrable-domain';
import { splitSpecialties } from '../../../lib/extract/linkedin/company-details';
import { currentCompanyFromAria } from '../../../lib/extract/linkedin/profile';
import { parseGrowth } from '../../../lib/extract/salesnav';
import { parseUsAddressLine } from '../../../lib/extract/website/address';

describe('headline → title and company', () => {
  it.each([
    ['Founder & CPO @ MavenAGI | Ex-Google', { title: 'Founder & CPO', company: 'MavenAGI' }],
    ['Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential', { title: 'Tech Education Lead, Tech Expert & Frontend Dev', company: 'Novare Potential' }],
    ['Software Engineer at Google', { title: 'Software Engineer', company: 'Google' }],
    ['Head of Growth at Scale at Acme', { title: 'Head of Growth at Scale', company: 'Acme' }],
    ['CEO @Acme', { title: 'CEO', company: 'Acme' }],
    ['VP Sales | SaaS | Ex-Oracle', { title: 'VP Sales' }],
    ['Engineering leader · Robotics', { title: 'Engineering leader' }],
    ['', {}],
  ])('%s', (headline, want) => expect(parseHeadline(headline)).toEqual(want));

  it('reads the 2024 aria-label', () => {
    expect(currentCompanyFromAria('Current company: Novare Potential. Click to skip to experience card')).toBe('Novare Potential');
    expect(currentCompanyFromAria('Current company: A.I. Labs Inc.. Click to skip to experience card')).toBe('A.I. Labs Inc.');
    expect(currentCompanyFromAria('Education: KTH')).toBe('');
  });
});

describe('URLs from the page', () => {
  it('unwraps LinkedIn’s redirect and refuses non-http schemes', () => {
    expect(unwrapRedirect('https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww%2Eacme%2Eio&urlhash=x')).toBe('https://www.acme.io');
    expect(unwrapRedirect('https://www.linkedin.com/redir/redirect?url=javascript%3Aalert(1)')).toBe('');
    expect(unwrapRedirect('javascript:alert(1)')).toBe('');
    expect(unwrapRedirect('data:text/html,hi')).toBe('');
  });

  it.each([
    ['https://www.Acme.com/?utm_source=linkedin&utm_medium=x', 'https://www.acme.com'],
    ['https://acme.com/careers/?trk=about', 'https://acme.com/careers'],
    ['http://www.facebook.com/careers', 'http://www.facebook.com/careers'],
    ['https://acme.com/start?plan=pro#top', 'https://acme.com/start?plan=pro'],
    ['https://www.linkedin.com/company/acme', null],
    ['https://localhost/', null],
    ['ftp://acme.com', null],
  ])('normaliseWebsite(%s) = %s', (input, want) => expect(normaliseWebsite(input)).toBe(want));

  it('reads a visible website text, taking a bare host as https', () => {
    expect(websiteFromText('dashboard.audiense.com/app/signup/insights')).toBe('https://dashboard.audiense.com/app/signup/insights');
    expect(websiteFromText('https://quillstone.io')).toBe('https://quillstone.io');
    expect(websiteFromText('Visit our website')).toBeNull();
  });

  it.each([
    ['https://dashboard.audiense.com/app', 'audiense.com'],
    ['https://www.brightwave.co.uk', 'brightwave.co.uk'],
    ['github.blog', 'github.blog'],
    ['https://shop.acme.com.au/x', 'acme.com.au'],
    ['https://www.linkedin.com/company/acme', null],
    ['https://192.168.0.1/', null],
    ['', null],
  ])('registrableDomain(%s) = %s', (input, want) => expect(registrableDomain(input)).toBe(want));

  it('canonicalises company links', () => {
    expect(linkedinCompanyUrl('https://se.linkedin.com/company/Novare-Potential?trk=x')).toBe('https://www.linkedin.com/company/novare-potential');
    expect(linkedinCompanyUrl('/company/10529043/', 'https://www.linkedin.com/')).toBe('https://www.linkedin.com/company/10529043');
    expect(linkedinCompanyUrl('https://evil.com/company/acme')).toBeNull();
    expect(linkedinCompanyUrl('https://www.linkedin.com/in/jane')).toBeNull();
    expect(crunchbaseOrgUrl('https://www.crunchbase.com/organization/socialbro/funding_rounds/x?utm_source=li')).toBe('https://www.crunchbase.com/organization/socialbro');
    expect(crunchbaseOrgUrl('https://www.crunchbase.com/funding_round/socialbro-series-a')).toBeNull();
  });
});

describe('small parsers', () => {
  it('splits LinkedIn specialties lists', () => {
    expect(splitSpecialties('Payroll, Benefits Administration, and Compliance')).toEqual(['Payroll', 'Benefits Administration', 'Compliance']);
    expect(splitSpecialties('Research and Development')).toEqual(['Research and Development']);
  });

  it.each([
    ['Mar 14, 2024', '2024-03-14'],
    ['14 March 2024', '2024-03-14'],
    ['2012-03-10T00:00:00Z', '2012-03-10'],
    ['Mar 2016', null],
    ['Feb 31, 2024', null],
    ['Feb 29, 2024', '2024-02-29'],
    ['yesterday', null],
  ])('parseDate(%s) = %s', (input, want) => expect(parseDate(input)).toBe(want));

  it('reads headcount growth with its sign', () => {
    expect(parseGrowth('12% increase (1 year)')).toBe(12);
    expect(parseGrowth('4% decrease (1 year)')).toBe(-4);
    expect(parseGrowth('-3.5%')).toBe(-3.5);
    expect(parseGrowth('stable')).toBeNull();
  });

  it('reads a US address line only with a real state and ZIP', () => {
    expect(parseUsAddressLine('Durham, NC 27701')).toEqual({ city: 'Durham', state: 'NC', country: 'US' });
    expect(parseUsAddressLine('Suite 2 Durham, NC 27701')).toEqual({ city: 'Durham', state: 'NC', country: 'US' });
    expect(parseUsAddressLine('Salt Lake City, UT 84101-1234, USA')).toEqual({ city: 'Salt Lake City', state: 'UT', country: 'US' });
    expect(parseUsAddressLine('Bristol, BS 12345')).toBeNull();
    expect(parseUsAddressLine('79111 Freiburg im Breisgau')).toBeNull();
  });

  it('parses JSON without prototype keys, within limits', () => {
    const v = parseJson('{"__proto__":{"x":1},"constructor":1,"a":{"b":[1,2,{"c":"d"}]}}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['a']);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(parseJson('{bad')).toBeUndefined();
    expect(parseJson('x'.repeat(1_000_001))).toBeUndefined();
  });
});
