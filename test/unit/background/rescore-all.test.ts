import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';
import { playbookText } from './playbook-fakes';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { rescoreStale } = await import('../../../lib/background/accounts/rescore-all');
const { getActivePlaybook, importPlaybook } = await import('../../../lib/background/playbook/playbook-service');
const { db } = await import('../../../lib/db/database');

const now = Date.now();
const fact = (value: unknown) => ({ value, source: 'linkedin-company' as const, evidence: [], observedAt: now });
const account = (id: string, employees: number) => ({
  id, keys: [id], name: id, firstSeenAt: now, lastSeenAt: now,
  facts: { name: fact(id), industry: fact('Software Development'), employees: fact(employees), hqCountry: fact('US') },
});
const row = (accountId: string, playbookVersion: string) => ({ accountId, playbookVersion, scoredAt: 0, tier: 'C', score: 0, best: null });

describe('rescoring every stored account after a playbook change', () => {
  beforeEach(async () => {
    fake.session.clear();
    await db().delete();
    await db().open();
  });

  it('scores stale and unscored accounts in id batches, keeps current rows, deletes rows of no account', async () => {
    const key = (await getActivePlaybook()).key;
    // 1,203 accounts: more than two batches, ids that sort out of creation order
    const accounts = Array.from({ length: 1203 }, (_, i) => account(`li:co-${(i * 7919) % 1203}`, 20 + (i % 400)));
    await db().accounts.bulkPut(accounts);
    const ids = accounts.map((a) => a.id).sort();
    await db().results.bulkPut([
      ...ids.slice(0, 600).map((id) => row(id, 'old@1')), // stale
      ...ids.slice(600, 900).map((id) => ({ ...row(id, key), scoredAt: 42 })), // current: must not be rewritten
      // ids.slice(900): never scored
      row('li:aaa-orphan', 'old@1'), row('li:co-500x', 'old@1'), row('li:zzz-orphan', key), // no such accounts
    ]);

    expect(await rescoreStale()).toBe(1203 - 300);

    const results = await db().results.toArray();
    expect(results.map((r) => r.accountId).sort()).toEqual(ids);
    expect(results.every((r) => r.playbookVersion === key)).toBe(true);
    expect(results.filter((r) => r.scoredAt === 42)).toHaveLength(300);
    const some = results.find((r) => r.accountId === ids[0])!;
    expect(some.best?.icpName).toBeTruthy();
    expect(typeof some.score).toBe('number');
    expect(await rescoreStale()).toBe(0); // nothing left: a second call reads no account and writes nothing
  });
});

describe('a playbook re-saved under the same version label', () => {
  beforeEach(async () => {
    fake.session.clear();
    await db().delete();
    await db().open();
  });
  const tierOf = async (id: string) => (await db().results.get(id))?.tier;
  /** the one-criterion test playbook, its threshold changed but its version label kept */
  const at = (value: number, indent?: number) => JSON.stringify(JSON.parse(playbookText('2026.1')), (k, v) => (k === 'value' ? value : v), indent);

  it('rescores every account when a criterion changed (results are keyed on the content, not the label)', async () => {
    await db().accounts.bulkPut([account('li:acme', 800), account('li:tiny', 40)]);
    await importPlaybook(at(500), 'file');
    expect(await rescoreStale()).toBe(2);
    expect(await tierOf('li:acme')).toBe('Top');

    await importPlaybook(at(1000), 'file'); // same name, same "2026.1": only the threshold moved
    expect(await rescoreStale()).toBe(2);
    expect(await tierOf('li:acme')).toBe('Low');
  });

  it('does not rescore a file that was only re-indented', async () => {
    await db().accounts.bulkPut([account('li:acme', 800)]);
    await importPlaybook(at(500), 'file');
    expect(await rescoreStale()).toBe(1);
    await importPlaybook(at(500, 4), 'file');
    expect(await rescoreStale()).toBe(0);
  });
});

describe('rescoring called again while it runs', () => {
  beforeEach(async () => {
    fake.session.clear();
    await db().delete();
    await db().open();
  });

  it('scores each account once when called twice at once (an import and the alarm)', async () => {
    await db().accounts.bulkPut(Array.from({ length: 50 }, (_, i) => account(`li:co-${i}`, 20 + i)));
    const put = vi.spyOn(db().results, 'bulkPut');
    const [a, b] = await Promise.all([rescoreStale(), rescoreStale()]);
    const written = put.mock.calls.reduce((n, [rows]) => n + (rows as unknown[]).length, 0);
    put.mockRestore();
    expect(written).toBe(50);
    expect([a, b]).toEqual([50, 50]);
  });

  it('a playbook change during a run is rescored before the run ends', async () => {
    await db().accounts.bulkPut([account('li:acme', 800), account('li:tiny', 40)]);
    const running = rescoreStale();
    await importPlaybook(playbookText('2027.1'), 'file');
    void rescoreStale(); // what activating a playbook does
    await running;
    const key = (await getActivePlaybook()).key;
    expect((await db().results.toArray()).map((r) => r.playbookVersion)).toEqual([key, key]);
  });
});

describe('the active playbook', () => {
  beforeEach(async () => {
    await db().delete();
    await db().open();
  });

  it('is validated and compiled once per version, not per call, also when the newest row is damaged', async () => {
    await importPlaybook(playbookText('2026.1'), 'file');
    await db().playbooks.add({ version: '2026.2', name: 'damaged', source: 'file', text: '{', activatedAt: Date.now() });
    const first = await getActivePlaybook();
    expect(first.fallbackReason).toMatch(/damaged/);
    expect(await getActivePlaybook()).toBe(first); // the same object: nothing re-read, re-validated or recompiled
    await importPlaybook(playbookText('2026.3'), 'file');
    expect((await getActivePlaybook()).playbook.version).toBe('2026.3');
  });
});
