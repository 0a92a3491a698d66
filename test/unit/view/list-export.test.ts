import { describe, expect, it } from 'vitest';
import { crmHeader } from '../../../lib/insights/crm-export';
import { listCsv } from '../../../lib/view/list-export';
import { toListModel } from '../../../lib/view/list-model';
import { listView, row } from './list-factory';

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

describe('list export: the Accounts export shape', () => {
  const m = toListModel(
    listView([
      row({ key: 'a', name: 'Acme', href: 'https://www.linkedin.com/company/acme/about/', tier: 'A', score: 88, coverage: 0.4, bestIcp: { id: 'm', name: 'Mid' }, known: { outcome: 'won' }, accountId: 'li:acme' }),
      row({ key: 'p1', kind: 'person', name: 'Ann', company: 'Beta GmbH', tier: 'B', score: 60, bestIcp: { id: 'm', name: 'Mid' } }),
      row({ key: 'p2', kind: 'person', name: 'Bob', company: 'beta gmbh', tier: 'C', score: 20 }),
      row({ key: 'm', kind: 'person', placeholder: 'linkedin-member', text: 'LinkedIn Member' }),
      row({ key: 'n', kind: 'person', name: 'Nobody' }),
      row({ key: 'x', name: '=HYPERLINK("http://evil")', known: { outcome: 'bogus' } }),
    ]),
  );

  it('same header as the Accounts export, one line per company, people stand for their company', () => {
    const r = listCsv(m.all, 'hubspot', '2026-12-06');
    const [head, ...body] = lines(r.csv);
    expect(head).toBe(crmHeader('hubspot').map((h) => (h.includes(',') ? `"${h}"` : h)).join(','));
    expect([r.rows, r.skipped]).toEqual([3, 2]);
    expect(body).toHaveLength(3);
    const cols = crmHeader('hubspot');
    const cell = (line: string, col: string) => line.split(',')[cols.indexOf(col)];
    expect(cell(body[0]!, 'Company name')).toBe('Acme');
    expect(cell(body[0]!, 'LinkedIn Company Page')).toBe('https://www.linkedin.com/company/acme');
    expect(cell(body[0]!, 'ICP Fit Tier')).toBe('A');
    expect(cell(body[0]!, 'ICP Fit Coverage')).toBe('40');
    expect(cell(body[0]!, 'ICP Fit Outcome')).toBe('won');
    expect(cell(body[0]!, 'ICP Fit Scored At')).toBe('2026-12-06');
    // a person row names the company; the second person at the same company adds no line
    expect(cell(body[1]!, 'Company name')).toBe('Beta GmbH');
    expect(cell(body[1]!, 'LinkedIn Company Page')).toBe('');
  });

  it('page text cannot become a formula; an unknown outcome is left out', () => {
    const r = listCsv(m.all, 'salesforce', '2026-12-06');
    const last = lines(r.csv).at(-1)!;
    expect(last.startsWith(`"'=HYPERLINK(""http://evil"")"`)).toBe(true);
    expect(last).not.toContain('bogus');
  });
});

describe('list export: the CRM list columns (issue 19)', () => {
  const crm = { matched: true, matchedBy: 'domain' as const, owner: 'Dana Lee', stage: 'Customer', lastActivity: '2026-10-12', snapshotDate: '2026-12-06T08:00:00.000Z', action: 'Customer — talk to Dana Lee' };
  const m = toListModel(listView([row({ key: 'a', name: 'Acme', crm }), row({ key: 'b', name: 'Beta', crm: { ...crm, matched: false, matchedBy: null, owner: null, stage: null, lastActivity: null, action: undefined } })]));

  it('the rows carry the same CRM columns as the Accounts export and icp score --crm', () => {
    const r = listCsv(m.all, 'hubspot', '2026-12-06');
    const [head, ...body] = lines(r.csv);
    const cols = head!.split(',');
    expect(cols.slice(-5)).toEqual(['ICP Fit In CRM', 'ICP Fit CRM Matched By', 'ICP Fit CRM Owner', 'ICP Fit CRM Stage', 'ICP Fit CRM Last Activity']);
    const cells = (line: string) => line.split(',').slice(-5);
    expect(body.map(cells)).toEqual([
      ['yes', 'domain', 'Dana Lee', 'Customer', '2026-10-12'],
      ['no', '', '', '', ''],
    ]);
  });
});
