// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract';
import { orgLinks } from '../../../lib/extract/core/organization';
import { sameSite, siteHost } from '../../../lib/extract/core/urls';
import { parse } from './helpers';

// Which JSON-LD org owns a website is decided in the page bundle, without the Public Suffix List:
// by host. On a shared host another tenant's org, or the platform's, is not the owner (issue 15.1).
const page = (...orgs: { name: string; url: string }[]) =>
  `<html><head>${orgs.map((o) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'Organization', ...o })}</script>`).join('')}</head><body></body></html>`;

describe('the site owner, by host', () => {
  it.each([
    ['https://WWW.Acme.com./x', 'acme.com'],
    ['acme.io/start', 'acme.io'],
    ['https://www2.acme.co.uk', 'acme.co.uk'],
    ['https://192.168.0.1/', null],
    ['https://localhost/', null],
    ['https://www.crunchbase.com/organization/acme', null],
    ['https://uk.linkedin.com/company/acme', null],
    ['https://lnkd.in/x', null],
    ['javascript:alert(1)', null],
    ['', null],
  ])('siteHost(%s) = %s', (input, want) => expect(siteHost(input)).toBe(want));

  it.each([
    ['https://shop.acme.com/x', 'https://www.acme.com', true],
    ['https://acme.com', 'https://blog.acme.com', true],
    ['https://alice.github.io', 'https://bob.github.io', false],
    ['https://acme-store.myshopify.com', 'https://www.shopify.com', false],
    ['https://notacme.com', 'https://acme.com', false],
    ['https://192.168.0.1', 'https://192.168.0.1', false],
  ])('sameSite(%s, %s) = %s', (a, b, want) => expect(sameSite(a, b)).toBe(want));

  it("reads the tenant's own org, not another tenant's listed first", () => {
    const html = page({ name: 'Bob Studio', url: 'https://bob.github.io/' }, { name: 'Alice Labs', url: 'https://alice.github.io/' });
    expect(extractPage('https://alice.github.io/about', parse(html)).facts.name?.value).toBe('Alice Labs');
  });

  it('prefers the exact host, then the same site, then the first org', () => {
    const parent = page({ name: 'Platform', url: 'https://www.shopify.com/' }, { name: 'Acme', url: 'https://acme.com/' });
    expect(extractPage('https://shop.acme.com/', parse(parent)).facts.name?.value).toBe('Acme');
    const exact = page({ name: 'Acme Group', url: 'https://acme.com/' }, { name: 'Acme Shop', url: 'https://shop.acme.com/' });
    expect(extractPage('https://shop.acme.com/', parse(exact)).facts.name?.value).toBe('Acme Shop');
    const none = page({ name: 'First', url: 'https://first.example/' }, { name: 'Second', url: 'https://second.example/' });
    expect(extractPage('https://acme.com/', parse(none)).facts.name?.value).toBe('First');
  });

  it('an org whose url is a source site or an IP names no website', () => {
    expect(orgLinks({ '@type': 'Organization', url: 'https://www.crunchbase.com/organization/acme' }).website).toBeNull();
    expect(orgLinks({ '@type': 'Organization', url: 'http://10.0.0.1/' }).website).toBeNull();
    expect(orgLinks({ '@type': 'Organization', url: 'https://acme-store.myshopify.com/' }).website).toBe('https://acme-store.myshopify.com');
  });

  it("a page read at an address that is no site (localhost, an IP) takes its domain from the canonical link", () => {
    const html = '<html><head><link rel="canonical" href="https://shop-a.myshopify.com/about"></head><body></body></html>';
    expect(extractPage('http://localhost:8080/about', parse(html)).facts.domain?.value).toBe('shop-a.myshopify.com');
    expect(extractPage('https://shop-b.myshopify.com/about', parse(html)).facts.domain?.value).toBe('shop-b.myshopify.com');
  });
});
