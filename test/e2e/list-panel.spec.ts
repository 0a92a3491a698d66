import { readFileSync } from 'node:fs';
import { expect, test } from './support/test';
import { type Launched } from './support/extension';
import { serveFixture, serveHtml } from './support/fixtures';
import { axeSerious, panelFor } from './support/panel';

// The side panel on a list page (issue 18, "What the rep sees"), in real Chromium: the committed
// company search fixture at its real URL, the real list content script, worker and panel.
const SEARCH = 'https://www.linkedin.com/search/results/companies/?keywords=ledger';
const NAMES = ['Lumen Ledger', 'Northwind Robotics', 'Fernhill Coffee Roasters'];
const RANK: Record<string, number> = { A: 0, B: 1, C: 2, DQ: 3, '–': 4 };

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await serveFixture(l.context, SEARCH, 'linkedin/search-companies.loggedin-2024.html');
});

test('a company search in the panel: best first, filter by tier, Enter opens the row, export, save', async () => {
  const { page, panel } = await panelFor(l, SEARCH, /^(\d+A|A|B|C|DQ)$/);
  const list = panel.getByTestId('list-panel');
  const rows = list.getByTestId('list-row');
  await expect(rows).toHaveCount(3);
  await expect(list.getByTestId('list-summary')).toHaveText(/^3 rows read/);
  // the single-account view is not shown on a list page
  await expect(panel.getByTestId('state-idle')).toHaveCount(0);

  // best first: tiers never get better down the list, scores never rise within a tier
  const tiers = await rows.getByTestId('list-tier').allTextContents();
  expect(tiers.every((t) => t in RANK)).toBe(true);
  const ranks = tiers.map((t) => RANK[t]!);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect((await rows.getByTestId('list-name').allTextContents()).sort()).toEqual([...NAMES].sort());
  // a list row knows little, and says so
  await expect(rows.first().getByTestId('list-coverage')).toContainText('From the list row only — open the page for more');

  // filter by the first row's tier: only rows of that tier stay
  const tier = tiers[0]!;
  await list.getByLabel('Tier', { exact: true }).selectOption(tier);
  await expect(rows).toHaveCount(tiers.filter((t) => t === tier).length);
  await expect(rows.getByTestId('list-tier')).toHaveText(tiers.filter((t) => t === tier));
  await list.getByLabel('Tier', { exact: true }).selectOption('');
  await expect(rows).toHaveCount(3);

  expect(await axeSerious(panel)).toEqual([]);

  // Export: the rows in the Accounts export's CRM shape
  const [download] = await Promise.all([panel.waitForEvent('download'), list.getByRole('button', { name: 'Export CSV for HubSpot' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(csv[0]).toMatch(/^Company name,Company Domain Name,Website URL,/);
  expect(csv.slice(1).map((line) => line.split(',')[0]).sort()).toEqual([...NAMES].sort());
  await expect(list.getByTestId('list-status')).toHaveText('3 companies exported for HubSpot.');

  // Save to accounts: the row becomes an account, in recent accounts, and the row says the rep has it
  const second = rows.nth(1);
  const secondName = (await second.getByTestId('list-name').textContent())!;
  await second.getByRole('button', { name: 'Save to accounts' }).click();
  await expect(panel.getByTestId('recent')).toContainText(secondName);
  await expect(rows.filter({ hasText: secondName }).getByTestId('list-known')).toContainText('You have it');

  // keyboard: Tab reaches the first row, ArrowDown moves, Enter opens that row's page in the tab
  const third = rows.nth(2);
  const thirdName = (await third.getByTestId('list-name').textContent())!;
  const slug = { 'Lumen Ledger': 'lumen-ledger', 'Northwind Robotics': 'northwind-robotics', 'Fernhill Coffee Roasters': 'fernhill-coffee' }[thirdName]!;
  for (const end of ['', '/']) await serveHtml(l.context, `https://www.linkedin.com/company/${slug}${end}`, '<!DOCTYPE html><title>company</title><p>company page</p>');
  await rows.first().getByRole('button').first().focus();
  await panel.keyboard.press('ArrowDown');
  await panel.keyboard.press('ArrowDown');
  await expect(third.getByRole('button').first()).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`^https://www\\.linkedin\\.com/company/${slug}/?$`));
});
