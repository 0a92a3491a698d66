import type { PageType } from '../facts/model';
import type { ListObservation, ListRow } from '../facts/list-model';
import { MAX_LIST_ROWS } from '../facts/limits';
import type { LogEntry, Parsers } from './core/deferred';
import { all, first } from './core/dom';
import { readJobDetail } from './linkedin/jobs-card';
import { readJobCard } from './linkedin/jobs-search';
import { readPeopleCard } from './linkedin/list-people-tab';
import { readRow, type RowRead, type RowReader } from './linkedin/list-row';
import { readAccountRow, readLeadRow } from './linkedin/list-salesnav';
import { readSearchRow } from './linkedin/list-search';
import * as S from './linkedin/list-selectors';

// List pages, read row by row (docs/extraction.md, "List pages"). Two entry points:
//   findListRows(type, root)            the row elements under root, in page order, at most MAX_LIST_ROWS
//   readListRows(type, url, elements)   read exactly these rows (a content script passes only new ones)
// and readList(type, url, doc) = both over the whole page. Without parsers (content script) each row
// carries the log of its puts for the background to replay (list-replay.ts), as a page does.

interface RowType {
  find: (root: ParentNode, limit: number) => Element[];
  is: (el: Element) => boolean;
  read: RowReader;
}

const matches = (el: Element, selector: string) => {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
};
const bySelector = (selector: string, read: RowReader): RowType => ({
  find: (root, limit) => all(root, selector, limit),
  is: (el) => matches(el, selector),
  read,
});
/** Rows found from an anchor inside them (Sales Navigator): the row around each anchor, once. */
const byAnchor = (anchor: string, read: RowReader): RowType => ({
  find: (root, limit) => [...new Set(all(root, anchor, limit).map((a) => a.closest(S.SN_ROW)).filter((r): r is Element => !!r))],
  is: (el) => matches(el, S.SN_ROW) && !!el.querySelector(anchor),
  read,
});
/** A posting's detail is one row: its company card, else (still rendering) its title. */
const DETAIL = [...S.ABOUT_COMPANY, ...S.JOB_TITLE];
const detail: RowType = {
  find: (root) => [first(root, DETAIL)].filter((e): e is Element => !!e),
  is: (el) => DETAIL.some((s) => matches(el, s)),
  read: readJobDetail,
};

const SEARCH = [bySelector(S.SEARCH_ROW_2024, readSearchRow), bySelector(S.SEARCH_ROW_2025, readSearchRow)];
const LISTS: Partial<Record<PageType, RowType[]>> = {
  'linkedin-search-people': SEARCH,
  'linkedin-search-companies': SEARCH,
  'linkedin-search-all': SEARCH,
  'salesnav-lead-list': [byAnchor(S.SN.personName, readLeadRow)],
  'salesnav-account-list': [byAnchor(S.SN.companyName, readAccountRow)],
  'linkedin-company-people': [bySelector(S.PEOPLE_CARD, readPeopleCard)],
  'linkedin-job': [detail],
  'linkedin-jobs-search': [detail, bySelector(S.JOB_CARD, readJobCard)],
};

/** Page types whose rows are read (a company's People tab is also a single page). */
export const isListPage = (type: PageType): boolean => Object.hasOwn(LISTS, type);

const byPageOrder = (a: Element, b: Element) => (a.compareDocumentPosition(b) & 4 ? -1 : a === b ? 0 : 1);

/** The row elements under root, innermost rows only, in page order; `more` when the cap cut some. */
export function findListRows(type: PageType, root: ParentNode, limit = MAX_LIST_ROWS): { rows: Element[]; more: boolean } {
  const found: Element[] = [];
  for (const t of LISTS[type] ?? []) {
    // a row that holds another row of its kind is a wrapper (a results cluster), not a result
    for (const el of t.find(root, limit + 1)) if (!t.find(el, 1).some((inner) => inner !== el)) found.push(el);
  }
  const rows = found.length > 1 ? found.sort(byPageOrder) : found;
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

/** Read exactly these row elements (each as the first row type it is); unreadable ones are skipped. */
export function readListRows(type: PageType, url: string, elements: readonly Element[], parsers?: Parsers): RowRead[] {
  const types = LISTS[type] ?? [];
  const out: RowRead[] = [];
  for (const el of elements.slice(0, MAX_LIST_ROWS)) {
    const t = types.find((rt) => rt.is(el));
    const read = t ? readRow(type, url, el, t.read, parsers) : null;
    if (read) out.push(read);
  }
  return out;
}

export interface ListRead {
  observation: ListObservation;
  /** content script only: logs[i] is rows[i]'s log of puts (see core/deferred.ts) */
  logs?: LogEntry[][];
}

const factCount = (row: ListRow) => Object.keys(row.facts).length;

/** Every row of the page. A subject read twice (a job card and its open detail) keeps the fuller row. */
export function readList(type: PageType, url: string, doc: Document, parsers?: Parsers): ListRead {
  const { rows, more } = findListRows(type, doc);
  const reads: RowRead[] = [];
  const at = new Map<string, number>();
  for (const read of readListRows(type, url, rows, parsers)) {
    const i = at.get(read.row.key);
    if (i === undefined) at.set(read.row.key, reads.push(read) - 1);
    else if (factCount(read.row) > factCount(reads[i]!.row)) reads[i] = read;
  }
  const observation: ListObservation = { pageType: type, url, rows: reads.map((r) => r.row), truncated: more };
  return parsers ? { observation } : { observation, logs: reads.map((r) => r.log ?? []) };
}
