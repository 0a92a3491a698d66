import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openExtensionPage, send, type Launched } from './support/extension';
import { saveScreens } from './support/screens';
import type { Backup } from '../../lib/db/backup';
import { account, observations, outcome } from '../unit/db/backup-fixtures';

// Options › Your data: a restore is previewed and confirmed; a hand-edited backup is refused with
// the row and field named and nothing changes; "Export all data" downloads a file that restores.

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
});

function backupFile(ids: number[], extra: Partial<Backup> = {}): string {
  const accounts = ids.map(account);
  const b: Backup = {
    format: 'icp-fit/backup@1',
    exportedAt: '2026-11-30T10:00:00.000Z',
    accounts,
    observations: accounts.flatMap((a, i) => observations(a, ids[i]!)),
    results: [],
    answers: [],
    outcomes: [outcome(accounts[0]!, 1)],
    playbooks: [],
    settings: [],
    ...extra,
  };
  return JSON.stringify(b);
}

const stats = async (p: Page) => (await send<{ accounts: number }>(p, 'data/stats', {})).data;

async function restoreFile(options: Page, name: string, text: string): Promise<void> {
  await options.getByLabel('Restore from a backup').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a hand-edited backup is refused with a clear message; a valid one is previewed, confirmed and summarised', async () => {
  const options = await openExtensionPage(l, 'options');
  expect(await send(options, 'data/import', { text: backupFile([1, 2, 3]) })).toMatchObject({ ok: true, data: { ok: true } });
  await options.goto(options.url().split('#')[0] + '#data');

  // retentionDays -1 would have made the next clean-up delete every account without an outcome
  const evil = backupFile([4, 5], { settings: [{ key: 'settings', value: { retentionDays: -1 } }] });
  await restoreFile(options, 'edited.json', evil);
  await expect(options.getByTestId('restore-error')).toHaveText('Refused: settings[0] ("settings"), field "value.retentionDays": Too small: expected number to be >=1. Nothing was restored.');
  await expect(options.getByTestId('restore-preview')).toHaveCount(0);
  expect((await stats(options)).accounts).toBe(3);
  expect((await send(options, 'settings/get', {})).data).toEqual({ retentionDays: null });

  // a valid file: two accounts we have, three new, a retention period, and a smuggled subscription
  const subscription = { url: 'https://playbooks.example/team.json', intervalHours: 6, managed: false, lastChecked: null, lastChanged: null, lastError: null };
  const good = backupFile([2, 3, 6, 7, 8], { settings: [{ key: 'settings', value: { retentionDays: 90 } }, { key: 'playbook:subscription', value: subscription }] });
  await restoreFile(options, 'good.json', good);
  const preview = options.getByTestId('restore-preview');
  await expect(preview.getByTestId('restore-accounts')).toHaveText('Accounts: 3 accounts to add, 2 accounts to replace by the file’s');
  await expect(preview.getByTestId('restore-playbook')).toHaveText('Playbook: none in the file; the built-in starter stays in use');
  await expect(preview.getByTestId('restore-setting')).toHaveText('Delete accounts not seen for: never → 90 days');
  await expect(preview.getByTestId('restore-subscription')).toContainText('This file subscribes to a playbook URL: https://playbooks.example/team.json. It will not be restored');
  await expect(options.getByTestId('restore-error')).toHaveCount(0);
  expect((await stats(options)).accounts).toBe(3); // nothing written before the rep confirms
  await saveScreens(options, 'options-restore-preview');

  await preview.getByTestId('restore-confirm').click();
  const summary = options.getByTestId('restore-summary');
  await expect(summary).toContainText('Restored');
  await expect(summary.getByTestId('restore-accounts')).toHaveText('Accounts: 3 accounts added, 2 accounts replaced by the file’s');
  expect((await stats(options)).accounts).toBe(6);
  await expect(options.getByLabel('Retention')).toHaveValue('90');
  expect((await send<{ subscription?: unknown }>(options, 'playbook/status', {})).data.subscription ?? null).toBeNull();
  await saveScreens(options, 'options-restore-summary');
});

test('Cancel restores nothing; "Export all data" downloads a file that restores as it was', async () => {
  const options = await openExtensionPage(l, 'options');
  expect(await send(options, 'data/import', { text: backupFile([1, 2]) })).toMatchObject({ ok: true, data: { ok: true } });
  await options.goto(options.url().split('#')[0] + '#data');

  await restoreFile(options, 'more.json', backupFile([3, 4, 5]));
  await options.getByTestId('restore-preview').getByTestId('restore-cancel').click();
  await expect(options.getByTestId('restore-preview')).toHaveCount(0);
  expect((await stats(options)).accounts).toBe(2);

  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export all data' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^icp-fit-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(options.getByTestId('data-message')).toHaveText(/^Backup saved \(0\.\d MB\)\.$/);
  const text = readFileSync((await download.path())!, 'utf8');
  expect((JSON.parse(text) as Backup).accounts.map((a) => a.id).sort()).toEqual(['domain:company-1.com', 'domain:company-2.com']);

  // the same file restored over the same store: nothing to add, both replaced by themselves
  await restoreFile(options, download.suggestedFilename(), text);
  await expect(options.getByTestId('restore-preview').getByTestId('restore-accounts')).toHaveText('Accounts: 0 accounts to add, 2 accounts to replace by the file’s');
  await options.getByTestId('restore-confirm').click();
  await expect(options.getByTestId('restore-summary')).toBeVisible();
  expect((await stats(options)).accounts).toBe(2);
});
