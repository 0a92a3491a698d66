import type { PageType } from '../facts/model';
import { MAX_LIST_ROWS } from '../facts/limits';
import type { Parsers } from './core/deferred';
import { findListRows, readListRows } from './lists';
import type { RowRead } from './linkedin/list-row';

// For a content script watching a list page: LinkedIn and Sales Navigator add rows as the rep
// scrolls, recycle row elements in place (same element, another person) and replace the whole list
// on paging. A tracker remembers what each row element held when it was read, so each debounced
// mutation reads only rows that are new or changed, never the whole page again. One tracker per
// page view (a new URL starts a new one); at most MAX_LIST_ROWS rows are read per page view.

export interface ListTracker {
  readonly pageType: PageType;
  /** rows under root that are new or changed since the last call, read; [] when nothing changed */
  take(root: ParentNode): RowRead[];
  /** rows read so far on this page view */
  readonly count: number;
  /** the page showed rows that were not read (more than MAX_LIST_ROWS row elements, or cut at the cap) */
  readonly truncated: boolean;
}

/** What a row element shows, cheaply: a recycled element shows another subject or other text. */
function fingerprint(el: Element): string {
  const href = el.querySelector('a[href]')?.getAttribute('href') ?? '';
  return `${(el.textContent ?? '').length}|${href.slice(0, 200)}`;
}

export function createListTracker(pageType: PageType, url: string, parsers?: Parsers): ListTracker {
  const seen = new WeakMap<Element, string>();
  let count = 0;
  let cut = false;
  return {
    pageType,
    get count() {
      return count;
    },
    get truncated() {
      return cut || count >= MAX_LIST_ROWS;
    },
    take(root) {
      const fresh: Element[] = [];
      const found = findListRows(pageType, root);
      for (const el of found.rows) {
        const fp = fingerprint(el);
        if (seen.get(el) === fp) continue;
        seen.set(el, fp);
        fresh.push(el);
      }
      // counted in rows read, the cap can leave row elements unread (an element that is no row
      // still takes its place): the list must say the page showed more than was read
      if (found.more || fresh.length > MAX_LIST_ROWS - count) cut = true;
      const reads = readListRows(pageType, url, fresh.slice(0, MAX_LIST_ROWS - count), parsers);
      count += reads.length;
      return reads;
    },
  };
}
