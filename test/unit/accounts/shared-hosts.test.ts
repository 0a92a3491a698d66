// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { domainKey, identityKeys } from '../../../lib/accounts/identity';
import { extractPage, replayObservation } from '../../../lib/extract';
import { readLinkedInFamily } from '../../../lib/extract/sites';
import { readWebsite } from '../../../lib/extract/website';
import type { PageObservation } from '../../../lib/facts/model';
import { LogEntry } from '../../../lib/messaging/log-entry';
import { companyUrl, SHOPS, shopCompanyPage } from '../../shared-hosts';
import { parse } from '../extract/helpers';

// Issue 15.1: every *.myshopify.com store was keyed "domain:myshopify.com", so two stores were one
// account. The key is now the registrable domain by the Public Suffix List, private section included.
const ev = { source: 'linkedin-company' as const, url: 'u', text: 't' };
const company = (slug: string, website: string): PageObservation => ({
  pageType: 'linkedin-company',
  url: companyUrl(slug),
  facts: { website: { value: website, evidence: ev } },
  missing: [],
});

describe('identity on shared hosts', () => {
  it.each([
    ['https://shop-a.myshopify.com', 'https://shop-b.myshopify.com'],
    ['https://alice.github.io', 'https://bob.github.io'],
    ['https://a.vercel.app', 'https://b.vercel.app'],
    ['https://a.blogspot.com', 'https://b.blogspot.com'],
    ['https://a.herokuapp.com', 'https://b.herokuapp.com'],
    ['https://a.netlify.app', 'https://b.netlify.app'],
    ['https://a.wixsite.com/x', 'https://b.wixsite.com/x'],
    ['https://a.webflow.io', 'https://b.webflow.io'],
    ['https://a.notion.site', 'https://b.notion.site'],
  ])('two tenants %s and %s share no key', (a, b) => {
    const keysA = identityKeys(company('one', a));
    const keysB = identityKeys(company('two', b));
    expect(keysA).toContain(domainKey(a));
    expect(keysA.filter((k) => keysB.includes(k))).toEqual([]);
    expect(domainKey(a)).not.toBe(domainKey(b));
  });

  it('a subdomain of a company keys as the company; a website page on a tenant keys as the tenant', () => {
    expect(domainKey('https://blog.acme.com/post')).toBe('domain:acme.com');
    expect(domainKey('https://shop.acme.co.uk')).toBe('domain:acme.co.uk');
    const site: PageObservation = { pageType: 'company-website', url: 'https://acme-store.myshopify.com/products', facts: {}, missing: [] };
    expect(identityKeys(site)).toEqual(['domain:acme-store.myshopify.com']);
  });

  it('a shared host itself, an IP or localhost gives no domain key', () => {
    expect(identityKeys(company('one', 'https://myshopify.com'))).toEqual(['li:one']);
    expect(identityKeys({ pageType: 'company-website', url: 'http://192.168.1.10/', facts: {}, missing: [] })).toEqual([]);
    expect(identityKeys({ pageType: 'company-website', url: 'http://localhost:8080/', facts: {}, missing: [] })).toEqual([]);
  });
});

describe('the content script logs the website; the background computes the tenant', () => {
  it.each(SHOPS.map((s) => [s.slug, s] as const))('%s: the replayed log gives the tenant domain and key', (_slug, shop) => {
    const url = companyUrl(shop.slug);
    const read = readLinkedInFamily(url, parse(shopCompanyPage(shop)));
    // the content script has no Public Suffix List: it logs the website text to be parsed as a domain
    expect(read.observation.facts.domain).toBeUndefined();
    const entry = read.log!.find((e) => e.name === 'domain');
    expect(entry).toMatchObject({ kind: 'domain', value: shop.website });
    expect(LogEntry.safeParse(entry).success).toBe(true);
    const replayed = replayObservation(read.observation, read.log!);
    const tenant = new URL(shop.website).host;
    expect(replayed.facts.domain?.value).toBe(tenant);
    expect(replayed.missing).not.toContain('domain');
    expect(identityKeys(replayed)).toEqual([`cb:${shop.slug}`, `domain:${tenant}`, `li:${shop.slug}`]);
    // and the same as the CLI, which parses at once
    expect(replayed.facts).toEqual(extractPage(url, parse(shopCompanyPage(shop))).facts);
  });

  it('the injected website reader logs the page address; the tenant comes back from the replay', () => {
    const url = 'https://acme-store.myshopify.com/';
    const read = readWebsite(url, parse('<html><head><title>Acme Store</title></head><body><h1>Acme</h1></body></html>'));
    expect(read.observation.facts.domain).toBeUndefined();
    const replayed = replayObservation(read.observation, read.log!);
    expect(replayed.facts.domain?.value).toBe('acme-store.myshopify.com');
    expect(identityKeys(replayed)).toEqual(['domain:acme-store.myshopify.com']);
  });

  it('a hostile log cannot make a shared suffix, an IP or a source site a domain', () => {
    const obs = company('x', 'https://x.example');
    for (const value of ['https://myshopify.com', 'http://127.0.0.1', 'https://www.linkedin.com/company/y', 'github.io']) {
      const replayed = replayObservation({ ...obs, facts: {} }, [{ name: 'domain', kind: 'domain', value, evidence: value, via: '' }]);
      expect(replayed.facts.domain).toBeUndefined();
    }
    // a typed value skips the parser, but put still checks its shape
    const typed = replayObservation({ ...obs, facts: {} }, [{ name: 'domain', value: 'not a domain', evidence: 'x', via: '' }]);
    expect(typed.facts.domain).toBeUndefined();
  });
});
