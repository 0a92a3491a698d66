import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IcpDatabase, SCHEMAS } from '../../../lib/db/database';
import { scoringInput } from '../../../lib/db/scoring-inputs';
import { recordObservation } from '../../../lib/db/accounts-repo';
import { attachKey, keepApart, mergeChosen, splitAccount } from '../../../lib/db/identity-repo';
import { deleteAccount, deleteAllAccountData, deleteStaleAccounts } from '../../../lib/db/retention';
import { exportBackupParts, importBackup } from '../../../lib/db/backup';
import type { PageObservation } from '../../../lib/facts/model';
import type { AccountRow } from '../../../lib/accounts/account-row';
import { compilePlaybook, scoreAccount } from '../../../lib/scoring';
import { parsePlaybookText } from '../../../lib/playbook/validate';
import { starterPlaybookText } from '../../../lib/playbook/templates';

// Issue 17: what scoring reads of each account (scoringInputs) is derived from the account row
// and must never lag behind it, whichever path writes the account.
let database: IcpDatabase;
let n = 0;
beforeEach(() => {
  database = new IcpDatabase(`scoring-inputs-${++n}`);
});
afterEach(async () => {
  await database.delete();
});

async function expectInStep(d: IcpDatabase = database): Promise<void> {
  const accounts = await d.accounts.toArray();
  expect(await d.scoringInputs.toArray()).toEqual(accounts.map(scoringInput));
}

const now = 1_764_000_000_000;
const fact = (value: unknown, source: 'linkedin-company' | 'rep' = 'linkedin-company') => ({ value, source, evidence: [{ source, url: 'https://x', text: String(value) }], observedAt: now });
const account = (id: string, employees = 500): AccountRow => ({ id, keys: [id], name: id, firstSeenAt: now, lastSeenAt: now, facts: { name: fact(id), employees: fact(employees), industry: fact('Software Development') } });
const ev = (source: PageObservation['pageType'], text: string) => ({ source, url: 'https://x', text });
const linkedin = (slug: string, website?: string): PageObservation => ({
  pageType: 'linkedin-company',
  url: `https://www.linkedin.com/company/${slug}/`,
  facts: { name: { value: slug.toUpperCase(), evidence: ev('linkedin-company', slug) }, ...(website ? { website: { value: website, evidence: ev('linkedin-company', website) } } : {}) },
  missing: [],
});

describe('scoring inputs kept in step with accounts', () => {
  it('drops evidence, keeps values, sources and when each fact was read (issue 20: a too old fact counts as unknown)', () => {
    const at = { source: 'linkedin-company', observedAt: now };
    expect(scoringInput(account('li:a'))).toEqual({
      id: 'li:a',
      facts: { name: { value: 'li:a', ...at }, employees: { value: 500, ...at }, industry: { value: 'Software Development', ...at } },
    });
  });

  it('follows every kind of Dexie write: put, add, bulkPut, update, modify, delete, bulkDelete, where().delete(), clear', async () => {
    await database.accounts.put(account('li:a'));
    await database.accounts.add(account('li:b'));
    await database.accounts.bulkPut([account('li:c'), account('li:d'), account('li:e')]);
    await expectInStep();
    await database.accounts.update('li:a', { 'facts.employees': fact(9) });
    await database.accounts.where('id').anyOf('li:b', 'li:c').modify((a) => void (a.facts.industry = fact('Retail', 'rep')));
    await expectInStep();
    await database.accounts.delete('li:a');
    await database.accounts.bulkDelete(['li:b']);
    await database.accounts.where('id').equals('li:c').delete();
    await expectInStep();
    expect(await database.scoringInputs.count()).toBe(2);
    await database.accounts.clear();
    await expectInStep();
    expect(await database.scoringInputs.count()).toBe(0);
  });

  it('is written with the account or not at all (an aborted transaction leaves neither)', async () => {
    await expect(
      database.transaction('rw', database.accounts, async () => {
        await database.accounts.put(account('li:a'));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await database.scoringInputs.count()).toBe(0);
  });

  it('follows observations, merges and splits, identity edits, restores and retention deletes', async () => {
    await recordObservation(database, 'obs-00000001', linkedin('acme'), now);
    await recordObservation(database, 'obs-00000002', linkedin('beta'), now);
    await recordObservation(database, 'obs-00000003', linkedin('acme', 'https://acme.com'), now + 1);
    await expectInStep();
    const ids = (await database.accounts.toArray()).map((a) => a.id);
    await mergeChosen(database, ids[0]!, ids[1]!, now + 2);
    await expectInStep();
    await splitAccount(database, ids[0]!);
    await attachKey(database, ids[0]!, 'domain:acme.org', now + 3);
    await keepApart(database, ids[0]!, { key: 'domain:acme.org' });
    await expectInStep();
    const backup = await exportBackupParts(database, new Date(now));
    await deleteAccount(database, ids[0]!);
    await expectInStep();
    await deleteAllAccountData(database);
    await expectInStep();
    if (!backup.ok) throw new Error(backup.error);
    const restored = await importBackup(database, backup.parts.join(''));
    expect(restored.ok).toBe(true);
    expect(await database.scoringInputs.count()).toBe(2);
    await expectInStep();
    await deleteStaleAccounts(database, 1, now + 10 * 86_400_000);
    await expectInStep();
  });

  it('is not in a backup (derived: a restore rebuilds it)', async () => {
    await database.accounts.put(account('li:a'));
    const backup = await exportBackupParts(database, new Date(now));
    if (!backup.ok) throw new Error(backup.error);
    expect(backup.parts.join('')).not.toContain('scoringInputs');
  });
});

describe('schema version 2 upgrade', () => {
  it('builds scoring inputs from the accounts of a version 1 database, scoring them exactly as the accounts', async () => {
    const name = `scoring-inputs-upgrade-${++n}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMAS[0]!.stores);
    await old.open();
    const rows = Array.from({ length: 50 }, (_, i) => account(`li:old-${String(i).padStart(2, '0')}`, 10 * i + 1));
    await old.table('accounts').bulkAdd(rows);
    old.close();

    const current = new IcpDatabase(name);
    await current.open();
    await expectInStep(current);
    expect(await current.scoringInputs.count()).toBe(50);
    const parsed = parsePlaybookText(starterPlaybookText);
    if (!parsed.ok) throw new Error('starter');
    const compiled = compilePlaybook(parsed.playbook);
    const today = '2026-12-06';
    for (const input of await current.scoringInputs.toArray()) {
      const full = rows.find((r) => r.id === input.id)!;
      const a = scoreAccount({ facts: full.facts }, compiled, { today }).results.map((r) => [r.tier, r.score, r.coverage]);
      const b = scoreAccount({ facts: input.facts }, compiled, { today }).results.map((r) => [r.tier, r.score, r.coverage]);
      expect(b).toEqual(a);
    }
    await current.delete();
  });
});
