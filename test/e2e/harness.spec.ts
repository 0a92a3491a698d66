import { expect, test } from './support/test';
import { openExtensionPage, send, serviceWorker } from './support/extension';
import { serveFixture } from './support/fixtures';
import { resetForNextTest } from './support/shared-browser';

// The harness itself: the browser that serves every test of a worker (support/test.ts) is handed to
// the next test as a fresh install. If a reset left anything behind, later specs would pass or fail
// on what an earlier one did.
const ACME = 'https://www.linkedin.com/company/acme-analytics/';
type Stats = { accounts: number; observations: number };

test('a reset leaves nothing of the test before: data, storage, worker memory, pages; the network blocked; alarms as at install', async ({ l }) => {
  await serveFixture(l.context, ACME, 'e2e/company-guest.acme.html');
  const page = await l.context.newPage();
  await page.goto(ACME);
  const options = await openExtensionPage(l, 'options');
  await expect.poll(async () => (await send<Stats>(options, 'data/stats', {})).data.accounts).toBe(1);
  await options.evaluate(() => chrome.storage.local.set({ 'left-behind': 1 }));
  await (await serviceWorker(l.context)).evaluate(() => Object.assign(globalThis, { __leftBehind: true }));
  // as if the browser had run for a while: an install alarm about to fire
  await options.evaluate(() => chrome.alarms.create('retention', { when: Date.now() + 2000, periodInMinutes: 24 * 60 }));

  await resetForNextTest(l);

  expect(l.context.pages().map((p) => p.url())).toEqual(['about:blank']);
  const fresh = await openExtensionPage(l, 'options');
  expect((await send<Stats>(fresh, 'data/stats', {})).data).toMatchObject({ accounts: 0, observations: 0 });
  expect(await fresh.evaluate(() => chrome.storage.local.get(null))).toEqual({});
  expect(await (await serviceWorker(l.context)).evaluate(() => 'leftBehind' in globalThis || '__leftBehind' in globalThis)).toBe(false);
  // the offline guard answers again (it also shadows any route a reset failed to remove)
  const again = await l.context.newPage();
  await expect(again.goto(ACME)).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
  // no alarm fires within the next minute, as after an install
  const alarms = await fresh.evaluate(() => chrome.alarms.getAll());
  expect(alarms.length).toBeGreaterThan(0);
  for (const a of alarms) expect(a.scheduledTime, a.name).toBeGreaterThan(Date.now() + 50_000);
  expect(alarms.find((a) => a.name === 'retention')?.periodInMinutes).toBe(24 * 60);
});
