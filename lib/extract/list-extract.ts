import type { PageType } from '../facts/model';
import type { ListObservation, ListRow } from '../facts/list-model';
import type { LogEntry } from './core/deferred';
import { detectPage } from './detect';
import { IDENTITY } from './linkedin/list-row';
import { isListPage, readList } from './lists';
import { PARSERS } from './parsers';
import { replayObservation } from './replay';

// List reading where bundle size does not matter (the background, the CLI, tests): rows parsed at
// once, and a content script's row replayed from its log — the same puts, so the same facts.

/** Every row of a list page (by URL, else by markup), parsed; null when the page is not a list page. */
export function extractList(url: string, doc: Document): ListObservation | null {
  const type = detectPage(typeof url === 'string' ? url : '', doc);
  return isListPage(type) ? readList(type, url, doc, PARSERS).observation : null;
}

/**
 * A content script's row with its facts rebuilt from its log (core/deferred.ts). The log comes from a
 * page: every value is checked again, and a placeholder row keeps no fact that would name an account.
 * `language` is the page's (<html lang>): how its numbers and labels are read.
 */
export function replayListRow(row: ListRow, log: readonly LogEntry[], source: PageType, url: string, language?: string): ListRow {
  const facts = { ...replayObservation({ pageType: source, url, facts: {}, missing: [], language }, log).facts };
  if (row.placeholder) for (const name of IDENTITY) delete facts[name];
  return { ...row, facts };
}
