import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openExtensionPage, send, stopServiceWorkers, tabIdOf, type Launched } from './support/extension';
import { fixtureHtml, serveHtml } from './support/fixtures';
import { PANEL_VIEWPORT, saveScreens } from './support/screens';

// Issue 15.2: two LinkedIn company pages whose admins both typed victim.com as the website. Neither
// page can take the other's account: they stay two accounts with the conflict shown on both, the
// rep keeps them apart (remembered) or merges them (both outcomes kept) and splits them again.
const template = fixtureHtml('e2e/company-guest.acme.html');
const companyPage = (slug: string, name: string) =>
  template
    .replaceAll('https%3A%2F%2Fwww%2Eacme-analytics%2Eio', 'https%3A%2F%2Fwww%2Evictim%2Ecom')
    .replaceAll('https://www.acme-analytics.io', 'https://www.victim.com')
    .replaceAll('Acme Analytics', name)
    .replaceAll('acme-analytics', slug);
const X = 'https://www.linkedin.com/company/x-corp/';
const Y = 'https://www.linkedin.com/company/y-corp/';
const SENTENCE = /^linkedin\.com\/company\/([xy])-corp says its website is victim\.com, which you already know as linkedin\.com\/company\/([xy])-corp\.$/;

type Stats = { accounts: number; observations: number };
type View = { status?: string; account?: { id: string; identity?: { conflicts: unknown[] }; outcome?: { status: string } } };

let l: Launched;
let ext: Page;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await serveHtml(l.context, X, companyPage('x-corp', 'X Corp'));
  await serveHtml(l.context, Y, companyPage('y-corp', 'Y Corp'));
  ext = await openExtensionPage(l, 'options');
});

/** Counts; while the worker this test just stopped is starting again, a message can find no receiver: ask again. */
async function stats(): Promise<Stats> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await send<Stats>(ext, 'data/stats', {})).data;
    } catch (e) {
      if (attempt >= 20 || !String(e).includes('Receiving end does not exist')) throw e;
      await ext.waitForTimeout(100);
    }
  }
}
async function accountOf(url: string): Promise<NonNullable<View['account']>> {
  const tabId = await tabIdOf(ext, url + '*');
  let view: View = {};
  await expect.poll(async () => ((view = (await send<View>(ext, 'tab/view', { tabId })).data), view.account?.id), { timeout: 30_000 }).toBeTruthy();
  return view.account!;
}

/** Both pages open at once, with the worker stopped before and between them. */
async function openBoth(): Promise<[Page, Page]> {
  const [tx, ty] = [await l.context.newPage(), await l.context.newPage()];
  await stopServiceWorkers(ext);
  await Promise.all([tx.goto(X), (async () => (await stopServiceWorkers(ext), await ty.goto(Y)))()]);
  await expect.poll(async () => (await stats()).accounts, { timeout: 30_000 }).toBe(2);
  // each page's own observation has landed on its own account, and both carry the conflict
  await expect.poll(async () => (await accountOf(X)).identity?.conflicts.length).toBe(1);
  await expect.poll(async () => (await accountOf(Y)).identity?.conflicts.length).toBe(1);
  return [tx, ty];
}

test('two pages claiming one website at once: two accounts, the conflict on both; “keep apart” is remembered', async () => {
  await openBoth();
  const panels = [];
  for (const url of [X, Y]) {
    const panel = await openExtensionPage(l, 'sidepanel', { tabId: await tabIdOf(ext, url + '*') });
    await expect(panel.getByTestId('identity-sentence')).toHaveText(SENTENCE);
    panels.push(panel);
  }
  const [px, py] = panels as [Page, Page];
  const said = await px.getByTestId('identity-sentence').textContent();
  const [, claimant, holder] = SENTENCE.exec(said!)!;
  expect(claimant).not.toBe(holder);
  await expect(py.getByTestId('identity-sentence')).toHaveText(said!);
  await expect(px.locator('h1.name')).toHaveText('X Corp');
  await px.setViewportSize(PANEL_VIEWPORT);
  await saveScreens(px, 'sidepanel-identity-conflict', { fullPage: false });

  await px.getByRole('button', { name: 'Keep apart' }).click();
  await expect(px.getByTestId('identity-conflict')).toHaveCount(0);
  await expect(py.getByTestId('identity-conflict')).toHaveCount(0);

  // the same claim again, after a worker restart: no new prompt, still two accounts
  const before = (await stats()).observations;
  await stopServiceWorkers(ext);
  const again = await l.context.newPage();
  await again.goto(X);
  await expect.poll(async () => (await stats()).observations, { timeout: 30_000 }).toBeGreaterThan(before);
  await px.reload();
  await expect(px.locator('h1.name')).toHaveText('X Corp');
  await expect(px.getByTestId('identity-conflict')).toHaveCount(0);
  expect((await stats()).accounts).toBe(2);
});

test('merge keeps both outcomes; split from the Accounts tab gives the two accounts back', async () => {
  await openBoth();
  const x = await accountOf(X);
  const y = await accountOf(Y);
  expect((await send(ext, 'account/outcome', { accountId: x.id, outcome: { status: 'won' } })).ok).toBe(true);
  expect((await send(ext, 'account/outcome', { accountId: y.id, outcome: { status: 'lost' } })).ok).toBe(true);

  const panel = await openExtensionPage(l, 'sidepanel', { tabId: await tabIdOf(ext, X + '*') });
  await panel.getByRole('button', { name: 'Merge' }).click();
  await expect.poll(async () => (await stats()).accounts).toBe(1);
  const merged = panel.getByTestId('identity-merge');
  await expect(merged).toContainText(/Merged with [XY] Corp on /);
  await panel.setViewportSize(PANEL_VIEWPORT);
  await saveScreens(panel, 'sidepanel-identity-merged', { fullPage: false });
  await expect(merged.getByTestId('identity-outcomes')).toHaveText(/^Both had an outcome: [XY] Corp: (Won|Lost) \(shown\) · [XY] Corp: (Won|Lost) \(kept\)$/);

  await ext.goto(ext.url().split('#')[0] + '#accounts');
  const table = ext.getByTestId('accounts-table');
  await expect(table.getByTestId('accounts-count')).toHaveText('1–1 of 1 account');
  ext.once('dialog', (d) => void d.accept());
  await table.getByRole('button', { name: /^Split / }).click();
  await expect(table.getByTestId('accounts-count')).toHaveText('1–2 of 2 accounts');
  const outcomes = await Promise.all([x.id, y.id].map(async (id) => (await send<View>(ext, 'account/view', { accountId: id })).data.account?.outcome?.status));
  expect(outcomes).toEqual(['won', 'lost']);
  // each tab shows its own company again
  await expect.poll(async () => (await accountOf(X)).id).toBe(x.id);
  await expect.poll(async () => (await accountOf(Y)).id).toBe(y.id);
});
