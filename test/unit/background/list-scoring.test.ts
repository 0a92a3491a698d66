import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Playbook } from '../../../lib/playbook/schema';
import { companyRow, contentSender, createListFakeBrowser, listMessage, PEOPLE_URL, personRow, SEARCH_URL } from './list-helpers';

const fake = createListFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { handleListObserved } = await import('../../../lib/background/lists/list-observe');
const { handleListView } = await import('../../../lib/background/lists/list-view');
const { handleSaveRow } = await import('../../../lib/background/lists/list-save');
const { handleObserved } = await import('../../../lib/background/accounts/observe');
const { handleTabView } = await import('../../../lib/background/accounts/view');
const { db } = await import('../../../lib/db/database');
const { allResults, getResult } = await import('../../../lib/db/results-repo');
const { getTabList } = await import('../../../lib/background/lists/list-store');
const { rowKeys } = await import('../../../lib/background/lists/list-link');

const ev = (source: string, url: string, text: string) => ({ source, url, text }) as never;
const FACTS = { industry: 'Software Development', employeeRange: { min: 51, max: 200 }, hqCountry: 'US', fundingStage: 'Series A' };

async function listOf(tabId: number, rows: Parameters<typeof listMessage>[0], url = SEARCH_URL, pageType: 'linkedin-search-companies' | 'linkedin-search-people' = 'linkedin-search-companies') {
  fake.tabUrls.set(tabId, url);
  await handleListObserved(listMessage(rows, { reset: true, url, pageType }), contentSender(tabId, url) as never);
  return (await handleListView({ tabId }))!;
}

/** The single company page with the same facts, as a page observation is stored and scored. */
async function companyPage(tabId: number, slug: string, name: string, facts: Record<string, unknown>) {
  const url = `https://www.linkedin.com/company/${slug}/`;
  const all = { name, linkedinUrl: `https://www.linkedin.com/company/${slug}`, ...facts };
  const observation = { pageType: 'linkedin-company' as const, url, missing: [], facts: Object.fromEntries(Object.entries(all).map(([k, value]) => [k, { value, evidence: ev('linkedin-company', url, String(value)) }])) };
  await handleObserved({ id: `obs-${slug}-000001`, sentAt: Date.now(), observation, recognised: true }, contentSender(tabId, url) as never);
  return (await allResults(db())).find((r) => r.accountId === `li:${slug}`)!;
}

beforeEach(async () => {
  fake.session.clear();
  fake.tabUrls.clear();
  await db().delete();
  await db().open();
});

describe('list rows are scored as their pages would be', () => {
  it.each([
    ['a fitting company', FACTS],
    ['a company the row says little of', { industry: 'Financial Services' }],
    ['a company with nothing but its name', {}],
  ])('%s: the row has the tier and score its company page gets', async (_, facts) => {
    const listed = (await listOf(1, [companyRow('acme', 'Acme', facts)])).rows[0]!;
    expect(listed.rowOnly).toBe(true);
    const page = await companyPage(2, 'acme', 'Acme', facts);
    expect(listed.tier ?? null).toBe(page.tier ?? null);
    expect(listed.score).toBe(page.score);
    expect(listed.bestIcp?.id).toBe(page.best?.icpId);
  });

  it.each([
    ['VP Sales', 'head-of-sales'],
    ['Chief Marketing Officer', 'vp-marketing'],
    ['Head of People', 'hr-leader'],
    ['Graduate Trainee', null],
  ])('a person row titled "%s" has the persona their profile page gets', async (title, expected) => {
    const listed = (await listOf(3, [personRow('jane', 'Jane Roe', title, { name: 'Acme' })], PEOPLE_URL, 'linkedin-search-people')).rows[0]!;
    const url = 'https://www.linkedin.com/in/jane/';
    const person = { name: 'Jane Roe', title, company: { name: 'Acme', linkedinUrl: 'https://www.linkedin.com/company/acme/' } };
    await handleObserved({ id: 'obs-profile-000001', sentAt: Date.now(), observation: { pageType: 'linkedin-profile', url, facts: {}, missing: [], person }, recognised: true }, contentSender(4, url) as never);
    const profile = await handleTabView({ tabId: 4 });
    expect(profile.result?.persona?.id ?? null).toBe(expected);
    expect(listed.persona?.id ?? null).toBe(expected);
  });

  it('the badge counts the rows in the playbook top tier, else shows the best tier', async () => {
    const low = { industry: 'Staffing and Recruiting', employees: 3 };
    await listOf(5, [companyRow('a', 'A1', FACTS), companyRow('b', 'B1', FACTS), companyRow('c', 'C1', low)]);
    const view = (await handleListView({ tabId: 5 }))!;
    const tops = view.rows.filter((r) => r.tier === 'A').length;
    expect(tops).toBeGreaterThan(0);
    expect(fake.badges.get(5)?.text).toBe(`${tops}A`);
    await listOf(6, [companyRow('c', 'C1', low)]);
    expect((await handleListView({ tabId: 6 }))!.rows[0]!.tier).toBe('C');
    expect(fake.badges.get(6)?.text).toBe('C');
  });

  it("the view names the playbook's tiers best first, so the panel sorts by tier and not by score", async () => {
    const view = await listOf(7, [companyRow('a', 'A1', FACTS)]);
    expect(view.tiers).toEqual(['A', 'B', 'C']);
    const { tierOrder } = await import('../../../lib/background/lists/list-view');
    const tier = (name: string, min: number) => ({ name, min });
    const icp = (id: string, tiers: { name: string; min: number }[]) => ({ id, tiers }) as unknown as Playbook['icps'][number];
    expect(tierOrder({ icps: [icp('x', [tier('Hot', 70), tier('Warm', 40), tier('Cold', 0)]), icp('y', [tier('Hot', 80), tier('Nurture', 0)])] } as Playbook)).toEqual(['Hot', 'Warm', 'Cold', 'Nurture']);
  });
});

describe('a row links to a stored account only by identity', () => {
  it('by LinkedIn slug, with what the rep already has on it', async () => {
    await companyPage(1, 'acme', 'Acme', FACTS);
    const row = (await listOf(2, [companyRow('acme', 'Acme')])).rows[0]!;
    expect(row.accountId).toBe('li:acme');
    expect(row.rowOnly).toBe(false);
    expect(row.known?.tier).toBeDefined();
  });

  it('by exact name when the row names only the company; an ambiguous name links nothing', async () => {
    await companyPage(1, 'acme', 'Acme Corp', FACTS);
    const only = { ...personRow('jo', 'Jo', 'VP Sales', { name: '  acme corp ' }) };
    expect((await listOf(3, [only], PEOPLE_URL, 'linkedin-search-people')).rows[0]!.accountId).toBe('li:acme');
    await companyPage(4, 'acme-2', 'Acme Corp', FACTS);
    expect((await listOf(3, [only], PEOPLE_URL, 'linkedin-search-people')).rows[0]!.accountId).toBeUndefined();
  });

  it('placeholders ("LinkedIn Member", "Confidential Company") link to nothing and cannot be saved', async () => {
    await companyPage(1, 'acme', 'Acme', FACTS);
    const member = { ...personRow('x', 'LinkedIn Member', 'VP Sales', { name: 'Acme', slug: 'acme' }), placeholder: 'linkedin-member' as const };
    const confidential = { ...companyRow('acme', 'Confidential Company'), key: 'text:Confidential Company', placeholder: 'confidential-company' as const };
    const view = await listOf(2, [member, confidential], PEOPLE_URL, 'linkedin-search-people');
    expect(view.rows.map((r) => r.accountId)).toEqual([undefined, undefined]);
    expect(view.rows.map((r) => r.name)).toEqual([undefined, undefined]);
    await expect(handleSaveRow({ tabId: 2, key: member.key })).rejects.toThrow(/names no one/);
    // each guard on its own: the row as kept names no company, and a placeholder has no identity keys
    expect((await getTabList(2))!.rows.map((r) => r.row.facts.linkedinUrl)).toEqual([undefined, undefined]);
    expect(rowKeys(member)).toEqual([]);
  });
});

describe('"Save to accounts"', () => {
  it('stores the row as an observation of its list page, with the row text as evidence, once', async () => {
    await listOf(1, [companyRow('acme', 'Acme', FACTS)]);
    const { accountId } = await handleSaveRow({ tabId: 1, key: 'https://www.linkedin.com/company/acme' });
    await handleSaveRow({ tabId: 1, key: 'https://www.linkedin.com/company/acme' });
    expect(accountId).toBe('li:acme');
    const observations = await db().observations.toArray();
    expect(observations).toHaveLength(1);
    expect(observations[0]!.pageType).toBe('linkedin-search-companies');
    expect(Object.values(observations[0]!.facts)[0]!.evidence.text).toBe('Acme');
    expect((await getResult(db(), 'li:acme'))?.tier).toBeDefined();
    expect((await handleListView({ tabId: 1 }))!.rows[0]!.accountId).toBe('li:acme');
  });
});
