import { readFileSync } from 'node:fs';
import path from 'node:path';

// Two companies on one shared host (issue 15.1): LinkedIn company pages made from a real-layout
// fixture, each with its own slug, name, Crunchbase link and a website on myshopify.com. Used by
// the unit tests and the e2e, so both read the same page.
const TEMPLATE = path.resolve(import.meta.dirname, 'fixtures/linkedin/company.loggedin-2025.html');

export const SHOPS = [
  { slug: 'shop-a', name: 'Shop A', website: 'https://shop-a.myshopify.com' },
  { slug: 'shop-b', name: 'Shop B', website: 'https://shop-b.myshopify.com' },
] as const;

export const companyUrl = (slug: string) => `https://www.linkedin.com/company/${slug}/`;

/** The 2025 logged-in company page, rewritten to be `shop`'s (its website link and its visible text). */
export function shopCompanyPage(shop: { slug: string; name: string; website: string }): string {
  const host = new URL(shop.website).host;
  return readFileSync(TEMPLATE, 'utf8')
    .replaceAll('https://www.northbeamhealth.com/', `${shop.website}/`)
    .replaceAll('northbeamhealth.com', host)
    .replaceAll('northbeam-health', shop.slug)
    .replaceAll('Northbeam Health', shop.name);
}
