// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractList, replayListRow } from '../../../lib/extract/list-extract';
import { findListRows, isListPage, readList, readListRows } from '../../../lib/extract/lists';
import { type PageType } from '../../../lib/facts/model';
import { ListObservation, type ListRow } from '../../../lib/facts/list-model';
import { fixtures, parse } from './helpers';

// Every list-page fixture (written by us, modelled on the real pages in ../shared/real-pages and the
// research notes) through extractList, compared row by row with the expected JSON beside it: exactly
// these rows, these facts and values, the person and posting as shown — nothing made up, nothing lost.

const lists = fixtures(['linkedin', 'salesnav']).filter((f) => f.expected.rows);
const values = (row: ListRow) => Object.fromEntries(Object.entries(row.facts).map(([k, v]) => [k, v?.value]));

describe('list fixture pages', () => {
  it('cover every list page type', () => {
    const types = new Set(lists.map((f) => f.expected.pageType));
    for (const t of ListObservation.shape.pageType.options.filter((t) => isListPage(t))) expect(types, t).toContain(t);
  });

  it.each(lists.map((f) => [f.name, f] as const))('%s', (_name, { html, expected }) => {
    const obs = extractList(expected.url, parse(html));
    expect(obs?.pageType).toBe(expected.pageType);
    expect(obs?.truncated).toBe(expected.truncated);
    expect(ListObservation.safeParse(obs).success).toBe(true);
    const want = expected.rows ?? [];
    expect(obs!.rows.map((r) => r.key)).toEqual(want.map((r) => r.key));
    obs!.rows.forEach((row, i) => {
      const w = want[i]!;
      expect(row.kind, row.key).toBe(w.kind);
      expect(row.text, row.key).toBe(w.text);
      expect(values(row), row.key).toEqual(w.facts);
      expect(row.person, row.key).toEqual(w.person);
      expect(row.job, row.key).toEqual(w.job);
      expect(row.placeholder, row.key).toEqual(w.placeholder);
      for (const [fact, text] of Object.entries((w.evidence ?? {}) as Record<string, string>)) {
        expect(row.facts[fact as keyof ListRow['facts']]?.evidence.text, `${row.key} ${fact}`).toBe(text);
      }
      for (const [name, fact] of Object.entries(row.facts)) {
        expect(fact?.evidence.source, name).toBe(expected.pageType);
        expect(fact?.evidence.url, name).toBe(expected.url);
        expect(fact?.evidence.text.length, name).toBeGreaterThan(0);
        expect(fact?.evidence.text.length, name).toBeLessThanOrEqual(200);
      }
    });
  });

  it.each(lists.map((f) => [f.name, f] as const))('%s: the content script’s log, replayed, gives the same rows', (_name, { html, expected }) => {
    const doc = parse(html);
    const type = expected.pageType as PageType;
    const deferred = readList(type, expected.url, doc);
    const parsed = extractList(expected.url, doc)!;
    expect(deferred.logs).toHaveLength(deferred.observation.rows.length);
    const replayed = deferred.observation.rows.map((row, i) => replayListRow(row, deferred.logs![i]!, type, expected.url));
    expect(replayed).toEqual(parsed.rows);
  });

  it.each(lists.map((f) => [f.name, f] as const))('%s: reading only some row elements reads exactly those rows', (_name, { html, expected }) => {
    const doc = parse(html);
    const type = expected.pageType as PageType;
    const { rows } = findListRows(type, doc);
    const together = readListRows(type, expected.url, rows).map((r) => r.row);
    const oneByOne = rows.flatMap((el) => readListRows(type, expected.url, [el]).map((r) => r.row));
    expect(oneByOne).toEqual(together);
    expect(readListRows(type, expected.url, rows.slice(1)).map((r) => r.row)).toEqual(rows.slice(1).flatMap((el) => readListRows(type, expected.url, [el]).map((r) => r.row)));
  });
});
