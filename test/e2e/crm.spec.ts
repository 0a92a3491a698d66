import { readFileSync } from 'node:fs';
import { parseDelimited } from '../../lib/insights/csv';
import { expect, test } from './support/test';
import { badgeOf, openExtensionPage, send, tabIdOf, type Launched } from './support/extension';
import { serveFixture, serveHtml, spaNavigate } from './support/fixtures';
import { COMPANY_SEARCH, companyResults, companySearchPage } from './support/list-pages';
import { panelFor } from './support/panel';

// Issue 19 section 1: the team's CRM list imported in Options → CRM, then every account says
// whether it is already in the CRM, in real Chromium with the company pages at their real URLs.
const ACME = 'https://www.linkedin.com/company/acme-analytics/';
const BETA = 'https://www.linkedin.com/company/beta-freight/';

// as HubSpot's companies export writes its columns (see test/unit/cli/score-crm.test.ts)
const EXPORT = [
  'Record ID,Company name,Company Domain Name,Website URL,Company owner,Lifecycle Stage,Last Activity Date,Number of Associated Deals,LinkedIn Company Page',
  '101,Acme Analytics,,,Dana Lee,Customer,2026-10-12 14:03,2,https://www.linkedin.com/company/acme-analytics',
  '102,Globex,globex.com,https://globex.com,Sam Roe,Lead,,0,',
].join('\n');

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await serveFixture(l.context, ACME, 'e2e/company-guest.acme.html');
});

test('a CRM export imported in Options: the open panel and the badge title say In CRM for a customer, Not in CRM for another company', async () => {
  const { page, panel, tabId } = await panelFor(l, ACME);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Acme Analytics');
  await expect(panel.getByTestId('crm')).toHaveCount(0); // no CRM list yet: nothing said

  const options = await openExtensionPage(l, 'options');
  await options.evaluate(() => (location.hash = '#crm'));
  await expect(options.getByTestId('crm-stored')).toHaveText('No CRM list imported yet.');
  await options.getByTestId('crm-file').setInputFiles({ name: 'hubspot-companies.csv', mimeType: 'text/csv', buffer: Buffer.from(EXPORT) });
  await expect(options.getByTestId('crm-preview')).toContainText('hubspot-companies.csv: 2 rows');
  await expect(options.getByTestId('map-owner').locator('option:checked')).toHaveText('Company owner');
  await expect(options.getByTestId('map-linkedin').locator('option:checked')).toHaveText('LinkedIn Company Page');
  await options.getByTestId('crm-import').click();
  await expect(options.getByTestId('crm-done')).toHaveText('Imported 2 companies from hubspot-companies.csv.');
  await expect(options.getByTestId('crm-stored')).toContainText('CRM list: 2 companies from hubspot-companies.csv, imported');

  // the open panel hears of the import and shows the answer
  await panel.bringToFront();
  await expect(panel.getByTestId('crm')).toHaveText(/^In CRM · Customer · owner Dana Lee · last activity 12 Oct( 2026)?$/);
  await expect(panel.getByTestId('crm')).toHaveAttribute('title', /^Matched by LinkedIn page · CRM list imported \d{1,2} \w{3} \d{4}$/);

  // the playbook says what to do about a customer: its action replaces the tier's, with a mark
  await expect(panel.getByTestId('crm-mark')).toHaveCount(0);
  const imported = await send(options, 'playbook/import', { text: withCrmRules(), source: 'file' });
  expect(imported.ok).toBe(true);
  await panel.bringToFront();
  await expect(panel.getByTestId('action')).toHaveText('→ Recommended action: Customer — talk to Dana Lee');
  await expect(panel.getByTestId('crm-mark')).toHaveText('Owned by Dana Lee');
  // the new playbook rescored every account and re-badged the open tab: its title keeps the CRM answer
  await expect.poll(async () => (await badgeOf(panel, tabId)).title).toMatch(/^ICP Fit — Acme Analytics: .* · In CRM · Customer · owner Dana Lee · last activity 12 Oct( 2026)?$/);

  await spaNavigate(page, BETA, 'e2e/company-loggedin.beta.html');
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Beta Freight');
  await expect(panel.getByTestId('crm')).toHaveText('Not in CRM');
  // not in the CRM: the tier's own action, no mark
  await expect(panel.getByTestId('action')).not.toContainText('Customer');
  await expect(panel.getByTestId('crm-mark')).toHaveCount(0);
  await expect.poll(async () => (await badgeOf(panel, tabId)).title).toMatch(/^ICP Fit — Beta Freight: .* · Not in CRM$/);

  // the Accounts export carries the CRM answer in its own columns (never HubSpot's owner / stage)
  await options.goto(options.url().split('#')[0] + '#data');
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export for HubSpot (CSV)' }).click()]);
  const csv = parseDelimited(readFileSync((await download.path())!, 'utf8'), { delimiter: ',' });
  if (!csv.ok) throw new Error(csv.message);
  const exported = (name: string) => Object.fromEntries(csv.header.map((h, i) => [h, csv.rows.find((r) => r[0] === name)?.[i]]));
  expect(exported('Acme Analytics')).toMatchObject({ 'ICP Fit In CRM': 'yes', 'ICP Fit CRM Matched By': 'linkedin', 'ICP Fit CRM Owner': 'Dana Lee', 'ICP Fit CRM Stage': 'Customer', 'ICP Fit CRM Last Activity': '2026-10-12' });
  expect(exported('Beta Freight')).toMatchObject({ 'ICP Fit In CRM': 'no', 'ICP Fit CRM Owner': '' });
  await panel.bringToFront();

  // Insights may count the CRM's stages as outcomes: the customer counts as won, and it says so
  await options.goto(options.url().split('#')[0] + '#crm');
  await options.getByTestId('crm-outcomes-on').check();
  await expect(options.getByTestId('crm-outcomes').getByRole('status')).toHaveText('Insights now counts these CRM stages as outcomes.');
  await options.goto(options.url().split('#')[0] + '#insights');
  await expect(options.getByTestId('insights-crm-outcomes')).toContainText('Includes 1 won and 0 lost from the CRM list imported');
  await expect(options.getByTestId('insights-crm-outcomes')).toContainText('(stages Customer, Closed won → won;');
  await panel.bringToFront();

  // back on the customer: the badge title says it too
  await spaNavigate(page, ACME, 'e2e/company-guest.acme.html');
  await expect.poll(async () => (await badgeOf(panel, tabId)).title).toMatch(/^ICP Fit — Acme Analytics: .* · In CRM · Customer · owner Dana Lee · last activity 12 Oct( 2026)?$/);
});

/** The starter playbook with CRM rules (docs/crm.md): customers are the owner's, not prospected again. */
function withCrmRules(): string {
  const starter = JSON.parse(readFileSync(new URL('../../lib/playbook/templates/starter.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const crm = { rules: [{ stages: ['Customer'], action: 'Customer — talk to {{owner}}', mark: 'Owned by {{owner}}' }] };
  return JSON.stringify({ ...starter, version: `${String(starter.version)}-crm`, crm });
}

test('a list page: each row says In CRM or Not in CRM', async () => {
  const options = await openExtensionPage(l, 'options');
  await options.evaluate(() => (location.hash = '#crm'));
  const list = [HEADER_LIST, 'Company 2,,Sam Roe,Opportunity,https://www.linkedin.com/company/company-2'].join('\n');
  await options.getByTestId('crm-file').setInputFiles({ name: 'crm.csv', mimeType: 'text/csv', buffer: Buffer.from(list) });
  await options.getByTestId('crm-import').click();
  await expect(options.getByTestId('crm-done')).toHaveText('Imported 1 companies from crm.csv.');

  await serveHtml(l.context, COMPANY_SEARCH, companySearchPage(companyResults(1, 3)));
  const page = await l.context.newPage();
  await page.goto(COMPANY_SEARCH);
  const panel = await openExtensionPage(l, 'sidepanel');
  const tabId = await tabIdOf(panel, 'https://www.linkedin.com/search/*');
  await panel.goto(panel.url().split('?')[0] + `?tabId=${tabId}`);
  const rowOf = (name: string) => panel.getByTestId('list-row').filter({ has: panel.getByTestId('list-name').getByText(name, { exact: true }) });
  await expect(rowOf('Company 2').getByTestId('list-crm')).toHaveText('In CRM · Opportunity · owner Sam Roe');
  await expect(rowOf('Company 1').getByTestId('list-crm')).toHaveText('Not in CRM');
  await expect(rowOf('Company 3').getByTestId('list-crm')).toHaveText('Not in CRM');
});

const HEADER_LIST = 'Company name,Company Domain Name,Company owner,Lifecycle Stage,LinkedIn Company Page';

test('the options page hands a CRM export to the service worker by postMessage (the fast path), and the worker keeps it', async () => {
  // Without it the page silently falls back to sending the text in the message, 3-4× slower for
  // 20,000 rows (docs/benchmarks.md): this fails if the worker stops listening or refuses our pages.
  const options = await openExtensionPage(l, 'options');
  const reply = await options.evaluate(async () => {
    // as entrypoints/options/crm-upload.ts finds it: `ready` waits for the worker to be activated
    const worker = (await navigator.serviceWorker.ready).active;
    if (!worker) return 'no worker';
    return new Promise<string>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (e: MessageEvent) => resolve(JSON.stringify(e.data));
      setTimeout(() => resolve('no answer'), 10_000);
      worker.postMessage({ type: 'icp/crm-upload', id: crypto.randomUUID(), text: 'Company name\nAcme\n' }, [channel.port2]);
    });
  });
  expect(reply).toBe('{"kept":true}');
});
