import { describe, expect, it } from 'vitest';
import { companyProperties, industryOption } from '../../../../lib/insights/hubspot/hubspot-properties';
import type { CrmAccount } from '../../../../lib/insights/crm-export';

const account: CrmAccount = {
  name: 'Acme Analytics',
  domain: 'acme-analytics.io',
  facts: { industry: { value: 'Computer Software' }, employees: { value: 420.4 }, hqCity: { value: 'Berlin' }, hqCountry: { value: 'DE' }, linkedinUrl: { value: 'https://www.linkedin.com/company/acme-analytics/' } },
  best: {
    icpName: 'Mid-market SaaS',
    tier: 'A',
    score: 82,
    coverage: 0.755,
    criteria: [
      { label: 'Headcount 200–1,000', state: 'matched' },
      { label: 'Uses Salesforce', state: 'missed' },
      { label: 'Hiring sales', state: 'unknown' },
      { label: 'Region EU', state: 'matched' },
    ],
    disqualifiers: [],
  },
  playbookVersion: '3.1',
  scoredAt: '2026-12-06',
};

describe('the properties sent for a company', () => {
  it('maps facts to HubSpot standard properties and the ICP Fit ones, every value a string', () => {
    expect(companyProperties(account, [{ value: 'COMPUTER_SOFTWARE', label: 'Computer Software' }])).toEqual({
      name: 'Acme Analytics',
      domain: 'acme-analytics.io',
      industry: 'COMPUTER_SOFTWARE',
      numberofemployees: '420',
      city: 'Berlin',
      country: 'Germany',
      linkedin_company_page: 'https://www.linkedin.com/company/acme-analytics/',
      icp_fit_score: '82',
      icp_fit_tier: 'A',
      icp_fit_icp: 'Mid-market SaaS',
      icp_fit_coverage: '76',
      icp_fit_matched: 'Headcount 200–1,000; Region EU',
      icp_fit_missed: 'Uses Salesforce',
      icp_fit_playbook_version: '3.1',
      icp_fit_scored_at: '2026-12-06',
    });
  });

  it('leaves unknown facts out (an update never erases what a colleague entered) and an industry HubSpot has no option for', () => {
    const p = companyProperties({ domain: 'x.io', facts: { industry: { value: 'Quantum Basket Weaving' } } }, [{ value: 'COMPUTER_SOFTWARE', label: 'Computer Software' }]);
    expect(p).toEqual({ name: 'x.io', domain: 'x.io' });
  });

  it('cuts long text', () => {
    const p = companyProperties({ name: 'n'.repeat(10_000), domain: 'x.io', facts: {} });
    expect(p.name).toHaveLength(2_000);
  });

  it('matches an industry by option value or label', () => {
    const options = [{ value: 'INFORMATION_TECHNOLOGY_AND_SERVICES', label: 'Information Technology and Services' }];
    expect(industryOption('Information Technology & Services', options)).toBe('INFORMATION_TECHNOLOGY_AND_SERVICES');
    expect(industryOption('information_technology_and_services', options)).toBe('INFORMATION_TECHNOLOGY_AND_SERVICES');
    expect(industryOption('Software Development', options)).toBeUndefined();
  });
});
