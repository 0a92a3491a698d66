import type { BrowserContext } from '@playwright/test';
import { fixtureHtml } from '../../test/e2e/support/fixtures';

/**
 * Many distinct companies from one fixture (as test/e2e/faults.spec.ts does): each number gets
 * its own name, LinkedIn slug and domain, so each is a separate account. Served at real URLs.
 */
const template = fixtureHtml('e2e/company-guest.acme.html');

export const companyName = (n: number) => `Company ${n} Inc`;
export const companyUrl = (n: number) => `https://www.linkedin.com/company/company-${n}/`;
export const companyHtml = (n: number) =>
  template.replaceAll('Acme Analytics', companyName(n)).replaceAll('acme-analytics', `company-${n}`).replaceAll('acme', `company${n}`);

export async function serveCompanies(context: BrowserContext): Promise<void> {
  await context.route(/^https:\/\/www\.linkedin\.com\/company\/company-(\d+)\/$/, (route) => {
    const n = Number(/company-(\d+)/.exec(route.request().url())![1]);
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: companyHtml(n) });
  });
}
