import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IcpDatabase } from '../../../lib/db/database';
import type { ResultRow } from '../../../lib/db/rows';
import { allResults, clearResults, countStale, deleteResults, getResult, getResults, PACKS, packOf, putInPack, putResults, readPackOf, removalCount } from '../../../lib/db/results-repo';
import { exportBackup, importBackup } from '../../../lib/db/backup';
import { decodeResults, encodeResults, staleIn } from '../../../lib/db/result-pack';

// Issue 17: result headlines are stored packed (many accounts to a row); every reader still sees
// one result per account, exactly as written.
let database: IcpDatabase;
let n = 0;
beforeEach(() => {
  database = new IcpDatabase(`results-repo-${++n}`);
});
afterEach(async () => {
  await database.delete();
});

const row = (accountId: string, playbookVersion = 'p@1', score: number | null = 10): ResultRow => ({ accountId, playbookVersion, scoredAt: 1, tier: 'B', score, best: null });
const ids = (k: number) => Array.from({ length: k }, (_, i) => `li:co-${i}`);

describe('packed results', () => {
  it('gives back each account\'s result, in the order asked, undefined for none', async () => {
    await putResults(database, ids(500).map((id, i) => row(id, 'p@1', i)));
    expect(await getResult(database, 'li:co-7')).toEqual(row('li:co-7', 'p@1', 7));
    expect(await getResult(database, 'li:nope')).toBeUndefined();
    expect((await getResults(database, ['li:co-3', 'li:nope', 'li:co-1'])).map((r) => r?.score)).toEqual([3, undefined, 1]);
    expect(await allResults(database)).toHaveLength(500);
    expect((await allResults(database)).map((r) => r.accountId)).toEqual([...ids(500)].sort());
    // fewer rows than accounts, each account in the pack its id hashes to
    const packs = await database.resultPacks.toArray();
    expect(packs.length).toBeLessThanOrEqual(PACKS);
    expect(packs.every((p) => p.ids.every((id) => packOf(id) === p.pack))).toBe(true);
  });

  it('replaces an account\'s result (the later row of a write wins) and leaves other accounts alone', async () => {
    await putResults(database, [row('li:a', 'p@1', 1), row('li:b', 'p@1', 2)]);
    await putResults(database, [row('li:a', 'p@2', 3), row('li:a', 'p@2', 4)]);
    expect(await allResults(database)).toEqual([row('li:a', 'p@2', 4), row('li:b', 'p@1', 2)]);
    expect(await countStale(database, 'p@2')).toBe(1);
  });

  it('writes only what `replace` allows, and counts what it wrote', async () => {
    await putResults(database, [row('li:a', 'p@1', 1)]);
    const written = await putResults(database, [row('li:a', 'p@2', 2), row('li:b', 'p@2', 3)], (old) => old === undefined);
    expect(written).toBe(1);
    expect((await allResults(database)).map((r) => r.score)).toEqual([1, 3]);
  });

  it('deletes and clears, and counts each removal (a running rescore re-checks which accounts exist)', async () => {
    await putResults(database, ids(50).map((id) => row(id)));
    const before = removalCount();
    await deleteResults(database, ['li:co-1', 'li:co-2', 'li:nope']);
    expect(removalCount()).toBe(before + 1);
    expect(await allResults(database)).toHaveLength(48);
    expect(await getResult(database, 'li:co-1')).toBeUndefined();
    await deleteResults(database, ids(50));
    expect(await database.resultPacks.count()).toBe(0); // an emptied pack is removed
    await putResults(database, [row('li:x')]);
    await clearResults(database);
    expect(removalCount()).toBe(before + 3);
    expect(await allResults(database)).toEqual([]);
  });

  it('rewrites only the packs whose rows changed', async () => {
    await putResults(database, ids(300).map((id) => row(id)));
    const put = vi.spyOn(database.resultPacks, 'bulkPut');
    const other = ids(300).find((id) => packOf(id) !== packOf('li:co-5'))!;
    await putResults(database, [row('li:co-5', 'p@2'), row(other, 'p@2')], (old) => old?.accountId === 'li:co-5');
    expect(put.mock.calls.map(([packs]) => packs.map((p) => p.pack))).toEqual([[packOf('li:co-5')]]);
    put.mockRestore();
  });

  it('an observation\'s write goes into the pack read in its own transaction', async () => {
    await putResults(database, [row('li:co-1')]);
    await database.transaction('rw', database.resultPacks, async () => {
      const read = await readPackOf(database, 'li:co-2');
      await putInPack(database, read, row('li:co-2', 'p@2'));
      await expect(putInPack(database, read, row('li:elsewhere-' + [...Array(40).keys()].find((k) => packOf(`li:elsewhere-${k}`) !== read.pack)))).rejects.toThrow(/another pack/);
    });
    expect((await allResults(database)).map((r) => r.accountId)).toEqual(['li:co-1', 'li:co-2']);
  });

  it('a backup keeps writing one result per account, and restores them into packs', async () => {
    const now = 1763856000000;
    await database.accounts.bulkPut(ids(3).map((id) => ({ id, keys: [id], facts: {}, firstSeenAt: now, lastSeenAt: now })));
    await putResults(database, ids(3).map((id, i) => row(id, 'p@1', i)));
    const backup = await exportBackup(database, new Date(now));
    expect(backup.results).toEqual(ids(3).map((id, i) => row(id, 'p@1', i)));
    const fresh = new IcpDatabase(`results-repo-restore-${n}`);
    const r = await importBackup(fresh, JSON.stringify(backup), now);
    expect(r.ok).toBe(true);
    expect(await allResults(fresh)).toEqual(backup.results);
    await fresh.delete();
  });

  it('stores a pack in columns and gives back every headline shape as written, field order included (schema 5)', () => {
    const best = { icpId: 'mid', icpName: 'Mid-market', tier: 'A', tierRank: 0, tierCount: 3, score: 81.5, coverage: 0.75 };
    const rows: ResultRow[] = [
      { accountId: 'li:a', playbookVersion: 'p@1', scoredAt: 5, tier: 'A', score: 81.5, best },
      { accountId: 'li:b', playbookVersion: 'p@2', scoredAt: 6, score: null, best: null },
      { accountId: 'li:c', playbookVersion: 'p@1', scoredAt: 7, tier: 'Unscored', score: null, best: { ...best, tier: null, score: null, coverage: 0 } },
    ];
    const stored = structuredClone(encodeResults(9, rows));
    expect(stored.strings.filter((s) => s === 'p@1')).toHaveLength(1);
    expect(JSON.stringify(decodeResults(stored))).toBe(JSON.stringify(rows));
    expect(decodeResults(stored, (id) => id === 'li:b')).toEqual([rows[1]]);
    expect(staleIn(stored, 'p@1')).toBe(1);
    expect(staleIn(stored, 'p@3')).toBe(3);
  });
});
