// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract';
import { readLinkedInFamily } from '../../../lib/extract/sites';
import { fixturesDir, parse } from './helpers';

// The content script reads pages of 20,000 elements and more (a Home feed). In Chrome a query for
// a tag alone, or a tag with an attribute (`dt`, `code[id^=…]`, `a[href*=…]`), walks every element
// of the page, ~0.1 ms each on the bench's page, while one keyed by a class or id is answered from
// Chrome's indexes (docs/benchmarks.md, session 19). On a logged-in Home page the reader asks the
// whole document only the second kind; what the walking queries found is found by cheaper means
// (the blocks under <body>, JSON-LD in <head>, the layouts' own headcount links), each with a
// fallback for a layout that has not been seen. These tests hold both halves.

/** Every selector asked of the document itself (not of an element inside it) during one read. */
function documentQueries(url: string, doc: Document): { all: string[]; first: { selector: string; found: boolean }[] } {
  const out = { all: [] as string[], first: [] as { selector: string; found: boolean }[] };
  const qsa = doc.querySelectorAll.bind(doc);
  const qs = doc.querySelector.bind(doc);
  Object.assign(doc, {
    querySelectorAll: (s: string) => (out.all.push(s), qsa(s)),
    querySelector: (s: string) => {
      const el = qs(s);
      out.first.push({ selector: s, found: !!el });
      return el;
    },
  });
  readLinkedInFamily(url, doc);
  return out;
}

/**
 * Does Chrome walk the whole page for this selector? Not when it names a class or id, nor when it
 * names an attribute no element of the page carries (measured: docs/benchmarks.md, session 19).
 */
function walks(selector: string, doc: Document): boolean {
  if (/[.#]/.test(selector.replace(/\[[^\]]*\]/g, ''))) return false;
  const names = [...selector.matchAll(/\[\s*([\w-]+)/g)].map((m) => m[1]!);
  return !names.some((n) => !Document.prototype.querySelector.call(doc, `[${n}]`));
}

const page = (name: string) => readFileSync(path.join(fixturesDir, 'linkedin', name), 'utf8');
const urlOf = (name: string) => (JSON.parse(page(name.replace(/\.html$/, '.expected.json'))) as { url: string }).url;

describe('page-wide queries on a logged-in Home page', () => {
  it('the rule tells the walking selectors from the others', () => {
    const doc = parse('<main><a href="/x" id="a">x</a><code id="bpr-guid-1"></code><script type="application/ld+json"></script></main>');
    for (const s of ['dt', 'code[id^="bpr-guid-"]', 'script[type="application/ld+json"]', 'a[href*="/search/results/people/"]', 'h1', 'h2, h3, h4']) expect(walks(s, doc), s).toBe(true);
    for (const s of ['.org-top-card h1', 'h1.top-card-layout__title', '#experience', '.org-about-company-module__about-us-extra h3', '[data-test-id^="about-us__"]', 'p[data-test-id="x"]']) expect(walks(s, doc), s).toBe(false);
  });

  // (company.loggedin-2025.html is left out: our fixture has no embedded blocks, so the reader looks
  // for them, and for JSON-LD, across the page — the fallback for a layout without blocks under <body>.)
  it.each(['company.loggedin-2021.html', 'company.i18n-de.html', 'company.i18n-en-kestrel.html'])('%s: no querySelectorAll of the document walks it, and a querySelector that walks finds its element', (name) => {
    const doc = parse(page(name));
    const q = documentQueries(urlOf(name), doc);
    expect(q.all.length).toBeGreaterThan(5);
    expect(q.all.filter((s) => walks(s, doc))).toEqual([]);
    // a querySelector stops at its first match: one that walks must be one that finds (meta tags, the canonical link)
    expect(q.first.filter((x) => walks(x.selector, doc) && !x.found).map((x) => x.selector)).toEqual([]);
  });

  it('the 2021 Home page names the company without asking for the 2018 title class Chrome cannot rule out there', () => {
    const q = documentQueries(urlOf('company.loggedin-2021.html'), parse(page('company.loggedin-2021.html')));
    expect(q.first.map((x) => x.selector)).not.toContain('h1.org-top-card-primary-content__title');
  });
});

describe('what the walking queries used to find is still found', () => {
  const url = 'https://www.linkedin.com/company/acme/';
  const block = (json: object) => `<code id="bpr-guid-1">${JSON.stringify(json).replace(/</g, '&lt;')}</code>`;
  const acme = { included: [{ $type: 'com.linkedin.voyager.organization.Company', entityUrn: 'urn:li:fs_normalized_company:42', universalName: 'acme', name: 'Acme', staffCount: 321 }] };

  it('embedded blocks under <body> are read, and blocks elsewhere when <body> holds none', () => {
    const inBody = extractPage(url, parse(`<html><body><main><h1 class="org-top-card-summary__title">Acme</h1></main>${block(acme)}</body></html>`));
    expect(inBody.facts.employees?.value).toBe(321);
    const nested = extractPage(url, parse(`<html><body><main><h1 class="org-top-card-summary__title">Acme</h1><div>${block(acme)}</div></main></body></html>`));
    expect(nested.facts.employees?.value).toBe(321);
    expect(nested.facts.employees?.evidence.text).toMatch(/page data/);
  });

  it('JSON-LD is read from <head>, and from <body> on a page without embedded data', () => {
    const org = `<script type="application/ld+json">${JSON.stringify({ '@type': 'Organization', name: 'Acme', foundingDate: '1999' })}</script>`;
    for (const html of [`<html><head>${org}</head><body><main></main></body></html>`, `<html><head></head><body><main>${org}</main></body></html>`]) {
      const obs = extractPage(url, parse(html));
      expect(obs.facts.foundedYear?.value, html).toBe(1999);
      expect(obs.facts.foundedYear?.evidence.text, html).toMatch(/JSON-LD/);
    }
  });

  it('the people-search link is the headcount when no layout\'s own headcount link is on the page', () => {
    const html = `<main><h1 class="org-top-card-summary__title">Acme</h1><a href="/search/results/people/?currentCompany=%5B%2242%22%5D">1,234 employees</a></main>`;
    expect(extractPage(url, parse(html)).facts.employees?.value).toBe(1234);
  });

  it('a field list without a known layout\'s marks is read on the About tab, and on Home when a mark is there', () => {
    const dl = '<dl><dt>Founded</dt><dd>1999</dd></dl>';
    expect(extractPage(`${url}about/`, parse(`<main><h1 class="org-top-card-summary__title">Acme</h1><section>${dl}</section></main>`)).facts.foundedYear?.value).toBe(1999);
    const guest = `<main><h1 class="top-card-layout__title">Acme</h1><section><dl><div data-test-id="about-us__foundedOn"><dt>Founded</dt><dd>1999</dd></div></dl></section></main>`;
    expect(extractPage(url, parse(guest)).facts.foundedYear?.value).toBe(1999);
    // the logged-in list's own class, on the Home tab (test/fixtures/e2e/company-loggedin.beta.html has it there)
    const loggedIn = `<main><h1 class="org-top-card-summary__title">Acme</h1><section><dl class="overflow-hidden"><dt><h3>Founded</h3></dt><dd>1999</dd></dl></section></main>`;
    expect(extractPage(url, parse(loggedIn)).facts.foundedYear?.value).toBe(1999);
  });
});
