import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './support/test';
import { badgeOf, openExtensionPage, send, serviceWorker, type Launched } from './support/extension';
import { fixtureHtml, serveHtml } from './support/fixtures';
import { panelFor } from './support/panel';
import { saveScreens } from './support/screens';

// Issue 20 in real Chromium: the same company page read twice, 60 days apart by the worker's
// clock, with another employee count. The first reading is stored 60 days in the past (the
// worker's Date.now moved back: observations are dated in the background), the second now.
const ACME = 'https://www.linkedin.com/company/acme-analytics/';
const DAY = 86_400_000;
const page118 = fixtureHtml('e2e/company-guest.acme.html');
const page140 = page118.replace('View all 118 employees', 'View all 140 employees');

async function shiftWorkerClock(worker: Worker, days: number): Promise<void> {
  await worker.evaluate((ms) => {
    const g = globalThis as unknown as { __realNow?: () => number };
    g.__realNow ??= Date.now.bind(Date);
    const real = g.__realNow;
    Date.now = () => real() + ms;
  }, days * DAY);
}

async function showHrIcp(panel: Page): Promise<void> {
  await panel.getByTestId('icp-switcher').getByRole('button', { name: /Mid-market HR tech/ }).click();
}

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
});

test('a page read again 60 days later with more employees: the change, headcount growth from both readings, the badge', async () => {
  expect(page140).not.toBe(page118);
  await serveHtml(l.context, ACME, page118);
  const worker = await serviceWorker(l.context);
  await shiftWorkerClock(worker, -60);
  const { page, panel, tabId } = await panelFor(l, ACME);
  const badgeBefore = await badgeOf(panel, tabId);
  await expect(panel.getByTestId('since-last-visit')).toHaveCount(0);
  await showHrIcp(panel);
  const growth = panel.getByTestId('criterion-growing-headcount');
  await expect(growth).toHaveAttribute('data-state', 'unknown');

  // 60 days later (the worker's clock back to now), the page says 140 employees
  await shiftWorkerClock(await serviceWorker(l.context), 0);
  await serveHtml(l.context, ACME, page140);
  await page.reload();
  await expect(panel.getByTestId('since-last-visit')).toBeVisible();
  await expect(panel.getByTestId('since-last-visit').getByRole('heading')).toHaveText(/^Since your last visit \(.+\)$/);
  await expect(panel.getByTestId('change-employees')).toHaveText('Employees: 118 → 140');
  await expect(panel.getByTestId('change-headcountGrowth')).toHaveText('Headcount growth (%): not known → 18.6%');
  await expect(panel.getByTestId('changed-criterion').filter({ hasText: 'Headcount up 10%+ in a year' })).toHaveText(/unknown → matched/);

  await showHrIcp(panel);
  await expect(growth).toHaveAttribute('data-state', 'matched');
  await growth.locator('summary').click();
  await expect(growth.locator('.evidence')).toContainText(/LinkedIn company page, .+: 118 employees; .+: 140 \(60 days apart\)/);
  await expect(growth.getByTestId('age')).toHaveText('Read today');
  await saveScreens(panel, 'since-last-visit');

  // the badge follows the new score (it may or may not change tier): it is the stored best result's
  const badgeAfter = await badgeOf(panel, tabId);
  expect(badgeAfter.text).toMatch(/^(A|B|C|DQ)$/);
  test.info().annotations.push({ type: 'badge', description: `${badgeBefore.text} → ${badgeAfter.text}` });

  // the Accounts tab: when it changed, and the "changed in the last 7 days" digest
  const options = await openExtensionPage(l, 'options');
  await options.goto(options.url().split('#')[0] + '#accounts');
  const table = options.getByTestId('accounts-table');
  await expect(table.getByTestId('account-changed')).not.toHaveText('–');
  await table.getByTestId('changed-filter').selectOption('7');
  await expect(table.getByTestId('accounts-count')).toHaveText('1–1 of 1 account');
});

test('a new funding round read 60 days later is one line with its evidence, not a changed date', async () => {
  const seriesB = page118
    .replace('3 total rounds', '4 total rounds')
    .replace('acme-series-a">Series A <time datetime="2026-08-14">Aug 14, 2026</time>', 'acme-series-b">Series B <time datetime="2026-11-20">Nov 20, 2026</time>')
    .replace('US$ 12.0M', 'US$ 40.0M');
  expect(seriesB).toContain('Series B');
  await serveHtml(l.context, ACME, page118);
  await shiftWorkerClock(await serviceWorker(l.context), -60);
  const { page, panel } = await panelFor(l, ACME);
  await expect(panel.getByTestId('since-last-visit')).toHaveCount(0);

  await shiftWorkerClock(await serviceWorker(l.context), 0);
  await serveHtml(l.context, ACME, seriesB);
  await page.reload();
  const round = panel.getByTestId('change-funding-round');
  await expect(round.locator('strong')).toHaveText('New funding round: Series B, $40M, 2026-11-20 (was Series A, 2026-08-14)');
  await expect(round.locator('.evidence')).toContainText('LinkedIn company page');
  await expect(round.locator('.evidence')).toContainText('Series B');
  // told once: not again as a changed stage, date or amount
  for (const fact of ['fundingStage', 'lastFundingDate', 'lastFundingAmount', 'fundingRounds']) await expect(panel.getByTestId(`change-${fact}`)).toHaveCount(0);
  await saveScreens(panel, 'since-last-visit-funding');
});

test('a fact older than the playbook allows is shown stale and counts as unknown', async () => {
  await serveHtml(l.context, ACME, page118);
  // read 400 days ago: past the firmographic default of 365 days
  await shiftWorkerClock(await serviceWorker(l.context), -400);
  const { panel } = await panelFor(l, ACME, /^(A|B|C|DQ|–|\?)$/);
  await panel.getByTestId('icp-switcher').getByRole('button', { name: /Outbound sales tool/ }).click();
  const industry = panel.getByTestId('criterion-industry-software');
  await expect(industry).toHaveAttribute('data-state', 'unknown');
  await expect(industry.getByTestId('stale')).toHaveText('stale');
  await industry.locator('summary').click();
  await expect(industry.getByTestId('age')).toHaveText(/^Stale: read a year ago, older than the playbook allows/);
  await shiftWorkerClock(await serviceWorker(l.context), 0);
});

/** The starter playbook with an age limit on one qualitative criterion's answers. */
function answersAgeAfter(days: number): string {
  const starter = JSON.parse(readFileSync(new URL('../../lib/playbook/templates/starter.json', import.meta.url), 'utf8')) as { version: string; icps: { criteria: { id: string }[] }[] };
  for (const icp of starter.icps) for (const c of icp.criteria) if (c.id === 'sales-owns-budget') Object.assign(c, { maxAgeDays: days });
  return JSON.stringify({ ...starter, version: `${starter.version}-aged-${days}` });
}

test('an answer older than its criterion allows stays visible, is stale and counts as unknown; answering again freshens it', async () => {
  await serveHtml(l.context, ACME, page118);
  // answered 200 days ago: the worker dates answers with its (moved) clock
  await shiftWorkerClock(await serviceWorker(l.context), -200);
  const { panel } = await panelFor(l, ACME);
  expect((await send(panel, 'playbook/import', { text: answersAgeAfter(365), source: 'file' })).ok).toBe(true);
  await panel.getByTestId('icp-switcher').getByRole('button', { name: /Outbound sales tool/ }).click();
  await panel.getByTestId('gap-sales-owns-budget').getByRole('button', { name: '✓ Yes' }).click();
  const budget = panel.getByTestId('criterion-sales-owns-budget');
  await expect(budget).toHaveAttribute('data-state', 'matched');
  await budget.locator('summary').click();
  await expect(budget.getByTestId('age')).toHaveText('Answered 6 months ago');

  // the playbook now allows 180 days: the same answer is kept, marked stale, and asked again
  expect((await send(panel, 'playbook/import', { text: answersAgeAfter(180), source: 'file' })).ok).toBe(true);
  await expect(budget).toHaveAttribute('data-state', 'unknown');
  await expect(budget.getByTestId('stale')).toHaveText('stale');
  await expect(budget.getByTestId('value')).toHaveText('Value: Yes (your answer)');
  await expect(budget.getByTestId('age')).toHaveText('Stale: answered 6 months ago, older than the playbook allows, so it counts as unknown — ask again.');
  const gap = panel.getByTestId('gap-sales-owns-budget');
  await expect(gap.getByTestId('gap-stale')).toHaveText('· stale: answered 6 months ago, ask again');
  await saveScreens(panel, 'stale-answer');

  await shiftWorkerClock(await serviceWorker(l.context), 0);
  await gap.getByRole('button', { name: '✓ Yes' }).click();
  await expect(budget).toHaveAttribute('data-state', 'matched');
  await expect(budget.getByTestId('age')).toHaveText('Answered today');
});
