import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { badgeOf, openExtensionPage, send, tabIdOf, type Launched } from './support/extension';
import { FIXTURES, serveFixture, serveHtml } from './support/fixtures';
import { COMPANY_SEARCH, companyResults, companySearchPage } from './support/list-pages';

// Every other kind of list page of issue 18 in real Chromium, each fixture served at its real
// URL(s) in one tab, the way a rep moves between them: Sales Navigator lead and account searches
// and saved lists, a job posting's "About the company" card, a job search's cards, and a company's
// People tab. The rows the panel gets must be exactly the fixture's expected rows (the same files
// the unit suite checks the readers against), scored, and the badge must be the list's (or, on a
// People tab, the company page's). No real Sales Navigator or People tab page was available: those
// fixtures are modelled on ../shared/research/linkedin-dom.md (see each fixture's header). And an
// open list follows a playbook change: its badge recounts and its rows re-tier without new rows.

interface RowView {
  kind: string;
  name?: string;
  title?: string;
  company?: string;
  location?: string;
  tier?: string;
  bestIcp?: { id: string };
  persona?: { id: string };
  placeholder?: string;
  accountId?: string;
}
interface Expected {
  url: string;
  pageType: string;
  rows: { kind: string; placeholder?: string; facts: Record<string, unknown>; person?: { name?: string; title?: string; headline?: string } | null; job?: { title?: string } }[];
}

const expected = (fixture: string) => JSON.parse(readFileSync(path.join(FIXTURES, fixture.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected;
/** What the panel names a row: the person, else the company; a placeholder names no one. */
const shownName = (r: Expected['rows'][number]) => (r.placeholder ? undefined : r.kind === 'person' ? r.person?.name : (r.facts.name as string | undefined));

const listOf = async (ext: Page, tabId: number) => (await send<{ pageType: string; rows: RowView[] } | null>(ext, 'list/view', { tabId })).data;

function listBadge(rows: RowView[]): string {
  const tops = rows.filter((r) => r.tier === 'A').length;
  if (tops) return `${tops}A`;
  return ['B', 'C', 'DQ'].find((t) => rows.some((r) => r.tier === t)) ?? '–';
}

const SN_LEADS = 'salesnav/salesnav-lead-list.search-2025.html';
const SN_ACCOUNTS = 'salesnav/salesnav-account-list.saved-2025.html';
// each list page at the URLs it is shown at (Sales Navigator's searches and saved lists share their rows' markup)
const PAGES: [fixture: string, urls: string[]][] = [
  [SN_LEADS, ['https://www.linkedin.com/sales/search/people?query=(keywords%3Arevops)', 'https://www.linkedin.com/sales/lists/people/7011111111?sortCriteria=CREATED_TIME']],
  [SN_ACCOUNTS, ['https://www.linkedin.com/sales/lists/company/7123456789?sortCriteria=CREATED_TIME', 'https://www.linkedin.com/sales/search/company?query=(industry%3A4)']],
  ['linkedin/job.loggedin-2026.html', ['https://www.linkedin.com/jobs/view/4012345678/']],
  ['linkedin/jobs-search.loggedin-2025.html', ['https://www.linkedin.com/jobs/search/?currentJobId=4012345678&keywords=solutions%20engineer']],
];

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  for (const [fixture, urls] of PAGES) for (const url of urls) await serveFixture(l.context, url, fixture);
  await serveFixture(l.context, 'https://www.linkedin.com/company/northbeam-health/people/', 'linkedin/company-people.list-2025.html');
});

test('Sales Navigator lists and searches, a job posting and a job search: every row read, scored, listed and badged', async () => {
  const page = await l.context.newPage();
  const ext = await openExtensionPage(l, 'options');
  let tabId: number | undefined;
  for (const [fixture, urls] of PAGES) {
    const want = expected(fixture);
    for (const url of urls) {
      await page.goto(url);
      tabId ??= await tabIdOf(ext, 'https://www.linkedin.com/*');
      const id = tabId;
      await expect.poll(async () => (await listOf(ext, id))?.rows.map((r) => r.name), { message: url }).toEqual(want.rows.map(shownName));
      const list = (await listOf(ext, id))!;
      expect(list.pageType, url).toBe(want.pageType);
      expect(list.rows.map((r) => r.kind), url).toEqual(want.rows.map((r) => r.kind));
      // every row that names someone is scored; a placeholder is shown, named by no one, and linked to no account
      for (const [i, r] of list.rows.entries()) {
        if (want.rows[i]!.placeholder) expect([r.placeholder, r.name, r.accountId], url).toEqual([want.rows[i]!.placeholder, undefined, undefined]);
        else expect(r.bestIcp, `${url} ${r.name}`).toBeDefined();
      }
      // a job card or posting shows the hiring company's row with the job's title
      expect(list.rows.map((r) => (r.kind === 'company' ? r.title : undefined)), url).toEqual(want.rows.map((r) => (r.kind === 'company' ? r.job?.title : undefined)));
      await expect.poll(async () => (await badgeOf(ext, id)).text, { message: url }).toBe(listBadge(list.rows));
    }
  }
  // a Sales Navigator lead's title picks the persona, as a profile would
  await page.goto(PAGES[0]![1][0]!);
  await expect.poll(async () => (await listOf(ext, tabId!))?.rows.find((r) => r.name === 'Dana Whitfield')?.persona?.id).toBe('revops');
  const dana = (await listOf(ext, tabId!))!.rows.find((r) => r.name === 'Dana Whitfield')!;
  expect(dana).toMatchObject({ title: 'VP Revenue Operations', company: 'Northwind Robotics', location: 'Pittsburgh, Pennsylvania, United States' });
});

test("a company's People tab: the people shown are listed with the company known; the badge is the company page's", async () => {
  const url = 'https://www.linkedin.com/company/northbeam-health/people/';
  const want = expected('linkedin/company-people.list-2025.html');
  const page = await l.context.newPage();
  await page.goto(url);
  const ext = await openExtensionPage(l, 'options');
  const tabId = await tabIdOf(ext, url);
  await expect.poll(async () => (await listOf(ext, tabId))?.rows.filter((r) => r.kind === 'person').map((r) => r.name)).toEqual(
    want.rows.filter((r) => r.kind === 'person').map(shownName),
  );
  const people = (await listOf(ext, tabId))!.rows.filter((r) => r.kind === 'person');
  // the company is the page's, not guessed from a headline
  for (const r of people.filter((p) => !p.placeholder)) expect(r.company, r.name).toBe('Northbeam Health');
  type View = { status?: string; account?: { name?: string }; result?: { results: { tier: string | null }[] } };
  const view = async () => (await send<View>(ext, 'tab/view', { tabId })).data;
  await expect.poll(async () => (await view()).status).toBe('ready');
  const tier = (await view()).result?.results[0]?.tier;
  expect(tier).toBeTruthy();
  await expect.poll(async () => (await badgeOf(ext, tabId)).text).toBe(tier!.slice(0, 4));
});

test('a playbook change recounts the badge of an open list and re-tiers its rows, with no new rows read', async () => {
  await serveHtml(l.context, COMPANY_SEARCH, companySearchPage(companyResults(1, 10)));
  const page = await l.context.newPage();
  await page.goto(COMPANY_SEARCH);
  const ext = await openExtensionPage(l, 'options');
  const tabId = await tabIdOf(ext, 'https://www.linkedin.com/search/*');
  await expect.poll(async () => (await listOf(ext, tabId))?.rows.length).toBe(10);
  await expect.poll(async () => (await badgeOf(ext, tabId)).text).toMatch(/^(\d+A|A|B|C|DQ|–)$/);
  // every row shows followers (≥ 100): under this playbook each is in its top tier, "Top"
  const text = JSON.stringify({
    format: 'icp-fit/playbook@1',
    name: 'Audience',
    version: '1.0',
    icps: [{ id: 'audience', name: 'Audience', criteria: [{ id: 'f', label: 'At least 100 followers', layer: 'firmographic', points: 100, fact: 'followers', is: 'at-least', value: 100 }], tiers: [{ name: 'Top', min: 70 }, { name: 'Low', min: 0 }] }],
  });
  expect((await send<{ ok: boolean }>(ext, 'playbook/import', { text, source: 'file' })).data.ok).toBe(true);
  await expect.poll(async () => (await badgeOf(ext, tabId)).text).toBe('10To');
  const rows = (await listOf(ext, tabId))!.rows;
  expect(rows.map((r) => [r.tier, r.bestIcp?.id])).toEqual(rows.map(() => ['Top', 'audience']));
});
