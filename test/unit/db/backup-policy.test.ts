import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, exportBackupParts, importBackup, planRestore } from '../../../lib/db/backup';
import { POLICY_SETTING, SUBSCRIPTION_SETTING } from '../../../lib/db/settings-schema';
import { seedStore } from './backup-fixtures';
import { playbookText, starterRow } from './playbook-rows';
import { backupOf, closeAll, freshDb, parseOk } from './restore-helpers';

/**
 * A restore never changes what Chrome policy locks, never restores a subscription or a policy
 * state, and every file export writes restores.
 */
afterEach(closeAll);

describe('Chrome policy and playbook subscriptions', () => {
  const lockedPolicy = { present: true, locked: true, appliedAt: 1, error: null };

  it('a restore never changes a policy-locked playbook: the rest is restored and the preview says the playbook is kept', async () => {
    const target = freshDb();
    await target.playbooks.add({ ...starterRow(), source: 'policy', name: 'HQ', version: '7', text: playbookText('HQ', '7') });
    await target.settings.put({ key: POLICY_SETTING, value: lockedPolicy });
    const playbooksBefore = await target.playbooks.toArray();
    const text = JSON.stringify(backupOf(2));
    const preview = await planRestore(target, parseOk(text));
    expect(preview.playbook).toEqual({ action: 'locked', name: 'Team', version: '2026.4', current: { name: 'HQ', version: '7' }, added: 0 });
    expect(preview.notRestored).toEqual([expect.stringMatching(/The playbook: yours is locked by your organisation \(Chrome policy\), so it is kept/)]);
    expect(await importBackup(target, text)).toMatchObject({ ok: true, report: { playbook: { action: 'locked' } } });
    expect(await target.playbooks.toArray()).toEqual(playbooksBefore);
    expect(await target.accounts.count()).toBe(2);
    expect((await target.settings.get(POLICY_SETTING))?.value).toEqual(lockedPolicy);
  });

  it('a policy state in the file never unlocks this browser', async () => {
    const target = freshDb();
    await target.settings.put({ key: POLICY_SETTING, value: lockedPolicy });
    const unlocking = { key: POLICY_SETTING, value: { present: false, locked: false, appliedAt: null, error: null } };
    const r = await importBackup(target, JSON.stringify(backupOf(1, { settings: [unlocking] })));
    expect(r).toMatchObject({ ok: true, report: { playbook: { action: 'locked' } } });
    expect((await target.settings.get(POLICY_SETTING))?.value).toEqual(lockedPolicy);
  });

  it('a playbook-URL subscription in the file is shown in the preview and never activated', async () => {
    const target = freshDb();
    const sub = { url: 'https://evil.example/playbook.json', intervalHours: 1, managed: false, lastChecked: null, lastChanged: null, lastError: null };
    const text = JSON.stringify(backupOf(1, { settings: [{ key: SUBSCRIPTION_SETTING, value: sub }] }));
    const preview = await planRestore(target, parseOk(text));
    expect(preview.subscription).toEqual({ url: 'https://evil.example/playbook.json', managed: false });
    expect(preview.notRestored).toEqual([expect.stringContaining('The playbook URL subscription (https://evil.example/playbook.json): subscribe from the Playbook tab if you trust it')]);
    expect(preview.settings).toEqual([]);
    expect(await importBackup(target, text)).toMatchObject({ ok: true });
    expect(await target.settings.get(SUBSCRIPTION_SETTING)).toBeUndefined();
  });
});

describe('export restores', () => {
  it('round-trips a store with a playbook, settings and a subscription (shown, not restored)', async () => {
    const source = freshDb();
    await seedStore(source, 30);
    await source.playbooks.add(starterRow());
    await source.settings.put({ key: 'settings', value: { retentionDays: 180 } });
    const target = freshDb();
    const r = await importBackup(target, JSON.stringify(await exportBackup(source, new Date())));
    expect(r).toMatchObject({ ok: true, report: { accounts: { added: 30 }, playbook: { action: 'activate' } } });
    const [a, b] = [await exportBackup(source, new Date(0)), await exportBackup(target, new Date(0))];
    expect(b).toEqual(a);
  });

  it('leaves out and names a stored row restore would refuse, so the file still restores', async () => {
    const source = freshDb();
    await seedStore(source, 3);
    await source.playbooks.add({ ...starterRow(), text: '{"damaged": true}' });
    const r = await exportBackupParts(source, new Date());
    if (!r.ok) throw new Error(r.error);
    const { parts, skipped } = r;
    expect(skipped).toEqual([expect.stringMatching(/^playbooks ".*", field "text": not a valid playbook/)]);
    expect(await importBackup(freshDb(), parts.join(''))).toMatchObject({ ok: true, report: { accounts: { added: 3 } } });
  });
});
