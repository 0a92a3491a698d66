import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IcpDatabase, SCHEMAS } from '../../../lib/db/database';
import { scoringInput } from '../../../lib/db/scoring-inputs';
import { allInputs, inputPackOf, openInputsOf } from '../../../lib/db/inputs-repo';
import { decodePack, encodePack, type ScoringInputRow } from '../../../lib/db/input-pack';
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

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
async function expectInStep(d: IcpDatabase = database): Promise<void> {
  const accounts = await d.accounts.toArray();
  expect((await allInputs(d)).sort(byId)).toEqual(accounts.map(scoringInput).sort(byId));
}
const inputCount = async (d: IcpDatabase = database) => (await allInputs(d)).length;

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
    expect(await inputCount()).toBe(2);
    await database.accounts.clear();
    await expectInStep();
    expect(await inputCount()).toBe(0);
  });

  it('keeps both of two accounts written at once in one transaction when they share a pack (schema 5: a pack is read once per transaction)', async () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `li:co-${i}`);
    const first = ids[0]!;
    const second = ids.find((id) => id !== first && inputPackOf(id) === inputPackOf(first))!;
    await database.transaction('rw', database.accounts, () => Promise.all([database.accounts.put(account(first)), database.accounts.put(account(second))]));
    await expectInStep();
    expect(await inputCount()).toBe(2);
  });

  it('writes packs opened before the writes (openInputsOf) with the account at once, both writes of a shared pack kept', async () => {
    await database.accounts.put(account('li:old', 10));
    const ids = Array.from({ length: 2000 }, (_, i) => `li:co-${i}`);
    const first = ids.find((id) => inputPackOf(id) === inputPackOf('li:old'))!;
    const second = ids.find((id) => id !== first && inputPackOf(id) === inputPackOf(first))!;
    await database.transaction('rw', [database.accounts, database.inputPacks], async () => {
      await openInputsOf(database, [first, second]);
      await Promise.all([database.accounts.put(account(first)), database.accounts.put(account(second, 7))]);
    });
    await expectInStep();
    expect(await inputCount()).toBe(3);
  });

  it('gives an opened pack its old input back when the account write fails inside a transaction that goes on', async () => {
    const id = 'li:kept';
    await database.accounts.put(account(id, 10));
    const bad = { ...account(id, 99), lastSeenAt: Symbol('not cloneable') } as unknown as AccountRow;
    await database.transaction('rw', [database.accounts, database.inputPacks], async () => {
      await openInputsOf(database, [id]);
      await database.accounts.put(bad).catch(() => undefined);
    });
    await expectInStep();
    expect((await allInputs(database))[0]!.facts.employees!.value).toBe(10);
  });

  it('follows a range delete: exactly the accounts inside the range go', async () => {
    await database.accounts.bulkPut(['li:a', 'li:b', 'li:c', 'li:d', 'li:e'].map((id) => account(id)));
    await database.accounts.where('id').between('li:b', 'li:d', false, true).delete();
    await expectInStep();
    expect((await allInputs(database)).map((i) => i.id).sort()).toEqual(['li:a', 'li:b', 'li:e']);
  });

  it('packs and unpacks every shape scoringInput() makes: no source, no read time, a fact named __proto__', () => {
    const inputs: ScoringInputRow[] = [
      { id: 'li:b', facts: JSON.parse('{"__proto__": {"value": 1, "source": "rep", "observedAt": 5}, "tags": {"value": ["a"], "observedAt": 7}}') as ScoringInputRow['facts'] },
      { id: 'li:a', facts: { employees: { value: 0, source: 'import', observedAt: undefined }, note: { value: null, observedAt: undefined } } },
    ];
    const row = encodePack(3, inputs);
    expect(row.ids).toEqual(['li:a', 'li:b']);
    const back = decodePack(structuredClone(row));
    expect(back).toEqual([inputs[1], inputs[0]]);
    expect(Object.getPrototypeOf(back[1]!.facts)).toBe(Object.prototype);
    expect(Object.keys(back[1]!.facts)).toContain('__proto__');
    expect(decodePack(row, (id) => id === 'li:b')).toEqual([inputs[0]]);
  });

  it('is written with the account or not at all (an aborted transaction leaves neither)', async () => {
    await expect(
      database.transaction('rw', database.accounts, async () => {
        await database.accounts.put(account('li:a'));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await inputCount()).toBe(0);
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
    expect(await inputCount()).toBe(2);
    await expectInStep();
    await deleteStaleAccounts(database, 1, now + 10 * 86_400_000);
    await expectInStep();
  });

  it('is not in a backup (derived: a restore rebuilds it)', async () => {
    await database.accounts.put(account('li:a'));
    const backup = await exportBackupParts(database, new Date(now));
    if (!backup.ok) throw new Error(backup.error);
    expect(backup.parts.join('')).not.toContain('scoringInputs');
    expect(backup.parts.join('')).not.toContain('inputPacks');
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
    expect(await inputCount(current)).toBe(50);
    const parsed = parsePlaybookText(starterPlaybookText);
    if (!parsed.ok) throw new Error('starter');
    const compiled = compilePlaybook(parsed.playbook);
    const today = '2026-12-06';
    for (const input of await allInputs(current)) {
      const full = rows.find((r) => r.id === input.id)!;
      const a = scoreAccount({ facts: full.facts }, compiled, { today }).results.map((r) => [r.tier, r.score, r.coverage]);
      const b = scoreAccount({ facts: input.facts }, compiled, { today }).results.map((r) => [r.tier, r.score, r.coverage]);
      expect(b).toEqual(a);
    }
    await current.delete();
  });
});
