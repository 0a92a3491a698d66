// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractPage, isRecognised } from '../../../lib/extract';
import { MAX_EVIDENCE_TEXT, MAX_TEXT } from '../../../lib/facts/limits';
import { PageObservation } from '../../../lib/facts/model';
import { jsonLdNodes } from '../../../lib/extract/core/json';
import { parse } from './helpers';

// Pages built to hurt: huge, deep, wide, script-like names, invisible characters, hostile JSON-LD.
// Extraction must finish in bounded time, return what it can, cap every string and never throw.

const COMPANY = 'https://www.linkedin.com/company/acme/';
// the About tab, where a field list without a known layout's marks is read (selectors.ts DETAIL_LIST_MARKS)
const COMPANY_ABOUT = 'https://www.linkedin.com/company/acme/about/';
const SITE = 'https://www.acme.example/';
/** Generous: the suite shares two cores; a runaway (quadratic, unbounded) pass takes far longer. */
const BUDGET_MS = 4000;
/**
 * jsdom's selector engine scans ~0.5-5 µs per element per query (Chrome's native one is ~50x
 * faster), so a 100,000-element page costs seconds here and milliseconds in the browser. The bound
 * still catches anything worse than linear (each query is one scan; the number of queries is fixed).
 */
const WIDE_BUDGET_MS = 15_000;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const topCard = (name: string, extra = '') => `
  <section class="org-top-card"><div class="org-top-card-summary">
    <h1 class="org-top-card-summary__title">${name}</h1>
    <div class="org-top-card-summary-info-list">
      <div class="org-top-card-summary-info-list__info-item">Software Development</div>
      <div class="org-top-card-summary-info-list__info-item">Berlin, Germany</div>
      <div class="org-top-card-summary-info-list__info-item">1,234 followers</div>
    </div></div>${extra}</section>`;
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

function run(url: string, html: string): { obs: PageObservation; ms: number } {
  const doc = parse(html);
  const t0 = performance.now();
  const obs = extractPage(url, doc);
  const ms = performance.now() - t0;
  expect(PageObservation.safeParse(obs).success).toBe(true);
  for (const [k, f] of Object.entries(obs.facts)) {
    expect(f?.evidence.text.length, k).toBeLessThanOrEqual(MAX_EVIDENCE_TEXT);
    if (typeof f?.value === 'string') expect(f.value.length, k).toBeLessThanOrEqual(MAX_TEXT);
  }
  return { obs, ms };
}

describe('hostile pages', () => {
  it('a 5 MB page: bounded time, capped description', () => {
    const big = 'lorem ipsum dolor sit amet '.repeat(200_000);
    const { obs, ms } = run(COMPANY, `<main>${topCard('Acme')}<section><p class="break-words white-space-pre-wrap">${big}</p></section></main>`);
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(obs.facts.name?.value).toBe('Acme');
    expect(obs.facts.description?.value.length).toBeLessThanOrEqual(MAX_TEXT);
  });

  it('100,000 elements and 2,000-deep nesting', () => {
    const wide = '<div class="x"><span>filler</span></div>'.repeat(50_000);
    const deep = '<div>'.repeat(2000) + topCard('Acme') + '</div>'.repeat(2000);
    const { obs, ms } = run(COMPANY, `<main>${wide}${deep}</main>`);
    expect(ms).toBeLessThan(WIDE_BUDGET_MS);
    expect(obs.facts.name?.value).toBe('Acme');
    expect(obs.facts.followers?.value).toBe(1234);
  });

  it('script-like and template-like names stay inert text; javascript: links are dropped', () => {
    const name = '<img src=x onerror=alert(1)> {{name}} javascript:alert(1)';
    const dl = `<dl><dt>Website</dt><dd><a href="javascript:alert(1)">javascript:alert(1)</a></dd>
      <dt>Industry</dt><dd>{{industry}}</dd></dl>`;
    const { obs } = run(COMPANY_ABOUT, `<main>${topCard(esc(name))}<section>${dl}</section></main>`);
    expect(obs.facts.name?.value).toBe(name);
    expect(obs.facts.website).toBeUndefined();
    expect(obs.facts.domain).toBeUndefined();
    expect(obs.facts.industry?.value).toBe('{{industry}}');
  });

  it('zero-width and bidi control characters are removed before reading', () => {
    const { obs } = run(COMPANY, `<main><section class="org-top-card"><h1 class="org-top-card-summary__title">Ac\u200Bme\u202E Corp\u2066</h1>
      <div class="org-top-card-summary-info-list__info-item">Software\u200D Development</div>
      <div class="org-top-card-summary-info-list__info-item">Berlin, Germany</div>
      <div class="org-top-card-summary-info-list__info-item">1,\u200B234 followers</div></section></main>`);
    expect(obs.facts.name?.value).toBe('Acme Corp');
    expect(obs.facts.industry?.value).toBe('Software Development');
    expect(obs.facts.followers?.value).toBe(1234);
  });

  it('a 100 KB name is capped', () => {
    const { obs } = run(COMPANY, `<main>${topCard('A'.repeat(100_000))}</main>`);
    expect(obs.facts.name?.value.length).toBeLessThanOrEqual(MAX_TEXT);
  });

  it('JSON-LD with __proto__ keys: the keys are dropped as it is read, and nothing is read from them', () => {
    const json = '{"@type":"Organization","name":"Acme","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"address":{"__proto__":{"addressCountry":"US","addressLocality":"Evil"}}}';
    const html = `<html><head>${ld(json)}</head><body></body></html>`;
    // JSON.parse keeps "__proto__" as an own key; the reader's copy must not (lib/extract/core/json.ts)
    const [node] = jsonLdNodes(parse(html));
    expect(Object.keys(node!).sort()).toEqual(['@type', 'address', 'name']);
    expect(Object.keys(node!.address as object)).toEqual([]);
    expect([Object.getPrototypeOf(node), Object.getPrototypeOf(node!.address)]).toEqual([Object.prototype, Object.prototype]);
    const { obs } = run(SITE, html);
    expect(obs.facts.name?.value).toBe('Acme');
    expect(obs.facts.hqCountry).toBeUndefined();
    expect(obs.facts.hqCity).toBeUndefined();
  });

  it('JSON-LD with wrong types is read only where the type is right', () => {
    const json = '{"@type":["Organization"],"name":["Acme Ltd","Other"],"address":"Somewhere 1","numberOfEmployees":"many","sameAs":{"a":1},"foundingDate":99999,"url":12}';
    const { obs } = run(SITE, `<head>${ld(json)}</head>`);
    expect(obs.facts.name?.value).toBe('Acme Ltd');
    expect(obs.facts.employees).toBeUndefined();
    expect(obs.facts.foundedYear).toBeUndefined();
    expect(obs.facts.hqCity).toBeUndefined();
    expect(obs.facts.website?.value).toBe('https://www.acme.example'); // the page's own origin, not "12"
  });

  it('a 10 MB JSON-LD string is not parsed; broken JSON-LD is skipped', () => {
    const huge = ld(`{"@type":"Organization","name":"Huge","description":"${'x'.repeat(10_000_000)}"}`);
    const broken = ld('{"@type":"Organization","name":"Broken",');
    const { obs, ms } = run(SITE, `<head>${huge}${broken}${ld('{"@type":"Organization","name":"Fine"}')}</head>`);
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(obs.facts.name?.value).toBe('Fine');
  });

  it('deeply nested JSON-LD does not blow the stack; shallow fields are still read', () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    const nested = `{"@type":"Organization","name":"Acme","x":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`;
    const { obs } = run(SITE, `<head>${ld(deep)}${ld(nested)}</head>`);
    expect(obs.facts.name?.value).toBe('Acme'); // the walk stops at its depth limit, not at the first deep branch
  });

  it('hostile embedded page data is ignored field by field', () => {
    const data = JSON.stringify({ included: [{ $type: 'com.linkedin.voyager.organization.Company', universalName: 'acme', name: { x: 1 }, staffCountRange: { start: 'lots', end: -5 }, foundedOn: { year: 'MMXX' }, headquarter: 'nope', fundingData: [] }] });
    const { obs } = run(COMPANY, `<code id="bpr-guid-1">${esc(data)}</code><main>${topCard('Acme')}</main>`);
    expect(obs.facts.name?.value).toBe('Acme');
    expect(obs.facts.employeeRange).toBeUndefined();
    expect(obs.facts.foundedYear).toBeUndefined();
  });

  it('nothing recognisable: returns the page type, lists what is missing, is not "recognised"', () => {
    const { obs } = run(COMPANY, '<div class="q1w2"><span>Something went wrong</span></div>');
    expect(obs.pageType).toBe('linkedin-company');
    expect(isRecognised(obs)).toBe(false);
    expect(obs.missing).toEqual(expect.arrayContaining(['name', 'industry', 'followers']));
    const empty = run('https://www.linkedin.com/feed/', '');
    expect(empty.obs.pageType).toBe('unknown');
    expect(empty.obs.facts).toEqual({});
  });

  it('never throws, even on a document whose every method throws', () => {
    const evil = new Proxy({} as Document, { get: () => { throw new Error('boom'); } });
    for (const url of [COMPANY, SITE, 'https://www.linkedin.com/in/x/', '', 'not a url']) {
      expect(() => extractPage(url, evil)).not.toThrow();
    }
    expect(() => extractPage(undefined as unknown as string, parse('<p>x</p>'))).not.toThrow();
  });
});
