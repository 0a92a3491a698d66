import type { ListRow } from '../../../lib/facts/list-model';
import type { FactName, PageType } from '../../../lib/facts/model';
import { createFakeBrowser } from './fake-browser';

// Shared by the list-pipeline tests: a fake browser whose tabs show a URL, and list rows as the
// list content script sends them (facts already typed: no log to replay).

export const SEARCH_URL = 'https://www.linkedin.com/search/results/companies/?keywords=ledger';
export const PEOPLE_URL = 'https://www.linkedin.com/search/results/people/?keywords=sales';

export function createListFakeBrowser() {
  const fake = createFakeBrowser();
  const tabUrls = new Map<number, string>();
  const tabs = {
    get: async (id: number) => {
      if (!tabUrls.has(id)) throw new Error(`No tab with id: ${id}`);
      return { id, url: tabUrls.get(id) };
    },
    query: async () => [],
  };
  // the list store reads several keys in one call, as chrome.storage does
  const session = fake.browser.storage.session;
  const get = async (keys: string | string[] | null) =>
    Array.isArray(keys) ? Object.fromEntries(keys.filter((k) => fake.session.has(k)).map((k) => [k, structuredClone(fake.session.get(k))])) : session.get(keys);
  // …and removes several keys in one call
  const remove = async (keys: string | string[]) => void (Array.isArray(keys) ? keys : [keys]).forEach((k) => fake.session.delete(k));
  const storage = { ...fake.browser.storage, session: { ...session, get, remove } };
  return { ...fake, tabUrls, browser: { ...fake.browser, tabs, storage } };
}

type Facts = Partial<Record<FactName, unknown>>;

function factsOf(source: PageType, url: string, facts: Facts, text: string): ListRow['facts'] {
  return Object.fromEntries(Object.entries(facts).map(([k, value]) => [k, { value, evidence: { source, url, text } }])) as ListRow['facts'];
}

export function companyRow(slug: string, name: string, facts: Facts = {}, url = SEARCH_URL): ListRow {
  const linkedinUrl = `https://www.linkedin.com/company/${slug}`;
  return { kind: 'company', key: linkedinUrl, facts: factsOf('linkedin-search-companies', url, { name, linkedinUrl, ...facts }, name), text: name };
}

export function personRow(slug: string, name: string, title: string, company?: { name: string; slug?: string }): ListRow {
  const facts: Facts = company ? { name: company.name, ...(company.slug ? { linkedinUrl: `https://www.linkedin.com/company/${company.slug}` } : {}) } : {};
  const profileUrl = `https://www.linkedin.com/in/${slug}`;
  return {
    kind: 'person',
    key: profileUrl,
    facts: factsOf('linkedin-search-people', PEOPLE_URL, facts, title),
    person: { name, title, profileUrl, ...(company ? { company: { name: company.name }, companyFrom: 'current' as const } : {}) },
    text: `${name} · ${title}`.slice(0, 200),
  };
}

let seq = 0;
/** A 'list/observed' message's data. */
export function listMessage(rows: ListRow[], opts: { url?: string; reset?: boolean; sentAt?: number; id?: string; pageType?: PageType } = {}) {
  seq++;
  return {
    id: opts.id ?? `list-msg-${String(seq).padStart(6, '0')}`,
    sentAt: opts.sentAt ?? Date.now() + seq,
    pageType: opts.pageType ?? ('linkedin-search-companies' as const),
    url: opts.url ?? SEARCH_URL,
    reset: opts.reset ?? false,
    rows,
    truncated: false,
  };
}

export const contentSender = (tabId: number, url = SEARCH_URL) => ({ id: 'test-extension', tab: { id: tabId }, url });
export const pageSender = { id: 'test-extension', url: 'chrome-extension://test-extension/sidepanel.html' };
