import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/db/backup-export';
import { importBackup, parseBackup } from '../../../lib/db/backup';
import { recordObservation } from '../../../lib/db/accounts-repo';
import type { PageObservation } from '../../../lib/facts/model';
import { backupOf, closeAll, freshDb } from './restore-helpers';

afterEach(closeAll);

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 9, 1);
const URL = 'https://www.linkedin.com/company/acme/';
const acme = (employees: number): PageObservation => ({
  pageType: 'linkedin-company',
  url: URL,
  facts: {
    name: { value: 'Acme', evidence: { source: 'linkedin-company', url: URL, text: 'Acme' } },
    employees: { value: employees, evidence: { source: 'linkedin-company', url: URL, text: `${employees} employees` } },
  },
  missing: [],
});

describe('backups carry the history (issue 20)', () => {
  it('exports the history and changedAt, and a restore brings them back', async () => {
    const source = freshDb();
    await recordObservation(source, 'obs-1', acme(180), T0);
    await recordObservation(source, 'obs-2', acme(214), T0 + 60 * DAY);
    const text = JSON.stringify(await exportBackup(source, new Date(T0 + 61 * DAY)));
    const target = freshDb();
    const r = await importBackup(target, text, T0 + 61 * DAY);
    expect(r.ok).toBe(true);
    const restored = await target.accounts.get('li:acme');
    expect(restored?.history?.employees?.map((e) => e.value)).toEqual([180, 214]);
    expect(restored?.changedAt).toBe(T0 + 60 * DAY);
    expect(restored?.facts.headcountGrowth?.value).toBe(18.9);
    expect(await target.accounts.where('changedAt').above(0).count()).toBe(1);
  });

  it('a backup from before the history (schema 2) still restores', async () => {
    const text = JSON.stringify(backupOf(3));
    expect(text).not.toContain('"history"');
    const target = freshDb();
    expect((await importBackup(target, text, Date.UTC(2026, 11, 1))).ok).toBe(true);
    expect(await target.accounts.count()).toBe(3);
  });

  it('refuses a history longer than the cap, or holding a value no fact can have', () => {
    const entry = { value: 1, source: 'linkedin-company', firstAt: T0, lastAt: T0 };
    const withHistory = (history: unknown) => {
      const b = backupOf(1);
      return JSON.stringify({ ...b, accounts: [{ ...b.accounts[0], history }] });
    };
    expect(parseBackup(withHistory({ employees: [entry] })).ok).toBe(true);
    expect(parseBackup(withHistory({ employees: Array(25).fill(entry) })).ok).toBe(false);
    expect(parseBackup(withHistory({ employees: [{ ...entry, value: { nested: { deep: 1 } } }] })).ok).toBe(false);
    expect(parseBackup(withHistory({ employees: [{ ...entry, source: 'evil' }] })).ok).toBe(false);
  });
});
