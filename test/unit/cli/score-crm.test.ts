import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { icp, scratch } from './run-cli';

// Column names as HubSpot's companies export and a Salesforce accounts report write them:
// HubSpot's default company properties by their labels ("Company Domain Name", "Website URL",
// "Company owner", "Lifecycle Stage", "Last Activity Date", "Number of Associated Deals",
// "LinkedIn Company Page"; see https://developers.hubspot.com/docs/api/crm/companies and HubSpot's
// knowledge base on the "Company domain name" property, knowledgeqa.hs-sites.com/companies/…).
const crmFixture = (name: string) => fileURLToPath(new URL(`../../fixtures/crm/${name}`, import.meta.url));
const starter = fileURLToPath(new URL('../../../lib/playbook/templates/starter.json', import.meta.url));
const { file } = scratch('icp-crm-');

type Line = { account: { index: number; name?: string }; crm?: { matched: boolean; matchedBy: string | null; owner: string | null; stage: string | null; lastActivity: string | null } };
const lines = (out: string[]) => out.map((l) => JSON.parse(l) as Line);
const score = (...extra: string[]) => icp('score', '--playbook', starter, '--today', '2026-11-23', ...extra);

describe('icp score --crm', () => {
  it('a HubSpot companies export: each result says whether and how it is in the CRM', async () => {
    const r = await score('--crm', crmFixture('hubspot-companies.csv'), crmFixture('prospects.jsonl'));
    expect(r.code).toBe(0);
    expect(lines(r.out).map((l) => l.crm)).toEqual([
      { matched: true, matchedBy: 'domain', owner: 'Dana Lee', stage: 'Customer', lastActivity: '2026-10-12' },
      { matched: true, matchedBy: 'linkedin', owner: 'Sam Roe', stage: 'Opportunity', lastActivity: '2026-11-02' },
      { matched: true, matchedBy: 'name', owner: 'Ann Bo', stage: 'Lead', lastActivity: null },
      { matched: false, matchedBy: null, owner: null, stage: null, lastActivity: null },
    ]);
    expect(r.err[0]).toMatch(/^crm: 4 companies from .*hubspot-companies\.csv \(Company name ← "Company name", Domain ← "Company Domain Name", Website ← "Website URL", LinkedIn company page ← "LinkedIn Company Page", Owner ← "Company owner", Lifecycle stage or type ← "Lifecycle Stage", Last activity date ← "Last Activity Date", Open deals ← "Number of Associated Deals"\)$/);
  });

  it('the playbook\'s CRM rules apply as in the side panel: the action and the mark', async () => {
    const pb = JSON.parse(readFileSync(starter, 'utf8')) as Record<string, unknown>;
    const rules = { rules: [{ stages: ['Customer'], action: 'Customer — talk to {{owner}}', mark: 'Owned by {{owner}}' }] };
    const withRules = file('crm-rules.json', JSON.stringify({ ...pb, crm: rules }));
    const r = await icp('score', '--playbook', withRules, '--today', '2026-11-23', '--crm', crmFixture('hubspot-companies.csv'), crmFixture('prospects.jsonl'));
    expect(r.code).toBe(0);
    const out = r.out.map((l) => JSON.parse(l) as { crm: { mark?: string }; results: { action?: string }[] });
    expect(out[0]!.crm.mark).toBe('Owned by Dana Lee');
    expect(out[0]!.results.every((x) => x.action === 'Customer — talk to Dana Lee')).toBe(true);
    // an Opportunity has no rule: its tier's own action, no mark
    expect(out[1]!.crm).not.toHaveProperty('mark');
    expect(out[1]!.results.some((x) => x.action?.startsWith('Customer'))).toBe(false);
  });

  it('a Salesforce accounts report, with the same matching', async () => {
    const r = await score('--crm', crmFixture('salesforce-accounts.csv'), crmFixture('prospects.jsonl'));
    expect(r.code).toBe(0);
    const crm = lines(r.out).map((l) => l.crm);
    expect(crm[0]).toEqual({ matched: true, matchedBy: 'domain', owner: 'Dana Lee', stage: 'Customer - Direct', lastActivity: '2026-10-12' });
    expect(crm.slice(1).every((c) => c && !c.matched)).toBe(true);
  });

  it('the table gains CRM columns', async () => {
    const r = await score('--crm', crmFixture('hubspot-companies.csv'), '--format', 'table', crmFixture('prospects.jsonl'));
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/persona\s+CRM\s+by\s+owner\s+stage\s+last activity$/);
    const acme = r.out.find((l) => l.includes('Acme Analytics'));
    expect(acme).toMatch(/in CRM\s+domain\s+Dana Lee\s+Customer\s+2026-10-12$/);
    expect(r.out.find((l) => l.includes('Tiny Co'))).toMatch(/not in CRM$/);
  });

  it('without --crm, results carry no crm field', async () => {
    const r = await score(crmFixture('prospects.jsonl'));
    expect(lines(r.out).every((l) => !('crm' in l))).toBe(true);
  });

  it.each([
    ['a missing file', () => '/no/such/export.csv', /--crm .*no such file/],
    ['a file with nothing to match by', () => file('owners.csv', 'Company owner,Lifecycle Stage\nDana Lee,Customer\n'), /no column to match companies by/],
    ['an unclosed quote', () => file('broken.csv', 'Company name\n"Acme\n'), /not a readable CSV: a quoted field opened on line 2 is not closed/],
  ])('%s: exit 1 with a message, nothing scored', async (_, path, message) => {
    const r = await score('--crm', path(), crmFixture('prospects.jsonl'));
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err.join('\n')).toMatch(message);
  });
});
