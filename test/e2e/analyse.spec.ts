import { AxeBuilder } from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { badgeOf, openExtensionPage, tabIdOf, send, type Launched } from './support/extension';
import { serveFixture } from './support/fixtures';
import { saveScreens } from './support/screens';
import { HEADER, syntheticRows, toCsv } from '../unit/insights/synthetic';

// "Analyse customers" (issue #8 part 2): a CRM export in the options page → the analysis and a
// draft ICP → adopted → every stored account rescored with it.
const ACME = 'https://www.linkedin.com/company/acme-analytics/';
let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await serveFixture(l.context, ACME, 'e2e/company-guest.acme.html');
});

type View = { playbook?: { name: string; version: string }; result?: { results: { icpName: string; tier: string | null }[] } };

/** Serious and critical accessibility violations on the page as it is now. */
async function axeSerious(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openAnalyse(): Promise<Page> {
  const options = await openExtensionPage(l, 'options');
  await options.evaluate(() => (location.hash = '#analyse'));
  await expect(options.getByRole('heading', { name: 'Analyse customers' })).toBeVisible();
  return options;
}

test('import a CRM export: mapping, top pattern and draft shown; "Use this draft" rescores the stored account', async () => {
  // a stored account first: Acme (software, 118 employees) scored with the starter playbook
  const page = await l.context.newPage();
  await page.goto(ACME);
  const options = await openAnalyse();
  const tabId = await tabIdOf(options, ACME + '*');
  await expect.poll(async () => (await badgeOf(options, tabId)).text).toBe('A');
  expect((await send<View>(options, 'tab/view', { tabId })).data.playbook?.name).toBe('ICP Fit starter playbook');

  const csv = toCsv(HEADER, syntheticRows({ n: 600, seed: 1, planted: true }), ';');
  await options.getByTestId('analyse-file').setInputFiles({ name: 'hubspot-deals.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + csv) });
  await expect(options.getByTestId('analyse-summary')).toContainText('hubspot-deals.csv: 600 rows, 600 used · compared 218 won with 382 lost');
  await expect(options.getByTestId('map-outcome').locator('option:checked')).toHaveText('Deal Stage');
  await expect(options.getByTestId('map-industry').locator('option:checked')).toHaveText('Industry');
  const top = options.getByTestId('pattern-row').first();
  await expect(top).toContainText('Software Development');
  await expect(top).toContainText('71%');
  await expect(top).toContainText('strong evidence');
  await expect(options.getByTestId('draft-criteria')).toContainText('Industry: Software Development');
  await expect(options.getByTestId('draft-disqualifiers')).toContainText('Government Administration');
  // the same deals scored with the playbook in use (the starter): is today's ICP working on them?
  const inUse = options.getByTestId('analyse-in-use');
  await inUse.locator('summary').first().click();
  await expect(inUse).toContainText('ICP Fit starter playbook');
  await expect(inUse.getByTestId('chart-tiers')).toBeVisible();
  await saveScreens(options, 'analyse-customers');
  for (const colorScheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme });
    expect(await axeSerious(options), colorScheme).toEqual([]);
  }
  await options.emulateMedia({ colorScheme: null });

  await options.getByTestId('use-draft').click();
  await expect(options.getByTestId('draft-adopted')).toContainText('is now the playbook in use');
  await expect
    .poll(async () => {
      const v = (await send<View>(options, 'tab/view', { tabId })).data;
      return `${v.playbook?.name} | ${v.result?.results[0]?.icpName} | ${v.result?.results[0]?.tier}`;
    }, { timeout: 15_000 })
    .toBe('ICP drafted from closed deals | Accounts like the ones we win | A');
  const panel = await openExtensionPage(l, 'sidepanel', { tabId });
  await expect(panel.getByText('Accounts like the ones we win').first()).toBeVisible();

  // "Edit in the editor" opens the draft in the editor as an unsaved draft (handed over once)
  await options.getByTestId('edit-draft').click();
  await expect.poll(() => options.evaluate(() => location.hash)).toBe('#editor');
  await expect(options.getByTestId('editor-notice')).toContainText('unsaved draft');
  await expect(options.locator('[data-field="name"]')).toHaveValue('ICP drafted from closed deals');
  expect(await options.evaluate(() => sessionStorage.getItem('icp-fit/editor-draft'))).toBeNull();
  // the Playbook tab shows the draft in use, as local edits
  await options.evaluate(() => (location.hash = '#playbook'));
  await expect(options.getByTestId('playbook-status')).toContainText('ICP drafted from closed deals vdraft');
  await expect(options.getByTestId('playbook-status')).toContainText('source: local edits');
});

test('a small, hostile export: the warning is plain, skipped rows are listed, markup stays text', async () => {
  const options = await openAnalyse();
  const evil = '<img src=x onerror="document.title=\'pwned\'">';
  const lines = ['Account Name,Industry,Employees,Annual Revenue,Stage'];
  for (let i = 0; i < 12; i++) lines.push(`A${i},"${evil.replace(/"/g, '""')}",${10 + i},1.2 Mio €,${i % 2 ? 'Closed Won' : 'Closed Lost'}`);
  lines.push('Blank,Retail,10,$1M,', 'Blank2,Retail,10,$1M,');
  await options.getByTestId('analyse-file').setInputFiles({ name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });
  await expect(options.getByTestId('analysis-warnings')).toContainText('Only 6 won accounts — fewer than 20');
  await expect(options.getByTestId('import-report')).toContainText('2 rows: no outcome (the stage cell is blank) — rows 14, 15');
  await expect(options.getByTestId('import-report')).toContainText('Annual revenue in EUR (12 rows) is left unknown');
  await expect(options.getByTestId('pattern-row').filter({ hasText: 'Industry' })).toContainText(evil);
  await expect(options.getByTestId('no-draft')).toContainText('Nothing sets the 6 won accounts apart');
  expect(await options.locator('img').count()).toBe(0);
  expect(await options.title()).not.toBe('pwned');
  expect(await options.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();

  // the mapping can be changed: without an outcome column there is nothing to compare
  await options.getByText('Columns', { exact: true }).click();
  await options.getByTestId('map-outcome').selectOption('');
  await expect(options.getByTestId('analyse-error')).toContainText('no column says whether a deal was won');
  await options.getByTestId('map-outcome').selectOption({ label: 'Stage' });
  await expect(options.getByTestId('analyse-summary')).toContainText('compared 6 won with 6 lost');
});
