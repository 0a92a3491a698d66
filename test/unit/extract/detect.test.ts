// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detectPage, expectedFacts, isComplete, isRecognised } from '../../../lib/extract';
import type { PageObservation } from '../../../lib/facts/model';
import { parse } from './helpers';

const blank = parse('<html><body></body></html>');

describe('detectPage by URL', () => {
  it.each([
    ['https://www.linkedin.com/company/acme/', 'linkedin-company'],
    ['https://uk.linkedin.com/company/acme', 'linkedin-company'],
    ['https://www.linkedin.com/company/10529043/', 'linkedin-company'],
    ['https://www.linkedin.com/company/acme/posts/?feedView=all', 'linkedin-company'],
    ['https://www.linkedin.com/showcase/acme-labs/', 'linkedin-company'],
    ['https://www.linkedin.com/company/acme/about/', 'linkedin-company-about'],
    ['https://de.linkedin.com/company/acme/jobs/', 'linkedin-company-jobs'],
    ['https://www.linkedin.com/company/10529043/people/?keywords=sales', 'linkedin-company-people'],
    ['https://www.linkedin.com/in/jane-doe/', 'linkedin-profile'],
    ['https://se.linkedin.com/in/eduardo-alvarez-nowak', 'linkedin-profile'],
    ['https://www.linkedin.com/sales/company/1837465', 'salesnav-company'],
    ['https://www.linkedin.com/sales/lead/ACwAAA1,NAME_SEARCH,x9Yz', 'salesnav-lead'],
    ['https://www.linkedin.com/search/results/people/?keywords=revops&origin=GLOBAL_SEARCH_HEADER', 'linkedin-search-people'],
    ['https://de.linkedin.com/search/results/companies/?keywords=ledger', 'linkedin-search-companies'],
    ['https://www.linkedin.com/search/results/all/?keywords=acme', 'linkedin-search-all'],
    ['https://www.linkedin.com/search/results/content/?keywords=acme', 'unknown'],
    ['https://www.linkedin.com/sales/search/people?query=(keywords%3Arevops)', 'salesnav-lead-list'],
    ['https://www.linkedin.com/sales/lists/people/7123456789?sortCriteria=CREATED_TIME', 'salesnav-lead-list'],
    ['https://www.linkedin.com/sales/search/company?query=(filters%3AList())', 'salesnav-account-list'],
    ['https://www.linkedin.com/sales/lists/company/7123456789', 'salesnav-account-list'],
    ['https://www.linkedin.com/jobs/view/4207705658/', 'linkedin-job'],
    ['https://es.linkedin.com/jobs/view/vendedor-a-at-mango-4207705658', 'linkedin-job'],
    ['https://www.linkedin.com/jobs/search/?currentJobId=4012345678&keywords=sdr', 'linkedin-jobs-search'],
    ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345678', 'linkedin-jobs-search'],
    ['https://www.linkedin.com/jobs/', 'unknown'],
    ['https://www.linkedin.com/feed/', 'unknown'],
    ['https://www.linkedin.com/', 'unknown'],
    ['https://www.crunchbase.com/organization/lumen-ledger', 'crunchbase-org'],
    ['https://www.crunchbase.com/discover/organization.companies', 'unknown'],
    ['https://www.acme.com/pricing', 'company-website'],
    ['http://evil.example/company/acme', 'company-website'],
    ['https://evil-linkedin.com/company/acme', 'company-website'],
  ])('%s → %s', (url, type) => expect(detectPage(url, blank)).toBe(type));
});

describe('detectPage by markup when the URL says nothing', () => {
  it.each([
    ['<meta name="pageKey" content="d_org_guest_company_overview">', 'linkedin-company'],
    ['<meta name="pageKey" content="public_profile_v3_desktop">', 'linkedin-profile'],
    ['<section class="org-top-card"><h1>Acme</h1></section>', 'linkedin-company'],
    ['<section class="org-top-card"></section><nav><a class="org-page-navigation__item-anchor active" href="/company/acme/about/">About</a></nav>', 'linkedin-company-about'],
    ['<div class="pv-text-details__left-panel"><h1>Jane</h1></div>', 'linkedin-profile'],
    ['<h1 data-anonymize="company-name">Acme</h1>', 'salesnav-company'],
    ['<h1 data-anonymize="person-name">Jane</h1>', 'salesnav-lead'],
    ['<section data-view-name="job-details-about-company-module"><h2>About the company</h2></section>', 'linkedin-job'],
    ['<li data-occludable-job-id="1"></li><section class="jobs-company"></section>', 'linkedin-jobs-search'],
    ['<div data-chameleon-result-urn="urn:li:member:1"></div>', 'linkedin-search-all'],
    ['<div role="listitem"><a data-view-name="search-result-lockup-title" href="https://www.linkedin.com/in/x/">X</a></div>', 'linkedin-search-all'],
    ['<meta property="og:site_name" content="Acme">', 'company-website'],
    ['<p>hello</p>', 'unknown'],
  ])('%s → %s', (html, type) => {
    expect(detectPage('', parse(html))).toBe(type);
    expect(detectPage('file:///tmp/saved.html', parse(html))).toBe(type);
  });
});

const obs = (pageType: PageObservation['pageType'], names: string[], person?: PageObservation['person']): PageObservation => ({
  pageType,
  url: 'https://www.linkedin.com/company/acme/',
  facts: Object.fromEntries(names.map((n) => [n, { value: n === 'employeeRange' ? { min: 1, max: 10 } : n === 'followers' ? 5 : 'x', evidence: { source: pageType, url: 'u', text: 't' } }])),
  person,
  missing: [],
});

describe('isComplete / isRecognised / expectedFacts', () => {
  it('a company Home tab is complete with name, industry and size band or followers', () => {
    expect(isComplete(obs('linkedin-company', ['name', 'industry', 'followers']))).toBe(true);
    expect(isComplete(obs('linkedin-company', ['name', 'industry', 'employeeRange']))).toBe(true);
    expect(isComplete(obs('linkedin-company', ['name', 'industry']))).toBe(false);
    expect(isComplete(obs('linkedin-company', ['name']))).toBe(false);
  });

  it('an About tab is complete once its field list was read', () => {
    expect(isComplete(obs('linkedin-company-about', ['name', 'industry', 'employeeRange']))).toBe(false);
    expect(isComplete(obs('linkedin-company-about', ['name', 'industry', 'employeeRange', 'website']))).toBe(true);
  });

  it('a profile is complete with name, title or headline, and company', () => {
    expect(isComplete(obs('linkedin-profile', [], { name: 'Jane', headline: 'VP Sales', company: { name: 'Acme' } }))).toBe(true);
    expect(isComplete(obs('linkedin-profile', [], { name: 'Jane', headline: 'VP Sales' }))).toBe(false);
  });

  it('jobs and people tabs wait for their own numbers', () => {
    expect(isComplete(obs('linkedin-company-jobs', ['name']))).toBe(false);
    expect(isComplete(obs('linkedin-company-jobs', ['name', 'jobCount']))).toBe(true);
    expect(isComplete(obs('linkedin-company-people', ['name', 'employees']))).toBe(true);
  });

  it('unknown pages are complete (nothing to wait for) and never recognised', () => {
    expect(isComplete(obs('unknown', []))).toBe(true);
    expect(isRecognised(obs('unknown', ['name']))).toBe(false);
    expect(isRecognised(obs('linkedin-company', ['linkedinUrl']))).toBe(false);
    expect(isRecognised(obs('linkedin-company', ['name']))).toBe(true);
    expect(isRecognised(obs('linkedin-profile', [], { name: 'Jane' }))).toBe(true);
  });

  it('lists expected facts per page type; websites do not expect technologies', () => {
    expect(expectedFacts('linkedin-company-about')).toEqual(expect.arrayContaining(['industry', 'employeeRange', 'website', 'foundedYear']));
    expect(expectedFacts('crunchbase-org')).toEqual(expect.arrayContaining(['fundingStage', 'lastFundingDate', 'totalFunding']));
    expect(expectedFacts('company-website')).not.toContain('technologies');
    expect(expectedFacts('unknown')).toEqual([]);
  });
});
