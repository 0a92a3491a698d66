import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';
import { playbookText } from './playbook-fakes';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { rescoreStale } = await import('../../../lib/background/accounts/rescore-all');
const { getActivePlaybook, importPlaybook } = await import('../../../lib/background/playbook/playbook-service');
const { db } = await import('../../../lib/db/database');
const { allResults, getResult, putResults } = await import('../../../lib/db/results-repo');

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
    await putResults(db(), [
      ...ids.slice(0, 600).map((id) => row(id, 'old@1')), // stale
      ...ids.slice(600, 900).map((id) => ({ ...row(id, key), scoredAt: 42 })), // current: must not be rewritten
      // ids.slice(900): never scored
      row('li:aaa-orphan', 'old@1'), row('li:co-500x', 'old@1'), row('li:zzz-orphan', key), // no such accounts
    ]);

    expect(await rescoreStale()).toBe(1203 - 300);

    const results = await allResults(db());
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
  const tierOf = async (id: string) => (await getResult(db(), id))?.tier;
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

  it('reads the result packs once: the write goes over what the scan read when nothing wrote results since (issue 17)', async () => {
    await db().accounts.bulkPut(Array.from({ length: 300 }, (_, i) => account(`li:co-${i}`, 20 + i)));
    await putResults(db(), [row('li:co-1', 'old@1'), row('li:gone', 'old@1')]);
    const toArray = vi.spyOn(db().resultPacks, 'toArray');
    const bulkGet = vi.spyOn(db().resultPacks, 'bulkGet');
    expect(await rescoreStale()).toBe(300);
    const reads = toArray.mock.calls.length + bulkGet.mock.calls.length;
    toArray.mockRestore();
    bulkGet.mockRestore();
    expect(reads).toBe(1);
    expect((await allResults(db())).map((r) => r.accountId)).toHaveLength(300);
  });

  it('batches by result pack: result pack k holds exactly the accounts of input packs k and k + PACKS', async () => {
    const { PACKS, packOf } = await import('../../../lib/db/results-repo');
    const { INPUT_PACKS, inputPackOf } = await import('../../../lib/db/inputs-repo');
    expect(INPUT_PACKS).toBe(2 * PACKS);
    for (let i = 0; i < 5000; i++) expect(inputPackOf(`li:co-${i}`) % PACKS).toBe(packOf(`li:co-${i}`));
    const { packRanges } = await import('../../../lib/background/accounts/rescore-all');
    const ranges = packRanges(10_000);
    expect(ranges[0]![0]).toBe(0);
    expect(ranges.at(-1)![1]).toBe(PACKS - 1);
    ranges.slice(1).forEach(([from], i) => expect(from).toBe(ranges[i]![1] + 1));
  });

  it('scores each account once when called twice at once (an import and the alarm)', async () => {
    await db().accounts.bulkPut(Array.from({ length: 50 }, (_, i) => account(`li:co-${i}`, 20 + i)));
    // the results are written once: the second call's pass finds nothing stale and writes nothing
    const write = vi.spyOn(db().resultPacks, 'bulkPut');
    const [a, b] = await Promise.all([rescoreStale(), rescoreStale()]);
    const writes = write.mock.calls.length;
    write.mockRestore();
    expect(writes).toBe(1);
    expect([a, b]).toEqual([50, 50]);
  });

  it('a playbook change during a run is rescored before the run ends', async () => {
    await db().accounts.bulkPut([account('li:acme', 800), account('li:tiny', 40)]);
    const running = rescoreStale();
    await importPlaybook(playbookText('2027.1'), 'file');
    void rescoreStale(); // what activating a playbook does
    await running;
    const key = (await getActivePlaybook()).key;
    expect((await allResults(db())).map((r) => r.playbookVersion)).toEqual([key, key]);
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

describe('writes landing while a rescore runs (results are written after the inputs are read)', () => {
  beforeEach(async () => {
    fake.session.clear();
    await db().delete();
    await db().open();
  });
  /** Runs `fn` (not awaited: it waits for the rescore's read to end) when the rescore reads its first scoring input. */
  const duringRead = (fn: () => Promise<unknown>) => {
    let fired = false;
    const hook = (row: unknown) => {
      // outside the rescore's read transaction: a write of its own, queued behind it
      if (!fired) void Dexie.ignoreTransaction(fn);
      fired = true;
      return row;
    };
    db().inputPacks.hook('reading', hook);
    return () => db().inputPacks.hook('reading').unsubscribe(hook);
  };

  it('an account deleted after its inputs were read gets no result back', async () => {
    const { deleteAccount } = await import('../../../lib/db/retention');
    await db().accounts.bulkPut([account('li:acme', 800), account('li:gone', 40), account('li:tiny', 60)]);
    const off = duringRead(() => deleteAccount(db(), 'li:gone'));
    expect(await rescoreStale()).toBe(2);
    off();
    expect((await allResults(db())).map((r) => r.accountId)).toEqual(['li:acme', 'li:tiny']);
  });

  it('a result written after the inputs were read (an observation) is kept, and one still stale is rescored', async () => {
    const key = (await getActivePlaybook()).key;
    await db().accounts.bulkPut([account('li:acme', 800), account('li:tiny', 40)]);
    const later = Date.now() + 60_000;
    const off = duringRead(() =>
      putResults(db(), [
        { ...row('li:acme', key), scoredAt: later, score: 12345 }, // newer, current: kept as is
        { ...row('li:tiny', 'old@1'), scoredAt: later }, // newer but of the old playbook: rescored by another pass
      ]),
    );
    await rescoreStale();
    off();
    expect((await getResult(db(), 'li:acme'))?.score).toBe(12345);
    expect((await getResult(db(), 'li:tiny'))?.playbookVersion).toBe(key);
  });
});
