import { expect, test } from './support/test';
import { openExtensionPage, tabIdOf, type Launched } from './support/extension';
import { serveFixture } from './support/fixtures';
import { PANEL_VIEWPORT, saveScreens } from './support/screens';
import { axeSerious, panelFor } from './support/panel';

// The side panel as a rep uses it, in real Chromium: fixture pages at their real URLs, the real
// content script, worker, Dexie and panel. Screens of each state land in test-results/screens/.
const ACME = 'https://www.linkedin.com/company/acme-analytics/';

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await serveFixture(l.context, ACME, 'e2e/company-guest.acme.html');
});
const PROFILE = 'https://www.linkedin.com/in/conor-walsh-dub/';

test('a LinkedIn profile selects its persona from the title; copy buttons put the right text on the clipboard', async () => {
  await serveFixture(l.context, PROFILE, 'linkedin/profile.loggedin-2024.html');
  const { page, panel } = await panelFor(l, PROFILE, /^–$/);
  // Chromium refuses to grant clipboard-read to an extension origin: the panel writes to the real
  // (browser-wide) clipboard and a web page that may read it reads it back.
  await l.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
  const clipboard = async () => {
    await page.bringToFront();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    await panel.bringToFront();
    return text;
  };
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Kestrel Payments');
  await expect(panel.getByTestId('person')).toHaveText('Conor Walsh · Vice President of Sales, EMEA');
  await expect(panel.getByTestId('persona')).toContainText('Selected: Head of Sales');
  await expect(panel.getByTestId('persona')).toContainText('title matches');

  // too little is known about the company: no score, and where to look next
  await expect(panel.getByTestId('score')).toHaveText('Not enough data');
  await expect(panel.getByTestId('next-steps')).toContainText('Not enough data yet');
  await expect(panel.getByTestId('next-steps')).toContainText('Open their website to detect their stack');
  const question = 'How do reps decide which accounts to work first today?';
  const questions = panel.getByTestId('questions');
  await expect(questions).toContainText(question);
  expect(await axeSerious(panel)).toEqual([]);
  await saveScreens(panel, 'profile-persona');

  const row = questions.locator('li', { hasText: question });
  await row.getByRole('button', { name: /^Copy:/ }).click();
  await expect(row.getByRole('button', { name: /^Copy:/ })).toHaveText('✓ Copied');
  expect(await clipboard()).toBe(question);

  await panel.getByRole('button', { name: /^Copy all/ }).click();
  await expect(panel.getByRole('button', { name: /^Copy all/ })).toHaveText('✓ Copied');
  const all = await clipboard();
  expect(all.split('\n')[0]).toBe('Kestrel Payments');
  expect(all).toContain('Contact: Conor Walsh, Vice President of Sales, EMEA');
  expect(all).toContain('Persona: Head of Sales');
  expect(all).toContain(`Discovery questions:\n`);
  expect(all).toContain(`- ${question}`);
  expect(all).not.toMatch(/<[a-z]/i);

  // a person's details stay in the browser session only, until the rep saves the contact
  const exported = async () => ((await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'data/export', data: {} }))) as { data: { json: string } }).data.json;
  expect(await exported()).not.toContain('Conor Walsh');
  await panel.getByTestId('save-person').click();
  await expect(panel.getByTestId('person-saved')).toBeVisible();
  const saved = JSON.parse(await exported()) as { accounts: { name?: string; people?: { name?: string; title?: string; profileUrl?: string }[] }[] };
  expect(saved.accounts.find((a) => a.name === 'Kestrel Payments')?.people).toEqual([
    expect.objectContaining({ name: 'Conor Walsh', title: 'Vice President of Sales, EMEA', profileUrl: expect.stringContaining('linkedin.com/in/') }),
  ]);

  // the rep overrides the persona; the pick holds across a reload, and can go back to automatic
  await panel.getByLabel('Persona').selectOption({ label: 'RevOps' });
  await expect(panel.getByTestId('persona')).toContainText('Your pick: RevOps');
  await expect(questions).not.toContainText(question);
  await panel.reload();
  await expect(panel.getByTestId('persona')).toContainText('Your pick: RevOps');
  await panel.getByLabel('Persona').selectOption({ value: '' });
  await expect(panel.getByTestId('persona')).toContainText('Selected: Head of Sales');
});

test('states: reading the page, then not recognised with "open diagnostics"', async () => {
  const SLOW = 'https://www.linkedin.com/company/slow-loading/';
  await serveFixture(l.context, SLOW, 'e2e/panel-reading.html');
  const page = await l.context.newPage();
  await page.goto(SLOW);
  const panel = await openExtensionPage(l, 'sidepanel');
  await panel.setViewportSize(PANEL_VIEWPORT);
  const tabId = await tabIdOf(panel, SLOW + '*');
  await panel.goto(panel.url().split('?')[0] + `?tabId=${tabId}`);
  await expect(panel.getByTestId('state-reading')).toContainText('Reading the page…');
  await expect(panel.getByTestId('tier')).toHaveCount(0);
  await saveScreens(panel, 'state-reading');

  // the page never shows a top card we know: when watching ends, the panel says so (no score)
  await expect(panel.getByTestId('state-unrecognised')).toContainText('This page was not recognised', { timeout: 20_000 });
  await expect(panel.getByTestId('score')).toHaveCount(0);
  expect(await axeSerious(panel)).toEqual([]);
  await saveScreens(panel, 'state-unrecognised');
  const [options] = await Promise.all([l.context.waitForEvent('page'), panel.getByRole('button', { name: 'Open diagnostics' }).click()]);
  await expect(options).toHaveURL(/\/options\.html#diagnostics$/);
  await expect(options.getByRole('heading', { name: 'Diagnostics' })).toBeVisible();
});

test('states: a company website not read yet offers to read it, says why Chrome refuses, and is read after the toolbar click', async () => {
  const SITE = 'https://www.gamma-logistics.com/';
  await serveFixture(l.context, SITE, 'e2e/panel-website.html');
  const panel = await openExtensionPage(l, 'sidepanel');
  await panel.setViewportSize(PANEL_VIEWPORT);
  const page = await l.context.newPage();
  await page.goto(SITE);
  // no host access to this site, so its tab is found as the active one, not by URL
  const tabId = await panel.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  expect(tabId).not.toBe(await panel.evaluate(async () => (await chrome.tabs.getCurrent())!.id!));
  await panel.goto(panel.url().split('?')[0] + `?tabId=${tabId}`);
  await expect(panel.getByTestId('state-idle')).toContainText('No company on this tab yet');
  await expect(panel.getByTestId('website-unread')).toContainText('has not been read yet');
  expect(await axeSerious(panel)).toEqual([]);
  await saveScreens(panel, 'state-website-unread');
  // Without the toolbar click (activeTab), which a test cannot perform, Chrome refuses: the rep is told what to do.
  await panel.getByRole('button', { name: 'Read this company website' }).click();
  await expect(panel.getByTestId('website-unread').getByRole('status')).toContainText('Click the ICP Fit toolbar button on that page, then try again.');

  // the rep clicks the toolbar button on the site (activeTab): it is read and the open panel follows
  await l.clickToolbar(page);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Gamma Logistics', { timeout: 15_000 });
  await expect(panel.getByTestId('domain')).toHaveText('gamma-logistics.com');
  await expect(panel.getByTestId('next-steps')).toBeVisible();
});
