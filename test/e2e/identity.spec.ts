import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openExtensionPage, send, tabIdOf, type Launched } from './support/extension';
import { serveFixture, serveHtml } from './support/fixtures';
import { companyUrl, SHOPS, shopCompanyPage } from '../shared-hosts';

// Issue 15.1, identity on shared hosts: the content script logs the website it reads and the
// service worker computes the registrable domain with the Public Suffix List (private section
// included). Two stores on myshopify.com were one account before; they are two now.

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
});

interface Viewed { status?: string; account?: { id: string; domain?: string; keys: string[] } }

async function readAccount(ext: Page, url: string): Promise<NonNullable<Viewed['account']>> {
  const tabId = await tabIdOf(ext, url + '*');
  let view: Viewed = {};
  await expect
    .poll(async () => {
      view = (await send<Viewed>(ext, 'tab/view', { tabId })).data;
      return view.status === 'ready' ? view.account?.domain : view.status;
    })
    .toBe(new URL(SHOPS.find((s) => url === companyUrl(s.slug))!.website).host);
  return view.account!;
}

test('two LinkedIn companies whose websites are two Shopify stores are two accounts', async () => {
  for (const shop of SHOPS) await serveHtml(l.context, companyUrl(shop.slug), shopCompanyPage(shop));
  const ext = await openExtensionPage(l, 'options');
  const accounts = [];
  for (const shop of SHOPS) {
    const page = await l.context.newPage();
    await page.goto(companyUrl(shop.slug));
    accounts.push(await readAccount(ext, companyUrl(shop.slug)));
  }
  const [a, b] = accounts;
  expect(a!.id).not.toBe(b!.id);
  expect(a!.keys).toContain('domain:shop-a.myshopify.com');
  expect(b!.keys).toContain('domain:shop-b.myshopify.com');
  expect(a!.keys.filter((k) => b!.keys.includes(k))).toEqual([]);
  expect(a!.keys).not.toContain('domain:myshopify.com');

  // what the rep sees: two rows in the accounts table, each with its own store as the domain
  await ext.goto(ext.url().split('#')[0] + '#accounts');
  const table = ext.getByTestId('accounts-table');
  await expect(table.getByTestId('accounts-count')).toHaveText('1–2 of 2 accounts');
  for (const shop of SHOPS) {
    const row = table.getByTestId('account-row').filter({ hasText: shop.name });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(new URL(shop.website).host);
  }
});

test('a company website on a shared host, read from the toolbar, is keyed by its tenant', async () => {
  const SITE = 'https://acme-store.myshopify.com/';
  await serveFixture(l.context, SITE, 'e2e/panel-website.html');
  const panel = await openExtensionPage(l, 'sidepanel');
  const page = await l.context.newPage();
  await page.goto(SITE);
  const tabId = await panel.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  await panel.goto(panel.url().split('?')[0] + `?tabId=${tabId}`);
  // the injected website reader has no Public Suffix List either: the worker parses its log
  await l.clickToolbar(page);
  await expect(panel.getByTestId('domain')).toHaveText('acme-store.myshopify.com', { timeout: 15_000 });
  const view = (await send<Viewed>(panel, 'tab/view', { tabId })).data;
  expect(view.account?.keys).toContain('domain:acme-store.myshopify.com');
});
