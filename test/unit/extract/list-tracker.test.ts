// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createListTracker } from '../../../lib/extract/list-tracker';
import { MAX_LIST_ROWS } from '../../../lib/facts/limits';
import { parse } from './helpers';

// What a content script's debounced observer would do on a list page: read the rows there, then on
// each mutation only the rows that are new or changed — LinkedIn appends rows as the rep scrolls,
// recycles row elements in place and replaces the list when paging.

const URL = 'https://www.linkedin.com/search/results/people/?keywords=x';
const row = (slug: string, name: string, headline = 'VP Sales at Acme') =>
  `<div role="listitem"><div><p><a data-view-name="search-result-lockup-title" href="https://www.linkedin.com/in/${slug}/">${name}</a></p><p>${headline}</p><p>Berlin</p></div></div>`;
const names = (reads: { row: { person?: { name?: string } } }[]) => reads.map((r) => r.row.person?.name);

function page(html: string) {
  const doc = parse(`<main><div role="list">${html}</div></main>`);
  return { doc, list: doc.querySelector('[role="list"]')! };
}

describe('list tracker', () => {
  it('reads the rows there, then nothing until something changes', () => {
    const { doc } = page(row('a', 'Ann') + row('b', 'Ben'));
    const t = createListTracker('linkedin-search-people', URL);
    expect(names(t.take(doc))).toEqual(['Ann', 'Ben']);
    expect(t.take(doc)).toEqual([]);
    expect(t.count).toBe(2);
  });

  it('reads only rows added as the rep scrolls', () => {
    const { doc, list } = page(row('a', 'Ann'));
    const t = createListTracker('linkedin-search-people', URL);
    t.take(doc);
    list.insertAdjacentHTML('beforeend', row('c', 'Cy') + row('d', 'Dee'));
    expect(names(t.take(doc))).toEqual(['Cy', 'Dee']);
  });

  it('reads a recycled row again: same element, another person', () => {
    const { doc, list } = page(row('a', 'Ann') + row('b', 'Ben'));
    const t = createListTracker('linkedin-search-people', URL);
    t.take(doc);
    const link = list.querySelectorAll('a')[1]!;
    link.setAttribute('href', 'https://www.linkedin.com/in/eve/');
    link.textContent = 'Eve';
    expect(names(t.take(doc))).toEqual(['Eve']);
  });

  it('reads a replaced list (paging) as new rows', () => {
    const { doc, list } = page(row('a', 'Ann'));
    const t = createListTracker('linkedin-search-people', URL);
    t.take(doc);
    list.replaceChildren(...parse(row('f', 'Flo') + row('g', 'Gus')).body.children);
    expect(names(t.take(doc))).toEqual(['Flo', 'Gus']);
  });

  it(`reads at most ${MAX_LIST_ROWS} rows on one page view, however the rows keep coming`, () => {
    const { doc, list } = page(Array.from({ length: 900 }, (_, i) => row(`p${i}`, `P${i}`)).join(''));
    const t = createListTracker('linkedin-search-people', URL);
    expect(t.take(doc)).toHaveLength(900);
    // the next pages replace the list: new rows, until the page view has read its share
    list.replaceChildren(...parse(Array.from({ length: 300 }, (_, i) => row(`q${i}`, `Q${i}`)).join('')).body.children);
    expect(t.take(doc)).toHaveLength(MAX_LIST_ROWS - 900);
    list.replaceChildren(...parse(row('z', 'Zed')).body.children);
    expect(t.take(doc)).toEqual([]);
    expect(t.count).toBe(MAX_LIST_ROWS);
  });

  it('says the page showed more than it read, even when an element that is no row took a place under the cap', () => {
    // a result whose link is no LinkedIn profile is found as a row element but read as no row
    const other = row('x', 'Elsewhere').replace('https://www.linkedin.com/in/x/', 'https://example.com/in/x/');
    const { doc } = page(other + Array.from({ length: 1500 }, (_, i) => row(`p${i}`, `P${i}`)).join(''));
    const t = createListTracker('linkedin-search-people', URL);
    expect(t.take(doc)).toHaveLength(MAX_LIST_ROWS - 1);
    expect(t.count).toBeLessThan(MAX_LIST_ROWS);
    expect(t.truncated).toBe(true);
    const small = page(row('a', 'Ann'));
    const s = createListTracker('linkedin-search-people', URL);
    s.take(small.doc);
    expect(s.truncated).toBe(false);
  });
});
