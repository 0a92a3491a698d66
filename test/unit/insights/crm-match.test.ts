import { describe, expect, it } from 'vitest';
import { crmQueryOfFacts, indexCrm, matchCrm, nameKey, NOT_IN_CRM } from '../../../lib/insights/crm-match';
import type { CrmRow } from '../../../lib/insights/crm-snapshot';

const ROWS: CrmRow[] = [
  { name: 'Acme Analytics', keys: ['domain:acme-analytics.io'], owner: 'Dana Lee', stage: 'Customer', lastActivity: '2026-10-12' },
  { name: 'Acme Holdings', keys: ['li:acme-analytics'], owner: 'Sam Roe', stage: 'Lead' },
  { name: 'Globex', keys: ['sn:4242'], owner: 'Ann Bo', stage: 'Opportunity' },
  { name: 'Initech, Inc.', keys: [], owner: 'Ann Bo' },
  { name: 'Second Acme', keys: ['domain:acme-analytics.io'], owner: 'Nobody' },
];
const index = indexCrm(ROWS);

describe('CRM matching', () => {
  it('matches by registrable domain', () => {
    expect(matchCrm(index, { keys: ['domain:acme-analytics.io'] })).toEqual({ matched: true, matchedBy: 'domain', name: 'Acme Analytics', owner: 'Dana Lee', stage: 'Customer', lastActivity: '2026-10-12' });
  });

  it('matches by LinkedIn company page and by Sales Navigator id', () => {
    expect(matchCrm(index, { keys: ['li:acme-analytics'] })).toMatchObject({ matchedBy: 'linkedin', owner: 'Sam Roe' });
    expect(matchCrm(index, { keys: ['sn:4242'] })).toMatchObject({ matchedBy: 'salesNav', owner: 'Ann Bo' });
  });

  it('tries the domain before LinkedIn, LinkedIn before Sales Navigator, any key before the name', () => {
    expect(matchCrm(index, { keys: ['li:acme-analytics', 'sn:4242', 'domain:acme-analytics.io'], name: 'Globex' })).toMatchObject({ matchedBy: 'domain', name: 'Acme Analytics' });
    expect(matchCrm(index, { keys: ['sn:4242', 'li:acme-analytics'] })).toMatchObject({ matchedBy: 'linkedin' });
    expect(matchCrm(index, { keys: ['sn:4242'], name: 'Initech' })).toMatchObject({ matchedBy: 'salesNav' });
  });

  it('falls back to the exact normalised name, labelled as a name match', () => {
    expect(matchCrm(index, { keys: ['domain:initech.com'], name: 'INITECH inc' })).toMatchObject({ matched: true, matchedBy: 'name', name: 'Initech, Inc.' });
    expect(matchCrm(index, { keys: [], name: 'Initech Labs' })).toEqual(NOT_IN_CRM);
  });

  it('keeps the first row for a key the export repeats', () => {
    expect(matchCrm(index, { keys: ['domain:acme-analytics.io'] }).owner).toBe('Dana Lee');
  });

  it('says Not in CRM when nothing matches, and finds nothing for prototype names', () => {
    expect(matchCrm(index, { keys: ['domain:other.com'], name: 'Other' })).toEqual(NOT_IN_CRM);
    expect(matchCrm(index, { keys: ['__proto__', 'constructor'], name: '__proto__' })).toEqual(NOT_IN_CRM);
    expect(matchCrm(indexCrm([]), { keys: [], name: '' })).toEqual(NOT_IN_CRM);
  });

  it('builds a query from CLI facts with the account identity rules', () => {
    const q = crmQueryOfFacts({ name: { value: 'Acme' }, website: { value: 'https://app.acme-analytics.io/x' }, linkedinUrl: { value: 'https://www.linkedin.com/company/Acme-Analytics/about/' }, salesNavUrl: { value: 42 } });
    expect(q).toEqual({ keys: ['domain:acme-analytics.io', 'li:acme-analytics'], name: 'Acme' });
  });

  it('normalises names without trailing legal forms', () => {
    expect(nameKey('ACME, Inc.')).toBe('acme');
    expect(nameKey('Société Générale S.A.')).toBe('societe generale');
    expect(nameKey('Inc')).toBe('inc');
  });

  it('matches 20,000 accounts against 20,000 rows in well under 1 ms each', () => {
    const rows: CrmRow[] = Array.from({ length: 20_000 }, (_, i) => ({ name: `Company ${i}`, keys: [`domain:c${i}.com`] }));
    const t0 = performance.now();
    const big = indexCrm(rows);
    for (let i = 0; i < 20_000; i++) matchCrm(big, { keys: [`li:c${i}`, `domain:x${i}.com`], name: `Company ${i}` });
    expect((performance.now() - t0) / 20_000).toBeLessThan(1);
  });
});
