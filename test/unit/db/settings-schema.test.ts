import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { IcpDatabase } from '../../../lib/db/database';
import { deleteStaleAccounts } from '../../../lib/db/retention';
import { POLICY_SETTING, SEEN_SETTING, SETTINGS_KEY, SETTING_SPECS, SUBSCRIPTION_SETTING } from '../../../lib/db/settings-schema';
import { seedStore } from './backup-fixtures';

/** One registry of settings keys for live writes and restores; the retention guard behind it. */
let n = 0;
const open: IcpDatabase[] = [];
function freshDb(): IcpDatabase {
  const d = new IcpDatabase(`settings-${++n}`);
  open.push(d);
  return d;
}
afterEach(async () => {
  for (const d of open.splice(0)) await d.delete();
});

describe('live settings writes go through the registry', () => {
  it('stores what the extension writes', async () => {
    const d = freshDb();
    await d.settings.put({ key: SETTINGS_KEY, value: { retentionDays: 90 } });
    await d.settings.put({ key: SEEN_SETTING, value: { seq: null } });
    await d.settings.put({ key: POLICY_SETTING, value: { present: true, locked: true, appliedAt: 5, error: null } });
    await d.settings.put({ key: SUBSCRIPTION_SETTING, value: { url: 'https://x.example/p.json', intervalHours: 6, managed: false, lastChecked: null, lastChanged: null, lastError: null } });
    expect(await d.settings.count()).toBe(4);
  });

  it.each([
    ['a negative retention', { key: SETTINGS_KEY, value: { retentionDays: -1 } }, /setting "settings" retentionDays: Too small/],
    ['a retention of 100 years', { key: SETTINGS_KEY, value: { retentionDays: 36500 } }, /setting "settings" retentionDays: Too big/],
    ['an unknown key', { key: 'retentionDays', value: 90 }, /unknown setting "retentionDays"/],
    ['a subscription checked every minute', { key: SUBSCRIPTION_SETTING, value: { url: 'https://x', intervalHours: 0.01, managed: false, lastChecked: null, lastChanged: null, lastError: null } }, /intervalHours: Too small/],
  ])('refuses %s, and its transaction writes nothing', async (_name, row, message) => {
    const d = freshDb();
    const write = d.transaction('rw', d.settings, d.accounts, async () => {
      await d.accounts.put({ id: 'li:x', keys: ['li:x'], facts: {}, firstSeenAt: 1, lastSeenAt: 1 });
      await d.settings.put(row);
    });
    await expect(write).rejects.toThrow(message);
    expect(await d.accounts.count()).toBe(0);
    expect(await d.settings.count()).toBe(0);
  });

  it('names every key the background writes (a new key must be registered to be stored)', async () => {
    const { SUBSCRIPTION_KEY } = await import('../../../lib/background/playbook/playbook-subscription');
    const { POLICY_KEY } = await import('../../../lib/background/playbook/playbook-activate');
    const { SEEN_KEY } = await import('../../../lib/background/playbook/editor-handlers');
    const { CRM_OUTCOMES_KEY } = await import('../../../lib/background/crm/crm-outcomes');
    const { CRM_SUBSCRIPTION_KEY } = await import('../../../lib/background/crm/crm-subscription');
    const { CRM_ME_KEY } = await import('../../../lib/background/crm/crm-me');
    expect(Object.keys(SETTING_SPECS).sort()).toEqual([SETTINGS_KEY, SUBSCRIPTION_KEY, POLICY_KEY, SEEN_KEY, CRM_OUTCOMES_KEY, CRM_SUBSCRIPTION_KEY, CRM_ME_KEY].sort());
  });
});

describe('retention', () => {
  it.each([-1, 0, 0.5, Number.NaN, 5000])('refuses to delete accounts with a period of %s days', async (days) => {
    const d = freshDb();
    await seedStore(d, 3);
    await expect(deleteStaleAccounts(d, days, Date.now())).rejects.toThrow(/is not a retention period/);
    expect(await d.accounts.count()).toBe(3);
  });
});
