import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOPS, shopCompanyPage } from '../../shared-hosts';
import { icp, scratch } from './run-cli';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
const { file } = scratch('icp-shared-host-');

async function extract(...args: string[]): Promise<{ facts: Record<string, { value: unknown; evidence: { text: string } }> }> {
  const { code, out, err } = await icp('extract', ...args);
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return JSON.parse(out.join('\n'));
}

// Issue 15.1, measured before the fix: a website page at acme-store.myshopify.com printed
// `domain: myshopify.com` (every Shopify store one account). The tenant is the domain.
describe('icp extract on shared hosts', () => {
  it('reports the tenant of a website on a shared host as its domain', async () => {
    const page = path.join(fixtures, 'website/company-website.no-tech.html');
    const shop = await extract(page, '--url', 'https://acme-store.myshopify.com/');
    expect(shop.facts.domain?.value).toBe('acme-store.myshopify.com');
    expect((await extract(page, '--url', 'https://alice.github.io/about')).facts.domain?.value).toBe('alice.github.io');
    expect((await extract(page, '--url', 'https://www.shop.acme.co.uk/')).facts.domain?.value).toBe('acme.co.uk');
  });

  it('reports the tenant of a LinkedIn company whose website is on a shared host', async () => {
    for (const s of SHOPS) {
      const page = file(`${s.slug}.html`, shopCompanyPage(s));
      const out = await extract(page, '--url', `https://www.linkedin.com/company/${s.slug}/`);
      expect(out.facts.website?.value).toBe(s.website);
      expect(out.facts.domain?.value).toBe(new URL(s.website).host);
    }
  });
});
