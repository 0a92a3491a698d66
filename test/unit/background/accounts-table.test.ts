import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
const { handleAccountsTable } = await import('../../../lib/background/accounts/accounts-table');
const { db } = await import('../../../lib/db/database');
const { putResults } = await import('../../../lib/db/results-repo');

const account = (id: string, name: string | undefined, lastSeenAt: number, domain?: string) => ({ id, keys: [id], name, domain, facts: {}, firstSeenAt: 0, lastSeenAt });
const best = (tier: string, tierRank: number, score: number) => ({ icpId: 'i', icpName: 'Mid-market SaaS', tier, tierRank, tierCount: 3, score, coverage: 0.5 });

describe('accounts/table in the background', () => {
  beforeEach(async () => {
    await db().delete();
    await db().open();
  });

  it('joins accounts, cached scores and outcomes; accounts without a name, score or outcome show as unknown', async () => {
    await db().accounts.bulkPut([account('domain:acme.com', 'Acme', 10, 'acme.com'), account('li:nameless', undefined, 20)]);
    await putResults(db(), [{ accountId: 'domain:acme.com', playbookVersion: 'p@1', scoredAt: 1, tier: 'A', score: 91, best: best('A', 0, 91) }]);
    await db().outcomes.put({ accountId: 'domain:acme.com', status: 'won', updatedAt: 1 });
    const r = await handleAccountsTable({ sort: 'last-seen', offset: 0, limit: 50 });
    expect(r.total).toBe(2);
    expect(r.rows[0]).toMatchObject({ id: 'li:nameless', score: null });
    expect(r.rows[0]!.name).toBeUndefined();
    expect(r.rows[0]!.tier).toBeUndefined();
    expect(r.rows[1]).toMatchObject({ id: 'domain:acme.com', name: 'Acme', domain: 'acme.com', tier: 'A', score: 91, icpName: 'Mid-market SaaS', outcome: 'won', tierCount: 3 });
  });

  it('pages over 1,000 accounts sorted by score', async () => {
    await db().accounts.bulkPut(Array.from({ length: 1000 }, (_, i) => account(`li:co-${i}`, `Co ${i}`, i)));
    await putResults(db(), Array.from({ length: 1000 }, (_, i) => ({ accountId: `li:co-${i}`, playbookVersion: 'p@1', scoredAt: 1, tier: 'B', score: i % 100, best: best('B', 1, i % 100) })));
    const r = await handleAccountsTable({ sort: 'score', offset: 0, limit: 20 });
    expect(r.total).toBe(1000);
    expect(r.rows).toHaveLength(20);
    expect(r.rows.map((x) => x.score)).toEqual([...Array(10).fill(99), ...Array(10).fill(98)]);
  });
});
