import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../lib/insights/csv';
import { countryName, crmCsv, crmHeader, type CrmAccount } from '../../../lib/insights/crm-export';
import { quoteField, safeText, toCsv } from '../../../lib/insights/csv-out';

const acme: CrmAccount = {
  name: 'Acme Analytics',
  domain: 'acme-analytics.io',
  facts: {
    industry: { value: 'Software Development' },
    employees: { value: 180 },
    employeeRange: { value: { min: 51, max: 200 } },
    hqCity: { value: 'Berlin' },
    hqCountry: { value: 'DE' },
    foundedYear: { value: 2015 },
    linkedinUrl: { value: 'https://www.linkedin.com/company/acme-analytics/' },
  },
  best: {
    icpName: 'Mid-market SaaS',
    tier: 'A',
    score: 82,
    coverage: 0.7,
    criteria: [
      { label: 'Software industry', state: 'matched' },
      { label: '51–500 employees', state: 'partial' },
      { label: 'Uses Salesforce', state: 'unknown' },
      { label: 'In EMEA', state: 'matched' },
    ],
    disqualifiers: [],
  },
  playbookVersion: '2026.4',
  scoredAt: '2026-12-01',
  outcome: 'won',
};

function parsed(text: string) {
  const r = parseDelimited(text, { delimiter: ',' });
  if (!r.ok) throw new Error(r.message);
  return r.rows.map((row) => Object.fromEntries(r.header.map((h, i) => [h, row[i]])));
}

describe('CRM export', () => {
  it('HubSpot: default company property names, custom ICP Fit properties, one row per account', () => {
    const csv = crmCsv([acme, { name: 'Beta', facts: {} }], 'hubspot');
    expect(csv.startsWith('\uFEFFCompany name,Company Domain Name,Website URL,Industry,Number of Employees,Annual Revenue,City,State/Region,Country/Region,')).toBe(true);
    const [row, beta] = parsed(csv);
    expect(row).toMatchObject({
      'Company name': 'Acme Analytics',
      'Company Domain Name': 'acme-analytics.io',
      'Website URL': 'https://acme-analytics.io',
      Industry: 'Software Development',
      'Number of Employees': '180',
      'Annual Revenue': '',
      City: 'Berlin',
      'Country/Region': 'Germany',
      'Year Founded': '2015',
      'LinkedIn Company Page': 'https://www.linkedin.com/company/acme-analytics/',
      'ICP Fit Score': '82',
      'ICP Fit Tier': 'A',
      'ICP Fit ICP': 'Mid-market SaaS',
      'ICP Fit Matched Criteria': 'Software industry; In EMEA',
      'ICP Fit Coverage': '70',
      'ICP Fit Employee Range': '51-200',
      'ICP Fit Outcome': 'won',
      'ICP Fit Playbook Version': '2026.4',
      'ICP Fit Scored At': '2026-12-01',
    });
    // unknown stays empty: nothing invented for an account the extension knows little about
    expect(Object.entries(beta!).filter(([, v]) => v !== '')).toEqual([['Company name', 'Beta']]);
  });

  it('Salesforce: account field labels, no Domain column (Website carries it)', () => {
    const header = crmHeader('salesforce');
    expect(header.slice(0, 9)).toEqual(['Account Name', 'Website', 'Industry', 'Employees', 'Annual Revenue', 'Billing City', 'Billing State/Province', 'Billing Country', 'Year Started']);
    expect(header).not.toContain('Domain');
    const [row] = parsed(crmCsv([acme], 'salesforce'));
    expect(row).toMatchObject({ 'Account Name': 'Acme Analytics', 'Billing Country': 'Germany', 'ICP Fit Tier': 'A' });
    expect(crmHeader('hubspot')).toHaveLength(header.length + 1);
  });

  it('neutralises spreadsheet formulas and quotes page text so every cell reads back as written', () => {
    const hostile: CrmAccount = {
      name: '=HYPERLINK("http://evil.example","click")',
      domain: 'evil.example',
      facts: { industry: { value: '+cmd|" /C calc"!A0' }, hqCity: { value: '-2+3' }, hqState: { value: '@SUM(A1)' }, linkedinUrl: { value: '\t=1+1' }, description: { value: 'x' } },
      best: { icpName: 'Line\nbreak, "quoted"', tier: 'B', score: 50, coverage: 0.5, criteria: [{ label: '\rCR', state: 'matched' }], disqualifiers: [] },
    };
    const csv = crmCsv([hostile], 'hubspot');
    const [row] = parsed(csv);
    expect(row!['Company name']).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row!.Industry).toBe(`'+cmd|" /C calc"!A0`);
    expect(row!.City).toBe(`'-2+3`);
    expect(row!['State/Region']).toBe(`'@SUM(A1)`);
    expect(row!['LinkedIn Company Page']).toBe(`'=1+1`); // trimmed, then neutralised
    expect(row!['ICP Fit ICP']).toBe('Line\nbreak, "quoted"');
    expect(row!['ICP Fit Matched Criteria']).toBe(`'\rCR`);
    expect(csv.split('\r\n')).toHaveLength(3); // header, one row, the final line end: the breaks stayed inside quotes
  });

  it('csv primitives', () => {
    expect(safeText('=1+1')).toBe("'=1+1");
    expect(safeText('Acme')).toBe('Acme');
    expect(safeText('\tx')).toBe("'\tx");
    expect(safeText('\rx')).toBe("'\rx");
    expect(safeText('a=b')).toBe('a=b');
    expect(safeText('')).toBe('');
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('plain')).toBe('plain');
    // a spreadsheet splitting on ";" or tab must not find a second cell (starting with "=") inside
    expect(quoteField('Acme;=1+1')).toBe('"Acme;=1+1"');
    expect(quoteField('Acme\t=1+1')).toBe('"Acme\t=1+1"');
    expect(toCsv(['a', 'b'], [[1, null], [-5, 'x']])).toBe('\uFEFFa,b\r\n1,\r\n-5,x\r\n'); // our own numbers stay numbers
    expect(toCsv(['n'], [[Number.NaN]])).toBe('\uFEFFn\r\n\r\n');
  });

  it('country codes become the names both CRMs expect', () => {
    expect(countryName('US')).toBe('United States');
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryName('us')).toBeUndefined();
    expect(countryName(undefined)).toBeUndefined();
  });
});

describe('CRM export: the CRM list columns (issue 19)', () => {
  const crmCols = ['ICP Fit In CRM', 'ICP Fit CRM Matched By', 'ICP Fit CRM Owner', 'ICP Fit CRM Stage', 'ICP Fit CRM Last Activity'];
  const inCrm: CrmAccount = { ...acme, crm: { matched: true, matchedBy: 'linkedin', owner: 'Dana Lee', stage: 'Customer', lastActivity: '2026-10-12' } };
  const notIn: CrmAccount = { name: 'Globex', facts: {}, crm: { matched: false, matchedBy: null, owner: null, stage: null, lastActivity: null } };

  it('no CRM list imported: the file is as before, without the CRM columns', () => {
    expect(crmHeader('hubspot', [acme])).toEqual(crmHeader('hubspot'));
    expect(crmCsv([acme], 'hubspot').split('\r\n')[0]).not.toContain('In CRM');
  });

  it('with a list: matched, matched by, owner, stage and last activity — never under the CRM\'s own owner / stage names', () => {
    const header = crmHeader('hubspot', [inCrm, notIn]);
    expect(header.slice(-5)).toEqual(crmCols);
    expect(header).not.toContain('Company owner');
    expect(header).not.toContain('Lifecycle Stage');
    const csv = parseDelimited(crmCsv([inCrm, notIn], 'salesforce'));
    if (!csv.ok) throw new Error(csv.message);
    const at = (row: string[], col: string) => row[csv.header.indexOf(col)];
    expect(crmCols.map((c) => at(csv.rows[0]!, c))).toEqual(['yes', 'linkedin', 'Dana Lee', 'Customer', '2026-10-12']);
    expect(crmCols.map((c) => at(csv.rows[1]!, c))).toEqual(['no', '', '', '', '']);
  });

  it('a CRM owner or stage that looks like a formula is neutralised like every other cell', () => {
    const hostile: CrmAccount = { name: 'X', facts: {}, crm: { matched: true, matchedBy: 'name', owner: '=cmd|calc', stage: '+1', lastActivity: null } };
    const line = crmCsv([hostile], 'hubspot').split('\r\n')[1]!;
    expect(line).toContain("'=cmd|calc");
    expect(line).toContain("'+1");
  });
});
