import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import extract from '../../cli/commands/extract';
import { expect, test } from './support/test';
import { badgeOf, openExtensionPage, send, tabIdOf, type Launched } from './support/extension';

// The real saved list pages (../shared/real-pages, MANIFEST-lists.tsv: two people searches, one per
// live layout, and two job postings, English and Spanish) in real Chromium at their real URLs: the
// extension lists exactly the rows `icp extract` prints for the same page (test/unit/extract/
// real-lists.test.ts checks those against the manifest), every one scored, and badges the list.
// Skipped when ../shared is absent (a fresh clone).

const dir = path.resolve(import.meta.dirname, '../../../shared/real-pages');
const present = existsSync(path.join(dir, 'MANIFEST-lists.tsv'));

// the URL each page was saved from (as real-lists.test.ts gives them)
const PAGES: Record<string, string> = {
  'linkedin-search/brocc___linkedin-search-connections.html': 'https://www.linkedin.com/search/results/people/?network=%5B%22F%22%5D&origin=FACETED_SEARCH',
  'linkedin-search/sirisha-gururaj__linkedin-scraper__debug_after_nav@d913e8d.html': 'https://www.linkedin.com/search/results/people/?currentCompany=%5B%221353%22%5D&origin=FACETED_SEARCH',
  'linkedin-jobs/tommywu-01__auto-job-apply__test_job_page.html': 'https://www.linkedin.com/jobs/view/4368403070/',
  'linkedin-jobs/diegoale23__plataforma_gestion__job_detail_4207705658@7a7caf06.html': 'https://www.linkedin.com/jobs/view/4207705658/',
};

type Printed = { kind: string; placeholder?: string; facts: { name?: { value: unknown } }; person: { name?: string; location?: string } | null };
interface RowView {
  kind: string;
  name?: string;
  location?: string;
  tier?: string;
  bestIcp?: unknown;
}

/** What the command line prints for a saved page: one row per line. */
async function printed(file: string, url: string): Promise<Printed[]> {
  const out: string[] = [];
  const code = await extract([file, '--url', url], { out: (l) => out.push(l), err: () => undefined });
  expect(code).toBe(0);
  return out.map((l) => JSON.parse(l) as Printed);
}
const shownName = (r: Printed) => (r.placeholder ? undefined : r.kind === 'person' ? r.person?.name : (r.facts.name?.value as string | undefined));

function listBadge(rows: RowView[]): string {
  const tops = rows.filter((r) => r.tier === 'A').length;
  if (tops) return `${tops}A`;
  return ['B', 'C', 'DQ'].find((t) => rows.some((r) => r.tier === t)) ?? '–';
}

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
});

test.skip(!present, '../shared/real-pages is absent');

test('each real saved list page: the extension lists exactly the rows icp extract prints, scored and badged', async () => {
  test.setTimeout(120_000);
  // both searches are /search/results/people/: each is served at its whole URL, query and all
  for (const [file, url] of Object.entries(PAGES)) {
    const body = readFileSync(path.join(dir, file), 'utf8');
    await l.context.route((u) => u.href === url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  }
  const page = await l.context.newPage();
  const ext = await openExtensionPage(l, 'options');
  let tabId: number | undefined;
  for (const [file, url] of Object.entries(PAGES)) {
    const want = await printed(path.join(dir, file), url);
    expect(want.length, file).toBeGreaterThan(0);
    await page.goto(url);
    tabId ??= await tabIdOf(ext, 'https://www.linkedin.com/*');
    const id = tabId;
    const rows = async () => (await send<{ rows: RowView[] } | null>(ext, 'list/view', { tabId: id })).data?.rows ?? [];
    await expect.poll(async () => (await rows()).map((r) => r.name), { message: file, timeout: 15_000 }).toEqual(want.map(shownName));
    const got = await rows();
    expect(got.map((r) => r.kind), file).toEqual(want.map((r) => r.kind));
    expect(got.filter((r) => r.kind === 'person').map((r) => r.location), file).toEqual(want.filter((r) => r.kind === 'person').map((r) => r.person?.location));
    expect(got.every((r) => r.bestIcp), file).toBe(true);
    await expect.poll(async () => (await badgeOf(ext, id)).text, { message: file }).toBe(listBadge(got));
  }
});
