import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixturesDir = path.join(repoRoot, 'test/fixtures');

/** Parse HTML the way the CLI does (jsdom); needs the jsdom test environment for DOMParser. */
export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export interface Expected {
  url: string;
  pageType: string;
  facts: Record<string, unknown>;
  person?: Record<string, unknown>;
  missing?: string[];
  /** a list page's fixture expects rows instead (list-fixtures.test.ts) */
  rows?: Record<string, unknown>[];
  truncated?: boolean;
}

/** Every fixture page under test/fixtures/<site>/ with the expected-facts JSON beside it. */
export function fixtures(sites: string[]): { name: string; html: string; expected: Expected }[] {
  return sites.flatMap((site) => {
    const dir = path.join(fixturesDir, site);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({
        name: `${site}/${f}`,
        html: readFileSync(path.join(dir, f), 'utf8'),
        expected: JSON.parse(readFileSync(path.join(dir, f.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected,
      }));
  });
}
