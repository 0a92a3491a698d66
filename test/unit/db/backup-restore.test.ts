import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IcpDatabase } from '../../../lib/db/database';
import { importBackup, planRestore, type Backup } from '../../../lib/db/backup';
import { POLICY_SETTING } from '../../../lib/db/settings-schema';
import { seedStore } from './backup-fixtures';
import { starterRow } from './playbook-rows';
import { backupOf, closeAll, freshDb, parseOk, snapshot } from './restore-helpers';

/**
 * A backup edited by hand is refused whole, with the row and field named, and nothing changes;
 * a valid one is previewed, then restored in one transaction (policy and subscriptions:
 * backup-policy.test.ts).
 */
afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

/** A backup as JSON text with one edit applied to its parsed form. */
function edited(edit: (b: Record<string, unknown[]> & Backup) => void, base = backupOf(3)): string {
  const b = JSON.parse(JSON.stringify(base)) as Record<string, unknown[]> & Backup;
  edit(b);
  return JSON.stringify(b);
}

describe('a hand-edited backup is refused whole, naming the row and field, and nothing changes', () => {
  let target: IcpDatabase;
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeEach(async () => {
    target = freshDb();
    await seedStore(target, 5);
    await target.playbooks.add(starterRow());
    await target.settings.put({ key: 'settings', value: { retentionDays: 365 } });
    before = await snapshot(target);
  });

  const setting = (value: unknown) => (b: Backup) => void (b.settings = [{ key: 'settings', value }]);
  it.each([
    ['negative retention', setting({ retentionDays: -1 }), /settings\[0\] \("settings"\), field "value.retentionDays": Too small/],
    ['zero retention', setting({ retentionDays: 0 }), /field "value.retentionDays": Too small/],
    ['retention beyond ten years', setting({ retentionDays: 5000 }), /field "value.retentionDays": Too big/],
    ['a fractional retention', setting({ retentionDays: 1.5 }), /field "value.retentionDays": .*expected int/],
    ['retention as text', setting({ retentionDays: '30' }), /field "value.retentionDays": .*expected number/],
    ['an unknown key in the settings', setting({ retentionDays: 30, deleteAll: true }), /field "value": Unrecognized key: "deleteAll"/],
    ['an unknown setting', (b: Backup) => void b.settings.push({ key: 'telemetry', value: true }), /settings\[1\] \("telemetry"\), field "key": unknown setting "telemetry"/],
    ['a policy state that unlocks', (b: Backup) => void b.settings.push({ key: POLICY_SETTING, value: { present: false, locked: false, appliedAt: null, error: null, admin: true } }), /settings\[1\] \("playbook:policy"\), field "value": Unrecognized key: "admin"/],
    ['the same setting twice', (b: Backup) => void b.settings.push({ key: 'settings', value: { retentionDays: 30 } }), /settings\[1\] has the same key/],
    ['an unknown key in an account', (b: Backup) => void ((b.accounts[1] as unknown as Record<string, unknown>).admin = true), /accounts\[1\] \("domain:company-1001.com"\), the row: Unrecognized key: "admin"/],
    ['an unknown key at the top', (b: Record<string, unknown>) => void (b.extra = []), /Not an ICP Fit backup: the row: Unrecognized key: "extra"/],
    ['an unknown fact', (b: Backup) => void (b.accounts[0]!.facts.password = { ...b.accounts[0]!.facts.name! }), /accounts\[0\] .*field "facts.password.value": unknown fact "password"/],
    ['a fact of the wrong type', (b: Backup) => void (b.accounts[0]!.facts.employees!.value = -5), /accounts\[0\] .*field "facts.employees.value": Too small/],
    ['an extra key in a size band', (b: Backup) => void (b.accounts[0]!.facts.employeeRange!.value = { min: 1, max: 2, x: 1 }), /field "facts.employeeRange.value": Unrecognized key: "x"/],
    ['an oversized name', (b: Backup) => void (b.accounts[2]!.name = 'x'.repeat(2001)), /accounts\[2\] .*field "name": Too big/],
    ['an oversized description', (b: Backup) => void (b.accounts[0]!.facts.description!.value = 'x'.repeat(2001)), /field "facts.description.value": Too big/],
    ['an oversized evidence text', (b: Backup) => void (b.observations[0]!.facts.name!.evidence.text = 'x'.repeat(201)), /observations\[0\] .*field "facts.name.evidence.text": Too big/],
    ['an oversized identity key', (b: Backup) => void b.accounts[0]!.keys.push('li:' + 'x'.repeat(3000)), /field "keys.2": Too big/],
    ['an oversized text in a nested record', (b: Backup) => void (b.accounts[0]!.merges = [mergeWith('x'.repeat(5000))]), /accounts\[0\] .*field "merges.0.survivor.facts.name.value": text longer than 2112/],
    ['an outcome worth more than any deal', (b: Backup) => void (b.outcomes[0]!.value = 1e15), /outcomes\[0\] .*field "value": Too big/],
    ['an outcome dated 2026-02-30', (b: Backup) => void (b.outcomes[0]!.closedAt = '2026-02-30'), /field "closedAt": use a date/],
    ['an invalid playbook', (b: Backup) => void (b.playbooks[0]!.text = '{"format":"icp-fit/playbook@1","name":"x"}'), /playbooks\[0\] \("Team"\), field "text": not a valid playbook/],
    ['a playbook that is not what its row says', (b: Backup) => void (b.playbooks[0]!.version = '2099.1'), /field "name": the row says "Team" 2099.1, its text is "Team" 2026.4/],
    ['the same account twice', (b: Backup) => void b.accounts.push(b.accounts[0]!), /accounts\[3\] has the same key as an earlier row/],
    ['another format', (b: Record<string, unknown>) => void (b.format = 'icp-fit/backup@2'), /Not an ICP Fit backup: field "format"/],
  ])('%s', async (_name, edit, message) => {
    const result = await importBackup(target, edited(edit as (b: Backup) => void));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(message) });
    expect(await snapshot(target)).toEqual(before);
  });

  it('refuses a prototype key with a message that names it (no backup has one)', async () => {
    const text = edited(() => undefined).replace('"facts":{', '"facts":{"__proto__":{"employees":{"value":1}},');
    const result = await importBackup(target, text);
    expect(result).toEqual({ ok: false, error: 'Refused: the file holds a "__proto__" key, which no ICP Fit backup has.' });
    expect(await snapshot(target)).toEqual(before);
  });

  it('refuses a prototype key hidden behind a \\u escape', async () => {
    const text = edited(() => undefined).replace('"facts":{', '"facts":{"\\u005f_proto__":{"employees":{"value":1}},');
    expect(text).toContain('"\\u005f_proto__"');
    expect(await importBackup(target, text)).toEqual({ ok: false, error: 'Refused: the file holds a "__proto__" key, which no ICP Fit backup has.' });
    expect(await snapshot(target)).toEqual(before);
  });

  it('accepts "prototype" and "constructor" as values (only keys are refused)', async () => {
    const text = edited((b) => void (b.accounts[0]!.facts.specialties!.value = ['prototype', 'constructor', '__proto__']));
    expect(await importBackup(target, text)).toMatchObject({ ok: true, report: { accounts: { added: 3 } } });
  });

  it('a failure in the middle of the write (quota, a crash) leaves the store exactly as it was', async () => {
    vi.spyOn(target.outcomes, 'bulkPut').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const result = await importBackup(target, JSON.stringify(backupOf(50)));
    expect(result).toEqual({ ok: false, error: 'Nothing was restored: The quota has been exceeded.' });
    expect(await snapshot(target)).toEqual(before);
  });
});

function mergeWith(name: string) {
  const side = { id: 'li:a', keys: ['li:a'], facts: { name: { value: name, source: 'linkedin-company' as const, evidence: [], observedAt: 1 } }, firstSeenAt: 1, lastSeenAt: 1 };
  return { at: 1, kind: 'merged' as const, survivor: side, absorbed: { ...side, id: 'li:b', keys: ['li:b'] }, answers: [], outcomes: [], observationIds: [] };
}

describe('the preview says what a restore will do; the restore does that and says so', () => {
  it('lists accounts added and replaced, the playbook that becomes active, and each setting that changes', async () => {
    const target = freshDb();
    await seedStore(target, 2, 1000); // two of the file's accounts are already here
    await target.playbooks.add(starterRow());
    const file = backupOf(5);
    const preview = await planRestore(target, parseOk(JSON.stringify(file)), Date.UTC(2026, 11, 1));
    expect(preview).toMatchObject({
      accounts: { added: 3, replaced: 2 },
      observations: 8,
      outcomes: 1,
      playbook: { action: 'activate', name: 'Team', version: '2026.4', current: { name: starterRow().name, version: starterRow().version }, added: 1 },
      settings: [{ key: 'retentionDays', from: 'null', to: '90' }],
      subscription: null,
      notRestored: [],
    });
    expect(await target.accounts.count()).toBe(2); // a preview writes nothing
    const done = await importBackup(target, JSON.stringify(file), Date.UTC(2026, 11, 1));
    expect(done).toMatchObject({ ok: true, report: preview });
    expect(await target.accounts.count()).toBe(5);
    expect((await target.playbooks.orderBy('seq').last())?.version).toBe('2026.4');
    expect((await target.settings.get('settings'))?.value).toEqual({ retentionDays: 90 });
  });

  it('counts the accounts the restored retention period would delete at the next clean-up', async () => {
    const target = freshDb();
    const file = backupOf(4, { settings: [{ key: 'settings', value: { retentionDays: 30 } }] });
    // the fixture's accounts were last seen in 2027; one has an outcome (kept)
    const preview = await planRestore(target, parseOk(JSON.stringify(file)), Date.UTC(2028, 5, 1));
    expect(preview.retentionWillDelete).toBe(3);
  });

  it('restoring the same file twice adds no playbook version the second time', async () => {
    const target = freshDb();
    const text = JSON.stringify(backupOf(2));
    await importBackup(target, text);
    const again = await importBackup(target, text);
    expect(again).toMatchObject({ ok: true, report: { playbook: { action: 'same', added: 0 } } });
    expect(await target.playbooks.count()).toBe(1);
  });
});
