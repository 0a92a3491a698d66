import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { badgeOf, openExtensionPage, send, stopServiceWorkers, tabIdOf, type Launched } from './support/extension';
import { serveFixture, serveHtml } from './support/fixtures';
import { COMPANY_SEARCH, companyListHtml, companyPageLike, companyResults, companySearchPage } from './support/list-pages';

// List pages in real Chromium (issue 18): the list content script reads the rows of a search
// served at its real URL, the worker scores them, the badge counts the top tier, paging in the
// page (pushState + a new list) adds rows, and a worker stopped mid-list loses nothing.

interface RowView {
  key: string;
  kind: string;
  name?: string;
  tier?: string;
  score?: number | null;
  bestIcp?: { id: string };
  persona?: { id: string };
  accountId?: string;
  placeholder?: string;
}
const listOf = async (ext: Page, tabId: number) => (await send<{ rows: RowView[] } | null>(ext, 'list/view', { tabId })).data?.rows ?? [];

/** What the badge must say for these rows: how many are in the top tier ("3A"), else the best tier. */
function expectedBadge(rows: RowView[]): string {
  const tops = rows.filter((r) => r.tier === 'A').length;
  if (tops) return `${tops}A`;
  return ['B', 'C', 'DQ'].find((t) => rows.some((r) => r.tier === t)) ?? '–';
}

let l: Launched;
test.beforeEach(({ l: launched }) => {
  l = launched;
});

// one test, one browser: a launch costs more than the rest on CI
test('a search: rows read, scored and badged; paging adds rows; a stopped worker loses none; another search replaces them', async () => {
  const PEOPLE = 'https://www.linkedin.com/search/results/people/?keywords=sales';
  await serveFixture(l.context, PEOPLE, 'linkedin/search-people.loggedin-2025.html');
  await serveHtml(l.context, COMPANY_SEARCH, companySearchPage(companyResults(1, 10)));
  const page = await l.context.newPage();
  await page.goto(COMPANY_SEARCH);
  const ext = await openExtensionPage(l, 'options');
  const tabId = await tabIdOf(ext, 'https://www.linkedin.com/search/*');

  await expect.poll(async () => (await listOf(ext, tabId)).length).toBe(10);
  const first = await listOf(ext, tabId);
  expect(first.every((r) => r.kind === 'company' && r.bestIcp && r.score !== undefined)).toBe(true);
  expect(first.map((r) => r.name)).toEqual(companyResults(1, 10).map((r) => r.name));
  await expect.poll(async () => (await badgeOf(ext, tabId)).text).toBe(expectedBadge(first));

  // LinkedIn pages in place: the URL changes by pushState and the list is replaced
  await page.evaluate((html) => {
    history.pushState({}, '', `${location.href}&page=2`);
    const rows = new DOMParser().parseFromString(`<ul>${html}</ul>`, 'text/html').querySelector('ul')!.children;
    document.getElementById('results')!.replaceChildren(...Array.from(rows));
  }, companyListHtml(companyResults(11, 10)));
  await expect.poll(async () => (await listOf(ext, tabId)).length).toBe(20);

  // the worker stops (as Chrome does when idle) while the rep scrolls: the rows already read are
  // in storage.session, and the rows that appear next wake it
  await stopServiceWorkers(page);
  await page.evaluate((html) => document.getElementById('results')!.insertAdjacentHTML('beforeend', html), companyListHtml(companyResults(21, 5)));
  await expect.poll(async () => (await listOf(ext, tabId)).length, { timeout: 15_000 }).toBe(25);
  const all = await listOf(ext, tabId);
  expect(all.map((r) => r.name)).toEqual(companyResults(1, 25).map((r) => r.name));
  await expect.poll(async () => (await badgeOf(ext, tabId)).text).toBe(expectedBadge(all));

  // a row is scored as its page would be for the same facts: the page of a row in each tier shows
  // exactly what its row showed (name, industry, location, followers), in another tab
  const shown = new Map(companyResults(1, 25).map((r) => [r.name, r]));
  const byTier = new Map(all.map((r) => [r.tier ?? '–', r]));
  expect(byTier.size).toBeGreaterThan(1);
  const single = await l.context.newPage();
  for (const row of byTier.values()) {
    const r = shown.get(row.name!)!;
    const url = `https://www.linkedin.com/company/${r.slug}/`;
    await serveHtml(l.context, url, companyPageLike(r));
    await single.goto(url);
    const singleTab = await tabIdOf(ext, url);
    type View = { status?: string; account?: { name?: string }; result?: { results: { tier: string | null; score: number | null; icpId: string }[] } };
    const view = async () => (await send<View>(ext, 'tab/view', { tabId: singleTab })).data;
    await expect.poll(async () => { const v = await view(); return v.status === 'ready' && v.account?.name; }).toBe(r.name);
    expect((await view()).result?.results[0], row.name).toMatchObject({ tier: row.tier ?? null, score: row.score ?? null, icpId: row.bestIcp!.id });
  }
  await single.close();

  // another search in the same tab (2025–26 layout, people): its rows replace the list's
  await page.goto(PEOPLE);
  await expect.poll(async () => (await listOf(ext, tabId)).map((r) => r.name)).toEqual(['Nadia Haddad', 'Tom Becker', 'Sara Lind', 'Ravi Iyer']);
  const people = await listOf(ext, tabId);
  expect(people.every((r) => r.kind === 'person')).toBe(true);
  expect(people[0]?.persona?.id).toBe('revops'); // "Revenue Operations Lead", as a profile page would match it
  await expect.poll(async () => (await badgeOf(ext, tabId)).text).toBe(expectedBadge(people));
});
