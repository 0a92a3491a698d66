import { expect, test } from './support/test';
import { badgeOf, openExtensionPage, stopServiceWorkers, tabIdOf, type Launched } from './support/extension';
import { serveFixture, spaNavigate } from './support/fixtures';

// The thin slice, end to end in real Chromium: content script → worker → Dexie → badge → side panel.
const ACME = 'https://www.linkedin.com/company/acme-analytics/';
const BETA = 'https://www.linkedin.com/company/beta-freight/';
const BROKEN = 'https://www.linkedin.com/company/broken-layout/';

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await serveFixture(l.context, ACME, 'e2e/company-guest.acme.html');
  await serveFixture(l.context, BETA, 'e2e/company-loggedin.beta.html');
  await serveFixture(l.context, BROKEN, 'e2e/company-unrecognised.html');
});

test('a company page gets a tier on the badge and the side panel shows the company', async () => {
  const page = await l.context.newPage();
  await page.goto(ACME);
  const panel = await openExtensionPage(l, 'sidepanel');
  const tabId = await tabIdOf(panel, ACME + '*');
  await expect.poll(async () => (await badgeOf(panel, tabId)).text).toMatch(/^(A|B|C|DQ)$/);
  expect((await badgeOf(panel, tabId)).title).toContain('Acme Analytics');
  await panel.goto(panel.url() + `?tabId=${tabId}`);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Acme Analytics');
  await expect(panel.getByTestId('tier')).toHaveText(/^(A|B|C|DQ)$/);
  await expect(panel.getByTestId('score')).toContainText(/\d+/);
});

test('in-app navigation to a second company updates the badge and the open panel', async () => {
  const page = await l.context.newPage();
  await page.goto(ACME);
  const panel = await openExtensionPage(l, 'sidepanel');
  const tabId = await tabIdOf(panel, ACME + '*');
  await panel.goto(panel.url() + `?tabId=${tabId}`);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Acme Analytics');
  const acmeBadge = (await badgeOf(panel, tabId)).title;

  await spaNavigate(page, BETA, 'e2e/company-loggedin.beta.html');

  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Beta Freight');
  await expect.poll(async () => (await badgeOf(panel, tabId)).title).toContain('Beta Freight');
  expect((await badgeOf(panel, tabId)).title).not.toBe(acmeBadge);
});

test('a worker stopped between two visits loses nothing', async () => {
  const page = await l.context.newPage();
  await page.goto(ACME);
  const panel = await openExtensionPage(l, 'sidepanel');
  const acmeTab = await tabIdOf(panel, ACME + '*');
  await expect.poll(async () => (await badgeOf(panel, acmeTab)).text).toMatch(/^(A|B|C|DQ)$/);

  await stopServiceWorkers(page);
  const page2 = await l.context.newPage();
  await page2.goto(BETA);
  const betaTab = await tabIdOf(panel, BETA + '*');
  await expect.poll(async () => (await badgeOf(panel, betaTab)).text).toMatch(/^(A|B|C|DQ)$/);

  await stopServiceWorkers(page);
  const recent = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'accounts/recent', data: {} }));
  const names = (recent as { data: { accounts: { name: string }[] } }).data.accounts.map((a) => a.name).sort();
  expect(names).toEqual(['Acme Analytics', 'Beta Freight']);
  await panel.goto(panel.url().split('?')[0] + `?tabId=${acmeTab}`);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Acme Analytics');
});

test('a page whose markup is not recognised shows "?" and says so, with no score', async () => {
  const page = await l.context.newPage();
  await page.goto(BROKEN);
  const panel = await openExtensionPage(l, 'sidepanel');
  const tabId = await tabIdOf(panel, BROKEN + '*');
  await expect.poll(async () => (await badgeOf(panel, tabId)).text).toBe('?');
  await panel.goto(panel.url() + `?tabId=${tabId}`);
  await expect(panel.getByText(/not recognised/i)).toBeVisible();
  await expect(panel.getByTestId('tier')).toHaveCount(0);
  await expect(panel.getByTestId('score')).toHaveCount(0);
});
