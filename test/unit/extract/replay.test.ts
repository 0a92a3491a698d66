// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractPage, replayObservation } from '../../../lib/extract';
import { readLinkedInFamily } from '../../../lib/extract/sites';
import { readWebsite } from '../../../lib/extract/website';
import { readCrunchbase } from '../../../lib/extract/crunchbase/read';
import { LogEntry } from '../../../lib/messaging/log-entry';
import { fixtures, parse } from './helpers';

// The content script and the website reader do not parse page text (to stay under 40 KB); they
// log their puts and the background replays the log with the parsers. Replayed facts must be
// exactly what a parsing reader gets, on every fixture.
const linkedIn = fixtures(['linkedin', 'salesnav']);
const websites = fixtures(['website']);
const crunchbase = fixtures(['crunchbase']);

describe('deferred parsing (content script → background replay)', () => {
  it.each(linkedIn.map((f) => [f.name, f] as const))('%s: replay equals parsing at once', (_n, { html, expected }) => {
    const direct = extractPage(expected.url, parse(html));
    const read = readLinkedInFamily(expected.url, parse(html));
    expect(read.log).toBeDefined();
    for (const e of read.log!) expect(LogEntry.safeParse(e).success).toBe(true); // what travels validates
    const replayed = replayObservation(read.observation, read.log!);
    expect(replayed.facts).toEqual(direct.facts);
    expect(replayed.person).toEqual(direct.person);
    expect(replayed.missing.sort()).toEqual(direct.missing.sort());
  });

  it.each(websites.map((f) => [f.name, f] as const))('%s: replay equals parsing at once', (_n, { html, expected }) => {
    const direct = extractPage(expected.url, parse(html));
    const read = readWebsite(expected.url, parse(html));
    expect(replayObservation(read.observation, read.log!).facts).toEqual(direct.facts);
  });

  it.each(crunchbase.map((f) => [f.name, f] as const))('%s: replay equals parsing at once', (_n, { html, expected }) => {
    const direct = extractPage(expected.url, parse(html));
    const read = readCrunchbase(expected.url, parse(html));
    expect(read.observation.pageType).toBe('crunchbase-org');
    expect(replayObservation(read.observation, read.log!).facts).toEqual(direct.facts);
  });

  it('a hostile log cannot put values of the wrong type or run unknown parsers', () => {
    const obs = { pageType: 'linkedin-company' as const, url: 'https://www.linkedin.com/company/x/', facts: {}, missing: [] };
    const replayed = replayObservation(obs, [
      { name: 'employees', value: 'lots', evidence: 'x', via: '' },
      { name: 'employees', kind: 'toString' as never, value: '5', evidence: 'x', via: '' },
      { name: 'hqCountry', value: 'United States of Nowhere', evidence: 'x', via: '' },
      { name: 'followers', kind: 'count', value: { toString: 'x' } as never, evidence: 'x', via: '' },
      { name: 'employeeRange', kind: 'band', value: '51-200 employees', evidence: '51-200 employees', via: '' },
    ]);
    expect(Object.keys(replayed.facts)).toEqual(['employeeRange']);
    expect(replayed.facts.employeeRange?.value).toEqual({ min: 51, max: 200 });
  });
});
