import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IcpDatabase } from '../../../lib/db/database';
import { recordObservation } from '../../../lib/db/accounts-repo';
import type { PageObservation } from '../../../lib/facts/model';

let database: IcpDatabase;
let n = 0;
beforeEach(() => {
  database = new IcpDatabase(`test-${++n}`);
});
afterEach(async () => {
  await database.delete();
});

const ev = (source: PageObservation['pageType'], text: string) => ({ source, url: 'https://x', text });
const linkedin = (slug: string, extra: PageObservation['facts'] = {}): PageObservation => ({
  pageType: 'linkedin-company',
  url: `https://www.linkedin.com/company/${slug}/`,
  facts: { name: { value: slug.toUpperCase(), evidence: ev('linkedin-company', slug) }, ...extra },
  missing: [],
});
const website = (domain: string, linkedinUrl?: string): PageObservation => ({
  pageType: 'company-website',
  url: `https://www.${domain}/`,
  facts: {
    technologies: { value: ['HubSpot'], evidence: ev('company-website', 'js.hs-scripts.com') },
    ...(linkedinUrl ? { linkedinUrl: { value: linkedinUrl, evidence: ev('company-website', linkedinUrl) } } : {}),
  },
  missing: [],
});

describe('recording observations', () => {
  it('stores an observation exactly once, even when retried', async () => {
    const first = await recordObservation(database, 'obs-00000001', linkedin('acme'), 1000);
    const retry = await recordObservation(database, 'obs-00000001', linkedin('acme'), 2000);
    expect(first?.stored).toBe(true);
    expect(retry?.stored).toBe(false);
    expect(await database.observations.count()).toBe(1);
    expect(await database.accounts.count()).toBe(1);
  });

  it('a website that links to a known LinkedIn page joins that account', async () => {
    await recordObservation(database, 'obs-00000001', linkedin('acme'), 1000);
    const rec = await recordObservation(database, 'obs-00000002', website('acme.com', 'https://www.linkedin.com/company/acme/'), 2000);
    expect(await database.accounts.count()).toBe(1);
    expect(rec?.account.keys).toEqual(['domain:acme.com', 'li:acme']);
    expect(rec?.account.facts.technologies?.value).toEqual(['HubSpot']);
    expect(rec?.account.facts.name?.value).toBe('ACME');
  });

  it('a page claiming a key another account holds does not merge the two: both carry the conflict (issue 15)', async () => {
    await recordObservation(database, 'obs-00000001', linkedin('acme'), 1000);
    await recordObservation(database, 'obs-00000002', website('acme.com'), 2000);
    expect(await database.accounts.count()).toBe(2);
    await database.answers.put({ accountId: 'domain:acme.com', criterionId: 'budget', value: true, answeredAt: 2500 });
    // LinkedIn's Website field names the other account's domain: a claim, not a merge
    const rec = await recordObservation(database, 'obs-00000003', linkedin('acme', { website: { value: 'https://acme.com', evidence: ev('linkedin-company', 'acme.com') } }), 3000);
    expect(rec?.account.id).toBe('li:acme');
    expect(rec?.account.keys).toEqual(['li:acme']);
    const [li, site] = await database.accounts.bulkGet(['li:acme', 'domain:acme.com']);
    expect(li?.conflicts).toEqual([expect.objectContaining({ otherAccountId: 'domain:acme.com', key: 'domain:acme.com', claimant: 'li:acme' })]);
    expect(site?.conflicts).toEqual([expect.objectContaining({ otherAccountId: 'li:acme', key: 'domain:acme.com', claimant: 'li:acme' })]);
    expect(site?.facts.technologies?.value).toEqual(['HubSpot']);
    expect(await database.observations.where('accountId').equals('li:acme').count()).toBe(2);
    expect((await database.answers.get(['domain:acme.com', 'budget']))?.value).toBe(true);
  });

  it('a page naming no company stores nothing', async () => {
    const rec = await recordObservation(database, 'obs-00000009', { pageType: 'linkedin-profile', url: 'https://www.linkedin.com/in/x', facts: {}, missing: [] }, 1);
    expect(rec).toBeNull();
    expect(await database.observations.count()).toBe(0);
  });
});
