import { readFileSync } from 'node:fs';
import { expect, test } from './support/test';
import { openExtensionPage, tabIdOf, send, type Launched } from './support/extension';
import { parseDelimited } from '../../lib/insights/csv';
import { serveFixture } from './support/fixtures';
import { saveScreens } from './support/screens';

// The options page's accounts table: a company read from its LinkedIn page, plus 120 restored
// from a backup, listed, searched, filtered, paged and deleted.
const LINKEDIN = 'https://www.linkedin.com/company/acme-analytics/';

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await serveFixture(l.context, LINKEDIN, 'e2e/company-guest.acme.html');
});


function backup(n: number): string {
  const now = Date.now();
  const accounts = Array.from({ length: n }, (_, i) => ({ id: `li:seeded-${i}`, keys: [`li:seeded-${i}`], name: `Seeded ${i}`, facts: {}, firstSeenAt: now - i * 1000, lastSeenAt: now - i * 1000 }));
  const results = accounts.map((a, i) => ({ accountId: a.id, playbookVersion: 'old@0', scoredAt: now, tier: 'C', score: i % 30, best: null }));
  return JSON.stringify({ format: 'icp-fit/backup@1', exportedAt: new Date(now).toISOString(), accounts, observations: [], results, answers: [], outcomes: [{ accountId: 'li:seeded-0', status: 'won', updatedAt: now }], playbooks: [], settings: [] });
}

test('the accounts table lists every stored account with its tier, and searches, filters, pages and deletes', async () => {
  const ext = await openExtensionPage(l, 'options');
  const page = await l.context.newPage();
  await page.goto(LINKEDIN);
  const tabId = await tabIdOf(ext, LINKEDIN + '*');
  await expect.poll(async () => ((await send(ext, 'tab/view', { tabId })).data as { status?: string }).status).toBe('ready');
  expect((await send(ext, 'data/import', { text: backup(120) })).ok).toBe(true);

  await ext.goto(ext.url().split('#')[0] + '#accounts');
  const table = ext.getByTestId('accounts-table');
  // the restored rows carried another playbook's version: they are rescored, so the count settles at 121
  await expect(table.getByTestId('accounts-count')).toHaveText('1–50 of 121 accounts');
  await expect(table.getByTestId('account-row')).toHaveCount(50);
  await table.getByRole('button', { name: 'Next' }).click();
  await table.getByRole('button', { name: 'Next' }).click();
  await expect(table.getByTestId('accounts-count')).toHaveText('101–121 of 121 accounts');

  await table.getByRole('searchbox', { name: 'Search accounts' }).fill('acme');
  await expect(table.getByTestId('accounts-count')).toHaveText('1–1 of 1 account');
  const acme = table.getByTestId('account-row').first();
  await expect(acme).toContainText('Acme Analytics');
  const tier = (await send(ext, 'tab/view', { tabId })).data as { result?: { results: { tier: string | null; score: number | null }[] } };
  const best = tier.result!.results[0]!;
  await expect(acme.locator('.tier-pill')).toHaveText(best.tier ?? '–');
  await expect(acme.locator('td').nth(2)).toHaveText(best.score === null ? '–' : String(best.score));
  await saveScreens(ext, 'options-accounts');

  await table.getByRole('searchbox', { name: 'Search accounts' }).fill('seeded-0');
  await expect(table.getByTestId('account-row').first()).toContainText('Won');

  await table.getByRole('searchbox', { name: 'Search accounts' }).fill('');
  await table.getByLabel('Filter by tier').selectOption(best.tier!);
  await expect(table.getByTestId('account-row').filter({ hasText: 'Acme Analytics' })).toHaveCount(1);

  ext.once('dialog', (d) => void d.accept());
  await table.getByRole('button', { name: 'Delete Acme Analytics' }).click();
  await table.getByLabel('Filter by tier').selectOption('');
  await expect(table.getByTestId('accounts-count')).toHaveText('1–50 of 120 accounts');
  await table.getByRole('searchbox', { name: 'Search accounts' }).fill('acme');
  await expect(table.getByTestId('accounts-count')).toHaveText('No account matches.');

  // the whole list, as a CSV for the CRM, from the same tab (the export takes every account, not the search)
  const [download] = await Promise.all([ext.waitForEvent('download'), ext.getByRole('button', { name: 'Export for Salesforce (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^icp-fit-accounts-salesforce-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = parseDelimited(readFileSync((await download.path())!, 'utf8'), { delimiter: ',' });
  if (!csv.ok) throw new Error(csv.message);
  expect(csv.rows).toHaveLength(120);
  await expect(ext.getByTestId('crm-export').getByRole('status')).toHaveText('120 accounts exported for Salesforce.');
});
