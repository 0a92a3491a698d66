import { describe, expect, it } from 'vitest';
import { detectMapping } from '../../../lib/insights/columns';
import { parseDelimited } from '../../../lib/insights/csv';
import { amountOf, toRecords } from '../../../lib/insights/records';
import { importNotes, skippedLines } from '../../../lib/insights/summary';

function load(text: string) {
  const csv = parseDelimited(text);
  if (!csv.ok) throw new Error(csv.message);
  return toRecords(csv.header, csv.rows, detectMapping(csv.header));
}

describe('toRecords', () => {
  it('rows → outcome records with scoring facts read by the page parsers', () => {
    const { records, report } = load(
      'Company name,Company Domain Name,Industry,Number of Employees,Annual Revenue,Country/Region,Technologies,Deal Stage,Amount,Create Date,Close Date\n' +
        'Acme,acme.example,Computer Software,51-200,$12M,USA,HubSpot; Segment,Closed Won,"$48,000",2026-01-05,2026-03-15 10:22\n',
    );
    expect(report).toMatchObject({ rows: 1, used: 1, skipped: [] });
    expect(records).toEqual([
      {
        id: 'row:2',
        name: 'Acme',
        domain: 'acme.example',
        outcome: 'won',
        value: 48000,
        currency: 'USD',
        openedAt: '2026-01-05',
        closedAt: '2026-03-15',
        facts: {
          industry: { value: 'Computer Software', source: 'import' },
          employees: { value: { min: 51, max: 200 }, source: 'import' },
          revenue: { value: 12_000_000, source: 'import' },
          hqCountry: { value: 'US', source: 'import' },
          technologies: { value: ['HubSpot', 'Segment'], source: 'import' },
        },
      },
    ]);
  });

  it('blank outcomes are skipped and reported by row number (header = row 1)', () => {
    const { records, report } = load('Company name,Industry,Stage\nA,Retail,Closed Won\nB,Retail,\nC,Retail,  \nD,Retail,Prospecting\n');
    expect(records.map((r) => [r.id, r.outcome])).toEqual([['row:2', 'won'], ['row:5', 'open']]);
    expect(report.skipped).toEqual([{ row: 3, reason: 'no outcome (the stage cell is blank)' }, { row: 4, reason: 'no outcome (the stage cell is blank)' }]);
    expect(skippedLines(report)).toEqual(['2 rows: no outcome (the stage cell is blank) — rows 3, 4']);
  });

  it('mixed currencies: dollars read, anything else left unknown and reported, never converted', () => {
    const { records, report } = load('Name,Industry,Annual Revenue,Amount,Stage\nA,Retail,$1.2M,"1,200,000",Won\nB,Retail,"1,200,000",€5K,Won\nC,Retail,1.2 Mio €,1.2 Mio. €,Lost\nD,Retail,£3m,500,Lost\n');
    expect(records.map((r) => r.facts.revenue?.value)).toEqual([1_200_000, 1_200_000, undefined, undefined]);
    expect(records.map((r) => [r.value, r.currency])).toEqual([[1_200_000, undefined], [5000, 'EUR'], [1_200_000, 'EUR'], [500, undefined]]);
    expect(report.currencies).toEqual(expect.arrayContaining([{ field: 'revenue', currency: 'EUR', count: 1 }, { field: 'revenue', currency: 'GBP', count: 1 }, { field: 'amount', currency: 'EUR', count: 2 }]));
    expect(importNotes(report)[0]).toBe('Annual revenue in EUR (1 row), GBP (1 row) is left unknown: the playbook counts revenue in US dollars and no exchange rate is guessed.');
    expect(report.revenueWithoutCurrency).toBe(1);
    expect(importNotes(report)[1]).toBe("Annual revenue: 1 value without a currency sign is read as US dollars, the playbook's unit. If your CRM counts in another currency, convert that column first.");
  });

  it('free-text industries are kept as written and counted; unreadable values are reported, not guessed', () => {
    const { records, report } = load('Name,Industry,Employees,Country,Stage\nA,SaaS / Cloud,lots,Narnia,Won\nB,Banking,12,Germany,Lost\n');
    expect(records[0]!.facts).toEqual({ industry: { value: 'SaaS / Cloud', source: 'import' } });
    expect(report.freeTextIndustries).toEqual({ count: 1, examples: ['SaaS / Cloud'] });
    expect(report.unreadable).toEqual([
      { field: 'employees', label: 'Employees', count: 1, examples: ['lots'] },
      { field: 'country', label: 'Country', count: 1, examples: ['Narnia'] },
    ]);
    expect(importNotes(report)).toContain('Employees: 1 value could not be read and is left unknown (e.g. "lots").');
  });

  it('a row with no company facts is skipped; missing columns are simply unknown', () => {
    const { records, report } = load('Name,Stage,Industry\nA,Won\nB,Lost,Retail\n');
    expect(records.map((r) => r.id)).toEqual(['row:3']);
    expect(report.skippedByReason).toEqual([{ reason: expect.stringMatching(/^no company facts/), count: 1 }]);
  });

  it('dates: ISO, dotted day-first, slashed by the column; ambiguous slashes stay unknown', () => {
    const us = load('Name,Industry,Stage,Close Date\nA,Retail,Won,3/15/2026\nB,Retail,Won,4/1/2026\n').records;
    expect(us.map((r) => r.closedAt)).toEqual(['2026-03-15', '2026-04-01']);
    const eu = load('Name,Industry,Stage,Close Date\nA,Retail,Won,15/3/2026\nB,Retail,Won,4/1/2026\nC,Retail,Won,15.03.2026\n').records;
    expect(eu.map((r) => r.closedAt)).toEqual(['2026-03-15', '2026-01-04', '2026-03-15']);
    expect(load('Name,Industry,Stage,Close Date\nA,Retail,Won,3/4/2026\nB,Retail,Won,2026-02-30\n').records.map((r) => r.closedAt)).toEqual([undefined, undefined]);
  });

  it('a Salesforce Won/Closed pair gives won, lost and open', () => {
    const { records } = load('Account Name,Industry,Won,Closed\nA,Retail,true,true\nB,Retail,false,true\nC,Retail,false,false\n');
    expect(records.map((r) => r.outcome)).toEqual(['won', 'lost', 'open']);
  });
});

describe('amountOf', () => {
  it.each([
    ['$1.2M', { amount: 1_200_000, currency: 'USD' }],
    ['1,200,000', { amount: 1_200_000 }],
    ['5000.50', { amount: 5000.5 }],
    ['1.2 Mio €', { amount: 1_200_000, currency: 'EUR' }],
    ['GBP 300', { amount: 300, currency: 'GBP' }],
    ['1.200.000', null],
    ['lots', null],
    ['', null],
    // a plain number is bounded like one with a currency: 309 digits are ~1e308, two of them sum to ∞
    ['9'.repeat(309), null],
    ['9007199254740991', { amount: Number.MAX_SAFE_INTEGER }],
  ])('%j', (text, want) => {
    expect(amountOf(text)).toEqual(want);
  });
});
