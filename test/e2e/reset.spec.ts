import { expect, test } from './support/test';
import { openExtensionPage, send, type Launched } from './support/extension';
import { resetBrowser } from './support/reset';
import { serveFixture } from './support/fixtures';

// The suite shares one Chromium between tests (support/test.ts): what a test leaves behind must
// be gone for the next one, as if the extension had just been installed.
const ACME = 'https://www.linkedin.com/company/acme-analytics/';
let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
});

test('a reset between tests leaves a fresh install: no account, no stored setting, one blank page, no route', async () => {
  await serveFixture(l.context, ACME, 'e2e/company-guest.acme.html');
  const page = await l.context.newPage();
  await page.goto(ACME);
  const ext = await openExtensionPage(l, 'options');
  await expect.poll(async () => (await send<{ accounts: number }>(ext, 'data/stats', {})).data.accounts).toBe(1);
  await ext.evaluate(() => chrome.storage.local.set({ leftover: 1 }));

  expect(await resetBrowser(l)).toBe(true);

  expect(l.context.pages().map((p) => p.url())).toEqual(['about:blank']);
  const after = await openExtensionPage(l, 'options');
  expect((await send<{ accounts: number; observations: number }>(after, 'data/stats', {})).data).toMatchObject({ accounts: 0, observations: 0 });
  expect(await after.evaluate(() => chrome.storage.local.get('leftover'))).toEqual({});
  // the page's route is gone: the network block answers instead
  const again = await l.context.newPage();
  await expect(again.goto(ACME)).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT|net::/);
});
