import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { parseDelimited } from '../../lib/insights/csv';
import { BACKUP_FORMAT } from '../../lib/db/backup';
import { badgeOf, openExtensionPage, tabIdOf, send, type Launched } from './support/extension';
import { serveFixture } from './support/fixtures';
import { PANEL_VIEWPORT, saveScreens } from './support/screens';

// Issue #8 parts 1, 3, 4 as a rep and a manager use them: mark an account won in the side panel,
// see whether the ICP works in Options › Insights, and download the CRM file.
const ACME = 'https://www.linkedin.com/company/acme-analytics/';

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await serveFixture(l.context, ACME, 'e2e/company-guest.acme.html');
});

async function panelFor(url: string): Promise<Page> {
  const page = await l.context.newPage();
  await page.goto(url);
  const panel = await openExtensionPage(l, 'sidepanel');
  const tabId = await tabIdOf(panel, url + '*');
  await expect.poll(async () => (await badgeOf(panel, tabId)).text).toMatch(/^(A|B|C|DQ)$/);
  await panel.setViewportSize(PANEL_VIEWPORT);
  await panel.goto(panel.url().split('?')[0] + `?tabId=${tabId}`);
  return panel;
}


/** 40 closed accounts: software companies (ICP-fit) win 75%, tiny staffing firms (not fit) 20%. */
async function seedOutcomes(p: Page): Promise<void> {
  const now = Date.now();
  const accounts = [];
  const outcomes = [];
  for (let i = 0; i < 40; i++) {
    const software = i < 20;
    const id = `li:seed-${i}`;
    const f = (value: unknown) => ({ value, source: 'linkedin-company', evidence: [], observedAt: now });
    const facts = software
      ? { name: f(`Seed ${i}`), industry: f('Software Development'), employees: f(120), hqCountry: f('US'), fundingStage: f('series-a') }
      : { name: f(`Seed ${i}`), industry: f('Staffing and Recruiting'), employees: f(3), hqCountry: f('BR') };
    accounts.push({ id, keys: [id], name: `Seed ${i}`, facts, firstSeenAt: now, lastSeenAt: now });
    const won = software ? i % 4 !== 0 : i % 5 === 0; // 75% vs 20%
    outcomes.push({ accountId: id, status: won ? 'won' : 'lost', value: won ? 10_000 : undefined, currency: won ? 'USD' : undefined, openedAt: '2026-01-01', closedAt: '2026-02-01', updatedAt: now });
  }
  const backup = { format: BACKUP_FORMAT, exportedAt: new Date().toISOString(), accounts, observations: [], results: [], answers: [], outcomes, playbooks: [], settings: [] };
  const r = await send(p, 'data/import', { text: JSON.stringify(backup) });
  expect(r).toMatchObject({ ok: true, data: { ok: true } });
}

test('a rep marks an account won in the side panel; it is kept, analysed and exported', async () => {
  const panel = await panelFor(ACME);
  const outcome = panel.getByTestId('outcome');
  await expect(outcome.getByRole('radio', { name: 'Won' })).not.toBeChecked();
  await outcome.getByRole('radio', { name: 'Won' }).check();
  await expect(outcome.getByTestId('outcome-saved')).toHaveText('Saved: Won');

  // a close date before the open date is refused in words, and nothing wrong is stored
  await outcome.getByLabel('Opened').fill('2026-03-01');
  await outcome.getByLabel('Closed').fill('2026-02-01');
  await expect(outcome.getByRole('alert')).toHaveText('The close date is before the open date.');
  await outcome.getByLabel('Closed').fill('2026-04-15');
  await expect(outcome.getByRole('alert')).toHaveCount(0);
  await outcome.getByLabel('Deal value').fill('48,000');
  await outcome.getByLabel('Currency').selectOption('EUR'); // leaving the value field saves it too
  await expect(outcome.getByTestId('outcome-saved')).toHaveText('Saved: Won');
  await saveScreens(panel, 'outcome-won');

  // keyboard: arrows move between the five choices, each saved at once
  await outcome.getByRole('radio', { name: 'Won' }).focus();
  await panel.keyboard.press('ArrowRight');
  await expect(outcome.getByRole('radio', { name: 'Lost' })).toBeChecked();
  await expect(outcome.getByTestId('outcome-saved')).toHaveText('Saved: Lost');
  await panel.keyboard.press('ArrowLeft');
  await expect(outcome.getByTestId('outcome-saved')).toHaveText('Saved: Won');

  // reopened: shown again as saved
  await panel.reload();
  await expect(panel.getByTestId('outcome').getByRole('radio', { name: 'Won' })).toBeChecked();
  await expect(panel.getByTestId('outcome').getByLabel('Deal value')).toHaveValue('48000');
  await expect(panel.getByTestId('outcome').getByLabel('Currency')).toHaveValue('EUR');
  await expect(panel.getByTestId('outcome').getByLabel('Closed')).toHaveValue('2026-04-15');
  const a11y = await new AxeBuilder({ page: panel }).include('[data-testid="outcome"]').analyze();
  expect(a11y.violations.map((v) => v.id)).toEqual([]);
  const tier = (await panel.getByTestId('tier').textContent())!;
  const score = (await panel.getByTestId('score').textContent())!.replace('/100', '');

  // the backup carries the outcome
  const backup = JSON.parse(((await send(panel, 'data/export', {})).data as { json: string }).json) as { outcomes: unknown[] };
  expect(backup.outcomes).toEqual([expect.objectContaining({ status: 'won', value: 48000, currency: 'EUR', openedAt: '2026-03-01', closedAt: '2026-04-15' })]);

  // the manager's view: win rates by tier and per criterion
  await seedOutcomes(panel);
  const options = await openExtensionPage(l, 'options');
  await options.goto(options.url() + '#insights');
  await expect(options.getByRole('heading', { name: 'Is the ICP working?' })).toBeVisible();
  await expect(options.getByTestId('tile-fit')).toContainText(/\d+%/);
  await expect(options.getByTestId('tile-fit')).toContainText('16 won of 21 closed'); // 15 of 20 seeded + Acme
  await expect(options.getByTestId('tile-not-fit')).toContainText('20%');
  await expect(options.getByTestId('tile-not-fit')).toContainText('4 won of 20 closed');
  await options.getByTestId('insights-icp').selectOption('outbound-saas');
  await expect(options.getByTestId('chart-tiers').getByTestId('bar-tier:A')).toContainText(/Tier A.*\d+%/);
  const industry = options.getByTestId('chart-lift').getByTestId('bar-outbound-saas-industry-software');
  await expect(industry).toContainText(/\+\d+ pts · strong evidence/);
  await expect(options.getByTestId('insight-notes')).toContainText('predicts wins');
  await options.getByText('Criteria as a table').click();
  await expect(options.getByTestId('table-criteria')).toBeVisible();
  const axe = await new AxeBuilder({ page: options }).include('[data-testid="insights"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await saveScreens(options, 'insights');

  // the CRM file: downloaded, opened, checked
  await options.goto(options.url().split('#')[0] + '#data');
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export for HubSpot (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^icp-fit-accounts-hubspot-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM: Excel reads the accents right
  const csv = parseDelimited(bytes.toString('utf8'), { delimiter: ',' });
  if (!csv.ok) throw new Error(csv.message);
  expect(csv.header).toEqual(expect.arrayContaining(['Company name', 'Company Domain Name', 'Industry', 'ICP Fit Score', 'ICP Fit Tier', 'ICP Fit ICP', 'ICP Fit Matched Criteria', 'ICP Fit Coverage', 'ICP Fit Playbook Version', 'ICP Fit Scored At']));
  expect(csv.rows).toHaveLength(41);
  const row = Object.fromEntries(csv.header.map((h, i) => [h, csv.rows.find((r) => r[0] === 'Acme Analytics')![i]]));
  expect(row).toMatchObject({ 'Company Domain Name': 'acme-analytics.io', Industry: 'Software Development', 'ICP Fit Tier': tier, 'ICP Fit Score': score, 'ICP Fit Outcome': 'won' });
  expect(row['ICP Fit Matched Criteria']).toContain('B2B software or internet company');
  await expect(options.getByTestId('crm-export').getByRole('status')).toHaveText('41 accounts exported for HubSpot.');
});

test('an outcome marked in one side panel shows in another open on the same account', async () => {
  const first = await panelFor(ACME);
  const second = await l.context.newPage();
  await second.setViewportSize(PANEL_VIEWPORT);
  await second.goto(first.url());
  await expect(second.getByTestId('outcome').getByRole('radio', { name: 'Won' })).not.toBeChecked();
  await first.getByTestId('outcome').getByRole('radio', { name: 'Won' }).check();
  await first.getByTestId('outcome').getByLabel('Deal value').fill('12k');
  await first.getByTestId('outcome').getByLabel('Deal value').press('Enter');
  await expect(first.getByTestId('outcome').getByTestId('outcome-saved')).toHaveText('Saved: Won');
  await expect(second.getByTestId('outcome').getByRole('radio', { name: 'Won' })).toBeChecked();
  await expect(second.getByTestId('outcome').getByLabel('Deal value')).toHaveValue('12000');
  // and back: cleared in the second, gone from the first
  await second.getByTestId('outcome').getByRole('button', { name: 'Clear outcome' }).click();
  await expect(first.getByTestId('outcome').getByRole('radio', { name: 'Won' })).not.toBeChecked();
  await expect(first.getByTestId('outcome').getByTestId('outcome-saved')).toHaveText('');
});

test('the insights tab explains how to start when no outcome is recorded', async () => {
  const options = await openExtensionPage(l, 'options');
  await options.goto(options.url() + '#insights');
  await expect(options.getByTestId('insights-empty')).toContainText('No outcomes recorded yet');
  await expect(options.getByTestId('insights-empty')).toContainText('side panel');
});
