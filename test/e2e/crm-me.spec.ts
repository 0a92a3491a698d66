import { readFileSync } from 'node:fs';
import { expect, test } from './support/test';
import { badgeOf, openExtensionPage, send, type Launched } from './support/extension';
import { openEditor } from './support/editor';
import { serveFixture, spaNavigate } from './support/fixtures';
import { panelFor } from './support/panel';

// Issue 19: "accounts owned by someone else are marked". The playbook's rule says "someone-else";
// who "else" is depends on the rep's own "Your name in the CRM" (Options → CRM), in real Chromium.
const ACME = 'https://www.linkedin.com/company/acme-analytics/';
const BETA = 'https://www.linkedin.com/company/beta-freight/';

// as HubSpot's companies export writes its columns: Dana Lee (the rep) owns Acme, Sam Roe owns Beta Freight
const EXPORT = [
  'Record ID,Company name,Company Domain Name,Company owner,Lifecycle Stage,LinkedIn Company Page',
  '101,Acme Analytics,,Dana Lee,Lead,https://www.linkedin.com/company/acme-analytics',
  '102,Beta Freight,,Sam Roe,Lead,https://www.linkedin.com/company/beta-freight',
].join('\n');

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await serveFixture(l.context, BETA, 'e2e/company-loggedin.beta.html');
});

test('an "owned by a colleague" rule marks Sam Roe\'s account and not the rep\'s own, once the rep says who they are', async () => {
  const options = await openExtensionPage(l, 'options');
  await options.evaluate(() => (location.hash = '#crm'));
  await options.getByTestId('crm-file').setInputFiles({ name: 'hubspot-companies.csv', mimeType: 'text/csv', buffer: Buffer.from(EXPORT) });
  await options.getByTestId('crm-import').click();
  await expect(options.getByTestId('crm-done')).toHaveText('Imported 2 companies from hubspot-companies.csv.');
  expect((await send(options, 'playbook/import', { text: withColleagueRule(), source: 'file' })).ok).toBe(true);

  // the rep has not said who they are: the rule is not guessed, and the panel says what it needs
  const { page, panel, tabId } = await panelFor(l, BETA);
  await expect(panel.getByTestId('crm')).toHaveText('In CRM · Lead · owner Sam Roe');
  await expect(panel.getByTestId('crm-mark')).toHaveCount(0);
  await expect(panel.getByTestId('crm-needs-me')).toHaveText('A playbook rule about who owns this account needs your name in the CRM: set it in Options → CRM.');

  // aliases, any case and accents: "DANA LÉE" is the export's "Dana Lee"
  await options.bringToFront();
  await options.getByTestId('crm-me-input').fill('DANA LÉE,  dana.lee@acme.example');
  await options.getByTestId('crm-me-input').blur();
  await expect(options.getByTestId('crm-me-saved')).toHaveText('Saved: the CRM owner "DANA LÉE" or "dana.lee@acme.example" is you.');

  // the open panel hears of it: Sam Roe's account is a colleague's
  await panel.bringToFront();
  await expect(panel.getByTestId('crm-mark')).toHaveText('Owned by Sam Roe');
  await expect(panel.getByTestId('crm-needs-me')).toHaveCount(0);
  await expect.poll(async () => (await badgeOf(panel, tabId)).title).toMatch(/ · In CRM · Lead · owner Sam Roe$/);

  // the rep's own account: in the CRM, no mark
  await spaNavigate(page, ACME, 'e2e/company-guest.acme.html');
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Acme Analytics');
  await expect(panel.getByTestId('crm')).toHaveText('In CRM · Lead · owner Dana Lee');
  await expect(panel.getByTestId('crm-mark')).toHaveCount(0);
  await expect(panel.getByTestId('crm-needs-me')).toHaveCount(0);

  // the setting is kept: the options page shows it again after a reload
  await options.reload();
  await options.evaluate(() => (location.hash = '#crm'));
  await expect(options.getByTestId('crm-me-input')).toHaveValue('DANA LÉE, dana.lee@acme.example');

  // emptied and saved with Enter: not set again, the colleague's mark gives way to the note
  await options.getByTestId('crm-me-input').fill(' , ');
  await options.getByTestId('crm-me-input').press('Enter');
  await expect(options.getByTestId('crm-me-saved')).toHaveText('Removed: rules about your own accounts do not apply until you set it.');
  await expect(options.getByTestId('crm-me-input')).toHaveValue('');
  await panel.bringToFront();
  await spaNavigate(page, BETA, 'e2e/company-loggedin.beta.html');
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Beta Freight');
  await expect(panel.getByTestId('crm-mark')).toHaveCount(0);
  await expect(panel.getByTestId('crm-needs-me')).toBeVisible();
});

test('the editor offers "owned by the rep" and "owned by a colleague", and says each rep must set their name', async () => {
  const options = await openEditor(l);
  await options.getByTestId('crm-rule-add').click();
  await expect(options.getByTestId('crm-rule-needs-me')).toHaveCount(0);
  await options.locator('[data-field="crm.rules[0].owner"]').selectOption('someone-else');
  await expect(options.getByTestId('crm-rule-needs-me')).toContainText('Each rep sets "Your name in the CRM" in Options → CRM');
  await expect(options.getByTestId('validation-summary')).toHaveText(/^Valid/);
  await options.locator('[data-field="crm.rules[0].owner"]').selectOption('me');
  await options.locator('[data-field="version"]').fill('2027.me');
  await options.getByTestId('save').click();
  await expect(options.getByTestId('editor-notice')).toContainText('Saved: version 2027.me is now in use');
  const current = await send<{ text: string }>(options, 'playbook/current', {});
  expect(JSON.parse(current.data.text).crm.rules[0].owner).toBe('me');
});

/** The starter playbook with the rule the issue asks for: a colleague's account is marked with its owner. */
function withColleagueRule(): string {
  const starter = JSON.parse(readFileSync(new URL('../../lib/playbook/templates/starter.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const crm = { rules: [{ owner: 'someone-else', mark: 'Owned by {{owner}}' }] };
  return JSON.stringify({ ...starter, version: `${String(starter.version)}-colleague`, crm });
}
