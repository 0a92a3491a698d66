import { expect, test } from './support/test';
import { badgeOf, tabIdOf, type Launched } from './support/extension';
import { serveFixture } from './support/fixtures';
import { saveScreens } from './support/screens';
import { axeSerious, panelFor } from './support/panel';

// The side panel as a rep uses it, in real Chromium: fixture pages at their real URLs, the real
// content script, worker, Dexie and panel. Screens of each state land in test-results/screens/.
const ACME = 'https://www.linkedin.com/company/acme-analytics/';

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await serveFixture(l.context, ACME, 'e2e/company-guest.acme.html');
});
test('recent accounts: searchable, opening one shows its result; a deleted one shows an error', async () => {
  const BETA = 'https://www.linkedin.com/company/beta-freight/';
  await serveFixture(l.context, BETA, 'e2e/company-loggedin.beta.html');
  const acme = await l.context.newPage();
  await acme.goto(ACME);
  const { panel } = await panelFor(l, BETA);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Beta Freight');
  const recent = panel.getByTestId('recent');
  await expect(recent.getByRole('button')).toHaveCount(1); // the account on screen is not listed again
  await expect(recent.getByRole('button').first()).toContainText('Acme Analytics');
  await expect(recent.getByRole('button').first()).toContainText(/\d+/);

  await recent.getByLabel('Search recent accounts').fill('zzz');
  await expect(recent).toContainText('No account matches.');
  await recent.getByLabel('Search recent accounts').fill('acme');
  await recent.getByRole('button', { name: /Acme Analytics/ }).click();
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Acme Analytics');
  await expect(panel.getByTestId('tier')).toHaveText(/^(A|B|C|DQ)$/);
  await expect(recent).toContainText('Only the account on screen matches.');
  await saveScreens(panel, 'recent-account');

  await panel.getByRole('button', { name: '← Back to the current tab' }).click();
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Beta Freight');

  // an account deleted while open (e.g. from Options) is an error the panel explains
  await recent.getByLabel('Search recent accounts').fill('');
  await recent.getByRole('button', { name: /Acme Analytics/ }).click();
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Acme Analytics');
  const accountId = await panel.evaluate(async () => {
    const r = (await chrome.runtime.sendMessage({ type: 'accounts/recent', data: { query: 'acme' } })) as { data: { accounts: { id: string }[] } };
    return r.data.accounts[0]!.id;
  });
  const acmeTab = await tabIdOf(panel, ACME + '*');
  expect((await badgeOf(panel, acmeTab)).text).toMatch(/^(A|B|C|DQ)$/);
  await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'account/delete', data: { accountId: id } }), accountId);
  await expect(panel.getByTestId('state-error')).toContainText('This account is no longer stored.');
  // the tab still showing it loses its badge, and the badge's headline (the panel's first paint)
  await expect.poll(async () => (await badgeOf(panel, acmeTab)).text).toBe('');
  expect(await panel.evaluate(async (k) => (await chrome.storage.session.get(k))[k], `badge:${acmeTab}`)).toBeUndefined();
  await saveScreens(panel, 'state-error');
});

test('keyboard only: every control is reachable and works; axe finds nothing serious in light or dark', async () => {
  const { panel } = await panelFor(l, ACME);
  await expect(panel.getByTestId('tier')).toBeVisible();
  const reached = new Set<string>();
  for (let i = 0; i < 80; i++) {
    await panel.keyboard.press('Tab');
    reached.add(await panel.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const name = el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 40) ?? '';
      return `${el?.tagName.toLowerCase()}:${el?.closest('[data-testid]')?.getAttribute('data-testid') ?? ''}:${name}`;
    }));
  }
  const all = [...reached].join('\n');
  expect(all).toMatch(/^a:.*:4 other ICPs$/m);
  expect(all).toMatch(/^summary:criterion-industry-software:/m);
  expect(all).toMatch(/^button:gap-sales-owns-budget:✓ Yes$/m);
  expect(all).toMatch(/^input:edit-technologies:/m);
  expect(all).toMatch(/^select:persona-picker:/m);
  expect(all).toMatch(/^button:persona-section:Copy all/m);
  expect(all).toMatch(/^button:icp-switcher:/m);
  expect(all).toMatch(/^summary:facts:/m);
  expect(all).toMatch(/^input:recent:/m);

  // expand a criterion and answer a gap with the keyboard alone
  await panel.getByTestId('criterion-industry-software').locator('summary').focus();
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('criterion-industry-software').locator('.evidence')).toBeVisible();
  await panel.getByTestId('gap-sales-owns-budget').getByRole('button', { name: '✓ Yes' }).focus();
  await panel.keyboard.press('Space');
  await expect(panel.getByTestId('criterion-sales-owns-budget')).toHaveAttribute('data-state', 'matched');

  // screen readers get words for what colour and icons say
  await expect(panel.getByRole('img', { name: /^Tier [ABC] for / })).toBeVisible();
  await expect(panel.getByTestId('criterion-industry-software').locator('.visually-hidden')).toHaveText(': matched');

  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme });
    expect(await axeSerious(panel), colorScheme).toEqual([]);
  }
});
