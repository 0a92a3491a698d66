import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IcpDatabase } from '../../../lib/db/database';
import { recordObservation } from '../../../lib/db/accounts-repo';
import type { AccountRow } from '../../../lib/accounts/account-row';
import type { PageObservation } from '../../../lib/facts/model';

// Accounts stored before the Public Suffix List (issue 15.1) were keyed by a label-list guess:
// every Shopify store was "domain:myshopify.com". Nothing is migrated (the rep splits a wrong merge
// from the side panel); new pages key by the tenant, so a new store never joins the old bucket.
let database: IcpDatabase;
let n = 0;
beforeEach(() => {
  database = new IcpDatabase(`legacy-domain-${++n}`);
});
afterEach(async () => {
  await database.delete();
});

const at = 1_000;
const fact = (value: string) => ({ value, source: 'linkedin-company' as const, evidence: [{ source: 'linkedin-company' as const, url: 'https://www.linkedin.com/company/shop-a/', text: value, observedAt: at }], observedAt: at });
const legacy: AccountRow = {
  id: 'domain:myshopify.com',
  keys: ['domain:myshopify.com', 'li:shop-a', 'li:shop-b'],
  name: 'Shop A',
  domain: 'myshopify.com',
  facts: { name: fact('Shop A'), domain: fact('myshopify.com'), website: fact('https://shop-a.myshopify.com') },
  firstSeenAt: at,
  lastSeenAt: at,
};
const ev = { source: 'linkedin-company' as const, url: 'https://www.linkedin.com/company/shop-c/', text: 'shop-c.myshopify.com' };
const shopC: PageObservation = {
  pageType: 'linkedin-company',
  url: 'https://www.linkedin.com/company/shop-c/',
  facts: { name: { value: 'Shop C', evidence: ev }, website: { value: 'https://shop-c.myshopify.com', evidence: ev }, domain: { value: 'shop-c.myshopify.com', evidence: ev } },
  missing: [],
};

describe('accounts keyed before the Public Suffix List', () => {
  it('a new store on the same shared host gets its own account, not the old bucket', async () => {
    await database.accounts.put(legacy);
    const rec = await recordObservation(database, 'obs-shop-c', shopC, 2_000);
    expect(rec?.account.id).toBe('domain:shop-c.myshopify.com');
    expect(rec?.account.keys).toEqual(['domain:shop-c.myshopify.com', 'li:shop-c']);
    expect(await database.accounts.count()).toBe(2);
  });

  it("an old row's shown domain follows its website once the stored domain is no registrable domain", async () => {
    await database.accounts.put(legacy);
    const profile: PageObservation = {
      pageType: 'linkedin-profile',
      url: 'https://www.linkedin.com/in/jane/',
      facts: {},
      person: { name: 'Jane', company: { name: 'Shop A', linkedinUrl: 'https://www.linkedin.com/company/shop-a/' } },
      missing: [],
    };
    const rec = await recordObservation(database, 'obs-profile', profile, 2_000);
    expect(rec?.account.id).toBe('domain:myshopify.com'); // still the old row: it holds li:shop-a
    expect(rec?.account.domain).toBe('shop-a.myshopify.com');
  });
});
