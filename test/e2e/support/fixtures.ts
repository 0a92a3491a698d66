import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

/**
 * Serve a fixture HTML file at a real URL (e.g. https://www.linkedin.com/company/acme/), so the
 * real content script runs on it. Routes are matched on the exact URL, ignoring the query.
 */
export async function serveFixture(context: BrowserContext, url: string, fixture: string): Promise<void> {
  const body = readFileSync(path.join(FIXTURES, fixture), 'utf8');
  await serveHtml(context, url, body);
}

export async function serveHtml(context: BrowserContext, url: string, body: string): Promise<void> {
  const base = url.split('?')[0]!;
  await context.route((u) => u.href.split('?')[0] === base, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

export function fixtureHtml(fixture: string): string {
  return readFileSync(path.join(FIXTURES, fixture), 'utf8');
}

/** What LinkedIn does on an in-app click: pushState and a new DOM, no page load. */
export async function spaNavigate(page: import('@playwright/test').Page, url: string, fixture: string): Promise<void> {
  await page.evaluate(
    ({ url, html }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({}, '', url);
      document.title = doc.title;
      document.body.replaceChildren(...Array.from(doc.body.childNodes));
    },
    { url, html: fixtureHtml(fixture) },
  );
}
