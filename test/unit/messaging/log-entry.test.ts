// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MAX_ITEM, MAX_LIST, MAX_TEXT } from '../../../lib/facts/limits';
import { readLinkedInFamily } from '../../../lib/extract/sites';
import { extractPage, replayObservation } from '../../../lib/extract';
import { LogEntry } from '../../../lib/messaging/log-entry';
import { protocol } from '../../../lib/messaging/protocol';
import { parse } from '../extract/helpers';

// A content script's log travels in 'page/observed': page data, so every value is capped (issue 15).
const entry = (value: unknown, kind?: string) => ({ name: 'name', ...(kind ? { kind } : {}), value, evidence: 'e', via: '' });

describe('a log entry from a content script', () => {
  it.each([
    ['a 100 KB text', 'x'.repeat(100_000)],
    ['a list of 10,000 items', Array.from({ length: 10_000 }, (_, i) => `t${i}`)],
    ['a list item of 10 KB', ['x'.repeat(10_000)]],
    ['an object that is not a size band', { min: 1, max: 2, payload: 'x'.repeat(50) }],
    ['a nested structure', [[['deep']]]],
    ['text still to parse, 100 KB', 'x'.repeat(100_000), 'count'],
  ])('refuses %s', (_n, value, kind?: string) => {
    expect(LogEntry.safeParse(entry(value, kind)).success).toBe(false);
  });

  it.each([
    ['text', 'Acme'],
    ['a count', 1234],
    ['a list', ['React', 'Stripe']],
    ['a size band', { min: 51, max: 200 }],
    ['an open band', { min: 10_001, max: null }],
  ])('accepts %s', (_n, value) => {
    expect(LogEntry.safeParse(entry(value)).success).toBe(true);
  });

  it('what the LinkedIn reader logs for a hostile page stays within the caps, and replays to the same facts', () => {
    const specialties = Array.from({ length: 5000 }, (_, i) => `Specialty ${i} ${'y'.repeat(i % 3 ? 10 : 400)}`).join(', ');
    const html = `<main><section class="org-top-card"><h1 class="org-top-card-summary__title">${'A'.repeat(100_000)}</h1></section>
      <section><dl><dt>Specialties</dt><dd>${specialties}</dd><dt>Website</dt><dd><a href="https://acme.example/">acme.example</a></dd></dl>
      <p class="break-words">${'Long description. '.repeat(20_000)}</p></section></main>`;
    const url = 'https://www.linkedin.com/company/acme/about/';
    const read = readLinkedInFamily(url, parse(html));
    expect(read.log?.length).toBeGreaterThan(0);
    const message = protocol['page/observed'].input.safeParse({ id: 'obs-cap-0001', sentAt: 1, observation: read.observation, log: read.log, recognised: true });
    expect(message.success).toBe(true);
    const replayed = replayObservation(read.observation, read.log!);
    expect(replayed.facts).toEqual(extractPage(url, parse(html)).facts); // as the CLI, parsing at once, reads it
    expect((replayed.facts.name?.value ?? '').length).toBeLessThanOrEqual(MAX_TEXT);
    for (const s of replayed.facts.specialties?.value ?? []) expect(s.length).toBeLessThanOrEqual(MAX_ITEM);
    expect((replayed.facts.specialties?.value ?? []).length).toBeLessThanOrEqual(MAX_LIST);
  });
});
