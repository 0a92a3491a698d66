// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { extractWebsite } from '../../../lib/extract';
import { probePageGlobals } from '../../../lib/extract/website/globals-probe';
import { detectTechnologies, TECH_RULES } from '../../../lib/extract/website/technologies';
import { fixturesDir, parse } from './helpers';

const page = (head: string, body = '') => parse(`<html><head>${head}</head><body>${body}</body></html>`);
const names = (doc: Document, globals: string[] = []) => detectTechnologies(doc, globals).map((d) => d.name);

describe('technology rules', () => {
  it('cover at least 60 technologies across the categories sellers ask about', () => {
    const unique = new Set(TECH_RULES.map((r) => r.name));
    expect(unique.size).toBe(TECH_RULES.length);
    expect(unique.size).toBeGreaterThanOrEqual(60);
    const categories = new Set(TECH_RULES.map((r) => r.category));
    for (const c of ['crm', 'marketing-automation', 'chat', 'analytics', 'cdp', 'tag-manager', 'ab-testing', 'ecommerce', 'cms', 'payments', 'support', 'scheduling', 'cloud-cdn'] as const) {
      expect(categories, c).toContain(c);
    }
    for (const r of TECH_RULES) {
      expect(r.urls?.length || r.generator || r.markers?.length || r.selectors?.length || r.links?.length || r.globals?.length, r.name).toBeTruthy();
      for (const u of r.urls ?? []) expect(u, r.name).toBe(u.toLowerCase());
    }
  });

  it.each([
    ['script host', page('<script src="https://js.hs-scripts.com/123.js"></script>'), 'HubSpot', /js\.hs-scripts\.com/],
    ['stylesheet host', page('<link rel="stylesheet" href="https://assets.calendly.com/assets/external/widget.css">'), 'Calendly', /assets\.calendly\.com/],
    ['meta generator', page('<meta name="generator" content="Webflow">'), 'Webflow', /generator "Webflow"/],
    ['inline snippet', page("<script>(function(){w.Intercom('boot', {app_id: 'x'})})()</script>"), 'Intercom', /Intercom\('boot'/],
    ['inline loader URL', page('<script>s.src="https://cdn.segment.com/analytics.js/v1/"+k</script>'), 'Segment', /cdn\.segment\.com/],
    ['tracking id pattern', page("<script>ga('create', 'UA-1234567-1', 'auto');</script>"), 'Google Analytics', /UA-1234567-1/],
    ['head comment', page('<!-- This site is optimized with the Yoast SEO plugin v20 -->'), 'Yoast SEO', /Yoast/],
    ['marker element', page('', '<div class="calendly-inline-widget"></div>'), 'Calendly', /calendly-inline-widget/],
    ['outbound link', page('', '<a href="https://jobs.lever.co/acme/123">Apply</a>'), 'Lever', /jobs\.lever\.co/],
  ])('%s', (_kind, doc, name, evidence) => {
    const hit = detectTechnologies(doc).find((d) => d.name === name);
    expect(hit?.evidence).toMatch(evidence);
  });

  it('does not mistake look-alikes', () => {
    expect(names(page('<meta http-equiv="X-UA-Compatible" content="IE=edge">'))).toEqual([]);
    expect(names(page('', '<article><a href="https://other.com/wp-content/uploads/x.pdf">pdf</a></article>'))).toEqual([]);
    expect(names(page('<script type="application/ld+json">{"x":"https://js.stripe.com"}</script>'))).toEqual([]);
    expect(names(page('<script type="text/template">Intercom(\'boot\')</script>'))).toEqual([]);
  });

  it('adds page globals from the probe, only names our rules know', () => {
    const doc = page('');
    expect(names(doc, ['Intercom', 'analytics.load', 'NREUM'])).toEqual(['Segment', 'Intercom', 'New Relic']);
    const hits = detectTechnologies(doc, ['drift']);
    expect(hits).toEqual([{ name: 'Drift', category: 'chat', evidence: 'page global drift' }]);
    expect(names(doc, ['<img src=x>', 'notAThing', 42 as unknown as string])).toEqual([]);
  });

  it('a page with none is a normal result: no technologies fact, nothing missing for it', () => {
    const html = readFileSync(path.join(fixturesDir, 'website/company-website.no-tech.html'), 'utf8');
    const obs = extractWebsite('https://www.tidewaterlegal.co.uk/privacy-policy', parse(html));
    expect(obs.facts.technologies).toBeUndefined();
    expect(obs.missing).not.toContain('technologies');
  });
});

describe('page globals probe', () => {
  const source = probePageGlobals.toString();

  it('is self-contained (serialisable for executeScript): runs from its source alone', () => {
    const window = { Intercom: () => undefined, analytics: { load: () => undefined }, ga: undefined, Shopify: {} };
    const found = vm.runInNewContext(`(${source})()`, { window, Object }) as string[];
    expect(found.sort()).toEqual(['Intercom', 'Shopify', 'analytics.load']);
  });

  it('knows every global the rules use', () => {
    const all = [...new Set(TECH_RULES.flatMap((r) => r.globals ?? []))];
    const window: Record<string, unknown> = {};
    for (const g of all) {
      const [head, tail] = g.split('.');
      window[head!] = tail ? { [tail]: 1 } : 1;
    }
    const found = vm.runInNewContext(`(${source})()`, { window, Object }) as string[];
    expect(found.sort()).toEqual(all.sort());
  });

  it('knows no global that no rule uses', () => {
    const rules = new Set(TECH_RULES.flatMap((r) => r.globals ?? []));
    // a window where every name exists: the probe answers its whole list
    const window = new Proxy({}, { getOwnPropertyDescriptor: () => ({ value: { load: 1 }, configurable: true, enumerable: true, writable: true }) });
    const listed = vm.runInNewContext(`(${source})()`, { window, Object }) as string[];
    expect(listed.filter((n) => !rules.has(n))).toEqual([]);
  });

  it('never runs page code (getters) and returns only its own names', () => {
    let called = false;
    const window = {} as Record<string, unknown>;
    Object.defineProperty(window, 'analytics', { get: () => { called = true; return { load: 1 }; } });
    Object.defineProperty(window, 'Intercom', { get: () => { called = true; return 1; } });
    window['evilGlobal'] = 'secret page data';
    const found = vm.runInNewContext(`(${source})()`, { window, Object }) as string[];
    expect(called).toBe(false);
    expect(found).toEqual(['Intercom']); // present (as an accessor), not read
    expect(JSON.stringify(found)).not.toContain('secret');
  });
});
