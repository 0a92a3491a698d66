import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { IcpDatabase } from '../../../lib/db/database';
import { exportBackupParts, importBackup, MAX_BACKUP_CHARS } from '../../../lib/db/backup';
import { seedStore } from './backup-fixtures';

/**
 * Both limits with a store of 20,000 realistic accounts: the export fits what restore accepts and
 * restores whole; a store larger than the limit gets a refusal, not a file restore would refuse.
 * Prints time and size (fake-indexeddb is far slower than Chrome's IndexedDB: the figures are an
 * upper bound).
 */
const N = Number(process.env.BACKUP_SCALE_N ?? 20_000);
const source = new IcpDatabase('backup-scale-source');
const target = new IcpDatabase('backup-scale-target');
afterAll(async () => {
  await source.delete();
  await target.delete();
});

describe(`a store of ${N} accounts`, () => {
  it('exports in parts within the restore limit, and restores whole into a fresh install', async () => {
    let t = performance.now();
    await seedStore(source, N);
    const seedMs = performance.now() - t;
    t = performance.now();
    const exported = await exportBackupParts(source, new Date('2026-12-01T00:00:00Z'));
    const exportMs = performance.now() - t;
    if (!exported.ok) throw new Error(exported.error);
    expect(exported.skipped).toEqual([]);
    expect(exported.chars).toBeLessThanOrEqual(MAX_BACKUP_CHARS);
    expect(Math.max(...exported.parts.map((p) => p.length))).toBeLessThanOrEqual(8 * 1024 * 1024);
    const text = exported.parts.join('');
    expect(text.length).toBe(exported.chars);
    t = performance.now();
    const restored = await importBackup(target, text);
    const importMs = performance.now() - t;
    expect(restored).toMatchObject({ ok: true, report: { accounts: { added: N, replaced: 0 } } });
    expect(await target.accounts.count()).toBe(N);
    expect(await target.observations.count()).toBe(await source.observations.count());
    expect(await target.outcomes.count()).toBe(await source.outcomes.count());
    expect(await target.accounts.get('domain:company-12345.com')).toEqual(await source.accounts.get('domain:company-12345.com'));
    console.log(
      `backup of ${N} accounts: ${(exported.chars / 1024 / 1024).toFixed(1)} MB in ${exported.parts.length} parts; seed ${(seedMs / 1000).toFixed(1)} s, export ${(exportMs / 1000).toFixed(1)} s, validate+restore ${(importMs / 1000).toFixed(1)} s (fake-indexeddb)`,
    );
  }, 600_000);

  it('refuses to export more than restore accepts, and says so', async () => {
    const exported = await exportBackupParts(source, new Date(), { maxChars: 10 * 1024 * 1024 });
    expect(exported).toEqual({ ok: false, error: expect.stringMatching(/larger than the 10 MB a backup file can hold .*restore refuses larger files/) });
    const tooBig = await importBackup(target, ' '.repeat(MAX_BACKUP_CHARS + 1));
    expect(tooBig).toEqual({ ok: false, error: expect.stringMatching(/larger than 200 MB/) });
  }, 600_000);
});
