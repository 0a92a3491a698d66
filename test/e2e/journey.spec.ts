import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openExtensionPage, tabIdOf, type Launched } from './support/extension';
import { fixtureHtml, serveFixture, serveHtml, spaNavigate } from './support/fixtures';

// A rep's path through one company: its LinkedIn page, its website (toolbar click), then a person
// who works there. The three pages fold into one account whose score improves with each.
const LINKEDIN = 'https://www.linkedin.com/company/acme-analytics/';
const WEBSITE = 'https://www.acme-analytics.io/';
const PROFILE = 'https://uk.linkedin.com/in/priya-raman-4b1a2';

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await serveFixture(l.context, LINKEDIN, 'e2e/company-guest.acme.html');
  // The extraction fixtures, renamed to Acme so the three pages are about one company.
  const website = fixtureHtml('website/company-website.jsonld-graph.html').replaceAll('corvidsecurity.com', 'acme-analytics.io').replaceAll('corvid-security', 'acme-analytics').replaceAll('Corvid Security', 'Acme Analytics');
  const profile = fixtureHtml('linkedin/profile.guest-2024.html').replaceAll('brightwave-logistics', 'acme-analytics').replaceAll('Brightwave Logistics', 'Acme Analytics').replaceAll('Brightwave', 'Acme');
  await serveHtml(l.context, WEBSITE, website);
  await serveHtml(l.context, PROFILE, profile);
});

interface View {
  status: string;
  account?: { id: string; facts: Record<string, { source: string; value: unknown }> };
  result?: { results: { icpId: string; score: number | null; coverage: number; tier: string | null }[]; persona: { id: string } | null };
}
const view = async (ext: Page, tabId: number) =>
  ((await ext.evaluate((id) => chrome.runtime.sendMessage({ type: 'tab/view', data: { tabId: id } }), tabId)) as { data: View }).data;
const stats = async (ext: Page) => ((await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'data/stats', data: {} }))) as { data: { accounts: number; observations: number } }).data;
const outbound = (v: View) => v.result?.results.find((r) => r.icpId === 'outbound-saas');

test('LinkedIn page → company website → a profile of someone there: one account, facts from all three', async () => {
  const ext = await openExtensionPage(l, 'options');
  const page = await l.context.newPage();

  await page.goto(LINKEDIN);
  const liTab = await tabIdOf(ext, LINKEDIN + '*');
  await expect.poll(async () => (await view(ext, liTab)).status).toBe('ready');
  const first = await view(ext, liTab);
  const accountId = first.account!.id;
  const coverageBefore = outbound(first)!.coverage;
  expect(first.account!.facts.technologies).toBeUndefined();

  // The website: read when the rep clicks the toolbar button (activeTab), never automatically.
  await page.goto(WEBSITE);
  await page.waitForTimeout(500);
  expect((await stats(ext)).observations).toBe(1);
  await l.clickToolbar(page);
  await expect.poll(async () => (await stats(ext)).observations, { timeout: 15_000 }).toBe(2);
  const webTab = await tabIdOf(ext, WEBSITE + '*');
  await expect.poll(async () => (await view(ext, webTab)).account?.id).toBe(accountId);
  const second = await view(ext, webTab);
  expect(second.account!.facts.technologies).toMatchObject({ source: 'company-website' });
  expect(second.account!.facts.technologies!.value).toContain('HubSpot');
  expect(outbound(second)!.coverage).toBeGreaterThan(coverageBefore);

  // A person at the company: same account, persona chosen from the title.
  await page.goto(PROFILE);
  const profileTab = await tabIdOf(ext, PROFILE + '*');
  await expect.poll(async () => (await view(ext, profileTab)).account?.id).toBe(accountId);
  const third = await view(ext, profileTab);
  expect(third.result!.persona?.id).toBe('revops');
  expect(third.account!.facts.name).toMatchObject({ source: 'linkedin-company', value: 'Acme Analytics' });

  const s = await stats(ext);
  expect(s.accounts).toBe(1);
  expect(s.observations).toBe(3);
});

test('a Crunchbase organisation page adds its funding facts, parsed in the background', async () => {
  const url = 'https://www.crunchbase.com/organization/lumen-ledger';
  await serveFixture(l.context, url, 'crunchbase/crunchbase-org.2024.html');
  const ext = await openExtensionPage(l, 'options');
  const page = await l.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext, url + '*');
  await expect.poll(async () => (await view(ext, tabId)).account?.facts.fundingStage?.value).toBe('series-b');
  const v = await view(ext, tabId);
  expect(v.account!.facts.fundingStage!.source).toBe('crunchbase-org');
  expect(v.account!.id).toMatch(/^(domain:|cb:)/);
});

test('an About tab reached by in-app navigation is read in full (founded, specialties, associated members)', async () => {
  const home = 'https://www.linkedin.com/company/northbeam-health/';
  const about = 'https://www.linkedin.com/company/quillstone/about/';
  await serveFixture(l.context, home, 'linkedin/company.loggedin-2025.html');
  const ext = await openExtensionPage(l, 'options');
  const page = await l.context.newPage();
  await page.goto(home);
  const tabId = await tabIdOf(ext, home + '*');
  await expect.poll(async () => (await view(ext, tabId)).account?.facts.name?.value).toBe('Northbeam Health');
  await spaNavigate(page, about, 'linkedin/company-about.loggedin-2025.html');
  await expect.poll(async () => (await view(ext, tabId)).account?.facts.foundedYear?.value).toBeDefined();
  const v = await view(ext, tabId);
  const expected = JSON.parse(fixtureHtml('linkedin/company-about.loggedin-2025.expected.json')).facts as Record<string, unknown>;
  for (const name of ['name', 'foundedYear', 'specialties', 'employees', 'employeeRange', 'hqCountry', 'industry']) {
    expect(v.account!.facts[name]?.value, name).toEqual(expected[name]);
    expect(v.account!.facts[name]?.source, name).toBe('linkedin-company-about');
  }
});
