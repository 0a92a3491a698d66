import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/test';
import { openExtensionPage, send, type Launched } from './support/extension';
import type { Backup } from '../../lib/db/backup';
import { account, observations, outcome, result } from '../unit/db/backup-fixtures';

// Both limits with a store of 20,000 realistic accounts, in real Chromium: a ~150 MB backup (more
// than two Chrome messages can carry) is restored through Options › Your data, then exported again
// from there; the downloaded file is the size restore accepts and holds every account.
const N = 20_000;
const DIR = path.resolve(import.meta.dirname, '../../test-results/backup-scale');

function writeBackup(file: string): number {
  const accounts = Array.from({ length: N }, (_, i) => account(i));
  const b: Backup = {
    format: 'icp-fit/backup@1',
    exportedAt: new Date().toISOString(),
    accounts,
    observations: accounts.flatMap((a, i) => observations(a, i)),
    results: accounts.map(result),
    answers: [],
    outcomes: accounts.filter((_, i) => i % 10 === 0).map((a, i) => outcome(a, i)),
    playbooks: [],
    settings: [{ key: 'settings', value: { retentionDays: null } }],
  };
  writeFileSync(file, JSON.stringify(b));
  return statSync(file).size;
}

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
});
test.afterEach(async () => {
  rmSync(DIR, { recursive: true, force: true }); // 150 MB
});

test('20,000 accounts: a 150 MB backup restores through the options page and exports again within the limit', async () => {
  test.setTimeout(600_000);
  mkdirSync(DIR, { recursive: true });
  const file = path.join(DIR, 'backup-20000.json');
  const bytes = writeBackup(file);
  const options = await openExtensionPage(l, 'options');
  await options.goto(options.url().split('#')[0] + '#data');

  // The restore input shows with the page: fail in seconds, not at the test's 10 minutes, if it
  // does not (one CI run in session 19 waited out the whole timeout here; cause not found)
  const input = options.getByLabel('Restore from a backup');
  await expect(input).toBeAttached({ timeout: 30_000 });
  let t = Date.now();
  await input.setInputFiles(file);
  await expect(options.getByTestId('restore-accounts')).toHaveText('Accounts: 20,000 accounts to add, 0 accounts to replace by the file’s', { timeout: 300_000 });
  const previewMs = Date.now() - t;
  t = Date.now();
  await options.getByTestId('restore-confirm').click();
  await expect(options.getByTestId('restore-summary')).toBeVisible({ timeout: 300_000 });
  const restoreMs = Date.now() - t;
  expect((await send<{ accounts: number }>(options, 'data/stats', {})).data.accounts).toBe(N);

  t = Date.now();
  const [download] = await Promise.all([options.waitForEvent('download', { timeout: 300_000 }), options.getByRole('button', { name: 'Export all data' }).click()]);
  const out = (await download.path())!;
  const exportMs = Date.now() - t;
  const exported = statSync(out).size;
  await expect(options.getByTestId('data-message')).toHaveText(/^Backup saved \(\d+\.\d MB\)\.$/);
  expect(exported).toBeLessThanOrEqual(200 * 1024 * 1024);
  console.log(`20,000 accounts in Chromium: file ${(bytes / 1024 / 1024).toFixed(1)} MB; upload+validate+preview ${(previewMs / 1000).toFixed(1)} s; restore ${(restoreMs / 1000).toFixed(1)} s; export+download ${(exportMs / 1000).toFixed(1)} s (${(exported / 1024 / 1024).toFixed(1)} MB)`);
});
