// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractPage, isRecognised } from '../../../lib/extract';
import { PageObservation } from '../../../lib/facts/model';
import { fixtures, parse } from './helpers';

// Every fixture page (written by us, modelled on docs in ../shared/research) through extractPage,
// compared with the expected-facts JSON beside it: exactly these facts, these values, each with
// evidence from this page — no extra facts (nothing made up), nothing lost.

const everything = fixtures(['linkedin', 'salesnav', 'crunchbase', 'website']);
// A list page's fixture expects rows, checked row by row in list-fixtures.test.ts; the rest are single pages.
const all = everything.filter((f) => !f.expected.rows);

describe('fixture pages', () => {
  it('cover every page type', () => {
    const types = new Set(everything.map((f) => f.expected.pageType));
    for (const t of PageObservation.shape.pageType.options.filter((t) => t !== 'unknown')) expect(types, t).toContain(t);
  });

  it.each(all.map((f) => [f.name, f] as const))('%s', (_name, { html, expected }) => {
    const obs = extractPage(expected.url, parse(html));
    expect(obs.pageType).toBe(expected.pageType);
    const values = Object.fromEntries(Object.entries(obs.facts).map(([k, v]) => [k, v?.value]));
    expect(values).toEqual(expected.facts);
    for (const [name, fact] of Object.entries(obs.facts)) {
      expect(fact?.evidence.source, name).toBe(expected.pageType);
      expect(fact?.evidence.url, name).toBe(expected.url);
      expect(fact?.evidence.text.length, name).toBeGreaterThan(0);
      expect(fact?.evidence.text.length, name).toBeLessThanOrEqual(200);
    }
    expect(obs.person).toEqual(expected.person);
    if (expected.missing) expect(obs.missing).toEqual(expected.missing);
    // what the background will check again: the observation is valid as the protocol defines it
    expect(PageObservation.safeParse(obs).success).toBe(true);
  });

  it('recognises every fixture except the unrecognised layout', () => {
    for (const f of all) {
      const obs = extractPage(f.expected.url, parse(f.html));
      expect(isRecognised(obs), f.name).toBe(!f.name.includes('unrecognised'));
    }
  });
});
