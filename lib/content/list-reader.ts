import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageType } from '../facts/model';
import { MAX_LIST_ROWS } from '../facts/limits';
import { pageLanguage } from '../extract/core/lang';
import { listPageTypeFromUrl } from '../extract/list-detect';
import { listIdentity } from '../extract/list-identity';
import { createListTracker, type ListTracker } from '../extract/list-tracker';
import type { RowRead } from '../extract/linkedin/list-row';
import { sendFromContent, sentAtNow } from '../messaging/content-client';

// The list pages' reading loop (issue 18). LinkedIn and Sales Navigator add rows as the rep scrolls,
// recycle row elements and replace the list when paging, all without reloading. One debounced
// MutationObserver wakes a tracker that reads only the row elements that are new or changed
// (lib/extract/list-tracker.ts); the rows read go to the background, which parses their logs.
// Nothing is clicked, scrolled, fetched or injected.

/** Read this long after the DOM stops changing (LinkedIn renders a page of results in bursts). */
const SETTLE_MS = 150;
const URL_POLL_MS = 100;
/** Rows per message: far below the router's size cap even for long rows (see protocol/lists.ts). */
const PER_MESSAGE = 100;

interface View {
  list: string;
  url: string;
  tracker: ListTracker;
  /** the next message is the first of this list: the background replaces the tab's list */
  reset: boolean;
}

/** Watch list pages in this tab, following in-app navigation; everything is tied to `ctx`. */
export function startListReader(ctx: ContentScriptContext): void {
  let view: View | null = null;
  let current = '';
  let timer: number | undefined;
  let sending: Promise<unknown> = Promise.resolve();
  const read = () => {
    if (!view || view.tracker.count >= MAX_LIST_ROWS) return;
    const started = performance.now();
    const reads = view.tracker.take(document);
    const readMs = performance.now() - started;
    if (!reads.length && !view.reset) return;
    const v = view;
    const batches = sliceRows(reads);
    for (const batch of batches) {
      const message = messageFor(v, batch, readMs);
      v.reset = false;
      // one after another: the list's first message (reset) lands before the rows that follow it
      sending = sending.then(() => sendFromContent('list/observed', message));
    }
  };
  const onMaybeMoved = () => {
    if (location.href === current) return;
    current = location.href;
    view = begin(view);
    read();
  };
  const observer = new MutationObserver(() => {
    if (!view) return;
    clearTimeout(timer);
    timer = ctx.setTimeout(read, SETTLE_MS);
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
  // LinkedIn navigates with the page's own history.pushState, which the isolated world does not
  // see as an event: poll the URL too, as page-reader.ts does (a string compare every 100 ms)
  ctx.addEventListener(window, 'wxt:locationchange', onMaybeMoved);
  ctx.addEventListener(window, 'popstate', onMaybeMoved);
  ctx.setInterval(onMaybeMoved, URL_POLL_MS);
  onMaybeMoved();
}

/** A new URL: the same list paged on (rows accumulate) or another list (start again); null off lists. */
function begin(previous: View | null): View | null {
  const url = location.href;
  const type: PageType | null = listPageTypeFromUrl(url);
  if (!type) return null;
  const list = listIdentity(url);
  // a new tracker either way: after paging the rows are new elements, and its rows' evidence names this URL
  return { list, url, tracker: createListTracker(type, url), reset: previous?.list !== list };
}

function sliceRows(reads: RowRead[]): RowRead[][] {
  if (reads.length <= PER_MESSAGE) return [reads];
  const out: RowRead[][] = [];
  for (let i = 0; i < reads.length; i += PER_MESSAGE) out.push(reads.slice(i, i + PER_MESSAGE));
  return out;
}

function messageFor(v: View, batch: RowRead[], readMs: number) {
  const language = pageLanguage(document);
  return {
    id: crypto.randomUUID(),
    sentAt: sentAtNow(),
    pageType: v.tracker.pageType,
    url: v.url,
    reset: v.reset,
    rows: batch.map((r) => r.row),
    logs: batch.map((r) => r.log ?? []),
    truncated: v.tracker.truncated,
    ...(language ? { language } : {}),
    readMs,
  };
}
