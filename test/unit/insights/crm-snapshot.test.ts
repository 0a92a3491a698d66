import { describe, expect, it } from 'vitest';
import { detectCrmMapping } from '../../../lib/insights/crm-columns';
import { buildCrmSnapshot, CRM_MAX_ROWS, CrmSnapshot, readCrmExport } from '../../../lib/insights/crm-snapshot';

const META = { importedAt: '2026-12-06T08:00:00.000Z', source: 'hubspot-companies.csv' };
const HUBSPOT = ['Record ID', 'Company name', 'Company Domain Name', 'Website URL', 'Company owner', 'Lifecycle Stage', 'Last Activity Date', 'Number of Associated Deals', 'LinkedIn Company Page', 'Create Date'];
const SALESFORCE = ['Account Name', 'Website', 'Account Owner', 'Type', 'Last Activity', 'Billing Country'];

function snapshot(text: string): CrmSnapshot {
  const read = readCrmExport(text);
  if (!read.ok) throw new Error(read.message);
  const built = buildCrmSnapshot(read.rows, read.mapping, META);
  if (!built.ok) throw new Error(built.message);
  return CrmSnapshot.parse(built.snapshot);
}

describe('CRM column recognition', () => {
  it('maps a HubSpot companies export', () => {
    expect(detectCrmMapping(HUBSPOT)).toEqual({ name: 1, domain: 2, website: 3, owner: 4, stage: 5, lastActivity: 6, openDeals: 7, linkedin: 8 });
  });

  it('maps a Salesforce accounts report', () => {
    expect(detectCrmMapping(SALESFORCE)).toEqual({ name: 0, website: 1, owner: 2, stage: 3, lastActivity: 4 });
  });

  it('prefers the lifecycle stage over a Type column and a Sales Navigator URL over the LinkedIn word', () => {
    const m = detectCrmMapping(['Name', 'Type', 'Lifecycle Stage', 'LinkedIn Sales Navigator URL', 'LinkedIn']);
    expect(m).toMatchObject({ name: 0, stage: 2, salesNav: 3, linkedin: 4 });
  });
});

describe('CRM snapshot', () => {
  it('a LinkedIn cell with a malformed %-escape keys its row as written, and the rest of the file imports', () => {
    const s = snapshot([HUBSPOT.join(','), '1,Acme,acme.io,,,,,,https://www.linkedin.com/company/100%/', '2,Globex,globex.com,,,,,,linkedin.com/company/%E0'].join('\n'));
    expect(s.rows).toHaveLength(2);
    expect(s.rows[0]!.keys).toContain('li:100%');
    expect(s.rows[1]!.keys).toEqual(expect.arrayContaining(['domain:globex.com', 'li:%e0']));
  });

  it('keeps the keys, owner, stage and an ISO last-activity date of each row', () => {
    const s = snapshot(
      [
        HUBSPOT.join(','),
        '1,Acme Analytics,acme-analytics.io,https://www.acme-analytics.io,Dana Lee,Customer,2026-10-12 14:03,2,https://www.linkedin.com/company/acme-analytics/',
        '2,Globex,"globex.com; globex.co.uk",,Sam Roe,Lead,,0,',
      ].join('\n'),
    );
    expect(s.rows[0]).toEqual({ name: 'Acme Analytics', keys: ['domain:acme-analytics.io', 'li:acme-analytics'], owner: 'Dana Lee', stage: 'Customer', lastActivity: '2026-10-12', openDeals: 2 });
    expect(s.rows[1]!.keys).toEqual(['domain:globex.com', 'domain:globex.co.uk']);
    expect(s).toMatchObject({ importedAt: META.importedAt, source: 'hubspot-companies.csv', skipped: 0 });
  });

  it('keeps a website on another domain as a second key, and one key for a website on the domain', () => {
    const s = snapshot(['Company name,Company Domain Name,Website URL', 'A,acme.io,https://shop.acme.io/x', 'B,b.io,https://www.b-group.com', 'C,c.io,https://c.io.evil.com'].join('\n'));
    expect(s.rows.map((r) => r.keys)).toEqual([['domain:acme.io'], ['domain:b.io', 'domain:b-group.com'], ['domain:c.io', 'domain:evil.com']]);
  });

  it('reads Salesforce slashed dates in the column order they can only mean', () => {
    const s = snapshot([SALESFORCE.join(','), 'Initech,www.initech.com,Ann Bo,Customer - Direct,10/12/2026,US', 'Umbrella,umbrella.com,Ann Bo,Prospect,10/31/2026,US'].join('\n'));
    expect(s.rows.map((r) => r.lastActivity)).toEqual(['2026-10-12', '2026-10-31']);
    expect(s.rows[0]).toMatchObject({ keys: ['domain:initech.com'], stage: 'Customer - Direct' });
  });

  it('reads a Sales Navigator id given bare or as a URL', () => {
    const s = snapshot(['Company name,Sales Navigator URL', 'A,https://www.linkedin.com/sales/company/12345', 'B,67890'].join('\n'));
    expect(s.rows.map((r) => r.keys)).toEqual([['sn:12345'], ['sn:67890']]);
  });

  it('skips rows with neither a name nor a key, and counts them', () => {
    const s = snapshot(['Company name,Website URL,Company owner', ',,Dana Lee', 'Acme,,'].join('\n'));
    expect(s.rows).toHaveLength(1);
    expect(s.skipped).toBe(1);
  });

  it('refuses a mapping with nothing to match by', () => {
    expect(buildCrmSnapshot([['Dana Lee']], { owner: 0 }, META)).toMatchObject({ ok: false, message: expect.stringContaining('no column to match') });
  });
});

describe('hostile CRM exports', () => {
  it('cuts huge cells to the stored length', () => {
    const s = snapshot(`Company name,Company owner\n${'A'.repeat(50_000)},${'B'.repeat(50_000)}`);
    expect(s.rows[0]!.name.length).toBeLessThanOrEqual(200);
    expect(s.rows[0]!.owner!.length).toBeLessThanOrEqual(200);
  });

  it('keeps formula-looking text as text', () => {
    const s = snapshot('Company name,Company owner,Lifecycle Stage\n"=HYPERLINK(""http://evil.test"",""x"")",@SUM(1+1),+cmd|calc');
    expect(s.rows[0]).toMatchObject({ name: '=HYPERLINK("http://evil.test","x")', owner: '@SUM(1+1)', stage: '+cmd|calc' });
  });

  it('ignores script and javascript: URLs as keys', () => {
    const s = snapshot('Company name,Website URL,LinkedIn Company Page\nEvil,javascript:alert(1),https://evil.test/company/x');
    expect(s.rows[0]!.keys).toEqual([]);
  });

  it('stores at most 200,000 rows from the parser', () => {
    const text = 'Company name,Company Domain Name\n' + Array.from({ length: CRM_MAX_ROWS + 10 }, (_, i) => `C${i},c${i}.com`).join('\n');
    const read = readCrmExport(text);
    expect(read.ok && read.notes.join(' ')).toContain('only the first 200,000 rows');
    const s = snapshot(text);
    expect(s.rows.length).toBeLessThanOrEqual(CRM_MAX_ROWS);
  });

  it('caps rows handed over directly (not through the parser)', () => {
    const rows = Array.from({ length: CRM_MAX_ROWS + 5 }, (_, i) => [`C${i}`]);
    const built = buildCrmSnapshot(rows, { name: 0 }, META);
    expect(built.ok && built.snapshot.rows.length).toBe(CRM_MAX_ROWS);
    expect(built.ok && built.snapshot.skipped).toBe(5);
  });
});
