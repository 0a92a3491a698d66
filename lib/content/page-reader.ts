import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageRead } from '../extract/read';
import { sendFromContent, sentAtNow } from '../messaging/content-client';

/** One bounded pass over the page (lib/extract/sites.ts). */
export type Reader = (url: string, doc: Document) => PageRead;

/** How long to keep watching a page for late content (LinkedIn renders About after the top card). */
const WATCH_MS = 8000;
/** Re-read this long after the DOM stops changing. */
const SETTLE_MS = 250;
/** A page quiet for this long is as complete as it will get. */
const IDLE_MS = 1500;
const MAX_READS = 12;
const URL_POLL_MS = 100;

/**
 * Reads the page once at start and after every in-app navigation; while the page is incomplete,
 * re-reads when the DOM changes (debounced), at most MAX_READS times and WATCH_MS long. Sends an
 * observation only when what was read changed. Everything is tied to `ctx`, so nothing outlives
 * the content script.
 */
export function startPageReader(ctx: ContentScriptContext, reader: Reader): void {
  let stopWatching: (() => void) | null = null;
  let current = location.href;
  const begin = () => {
    current = location.href;
    stopWatching?.();
    stopWatching = watchPage(ctx, reader);
  };
  const onMaybeMoved = () => {
    if (location.href !== current) begin();
  };
  // LinkedIn navigates with the page's own history.pushState, which the Navigation API events
  // behind wxt:locationchange do not report to an isolated world: also poll the URL (a string
  // compare every 100 ms costs nothing).
  ctx.addEventListener(window, 'wxt:locationchange', onMaybeMoved);
  ctx.addEventListener(window, 'popstate', onMaybeMoved);
  ctx.setInterval(onMaybeMoved, URL_POLL_MS);
  begin();
}

function watchPage(ctx: ContentScriptContext, reader: Reader): () => void {
  const url = location.href;
  let last = '';
  let reads = 0;
  let timer: number | undefined;
  void sendFromContent('page/reading', { url, sentAt: sentAtNow() });
  // An unrecognised read is only reported when watching ends: a logged-in LinkedIn page renders
  // its content after the shell, and "?" flashing before the tier would be wrong.
  const readOnce = (final = false): boolean => {
    reads++;
    const started = performance.now();
    const { observation: obs, log, recognised, complete } = reader(location.href, document);
    const extractMs = performance.now() - started;
    const done = complete || obs.pageType === 'unknown';
    const fingerprint = JSON.stringify([log ?? obs.facts, obs.person, recognised]);
    if (fingerprint !== last && (recognised || done || final)) {
      last = fingerprint;
      void sendFromContent('page/observed', { id: crypto.randomUUID(), sentAt: sentAtNow(), extractMs, observation: obs, log, recognised });
    }
    return done;
  };
  if (readOnce()) return () => undefined;
  let idle = ctx.setTimeout(finish, IDLE_MS);
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    clearTimeout(idle);
    idle = ctx.setTimeout(finish, IDLE_MS);
    timer = ctx.setTimeout(() => {
      if (location.href !== url) return stop();
      if (readOnce(reads + 1 >= MAX_READS) || reads >= MAX_READS) stop();
    }, SETTLE_MS);
  });
  const deadline = ctx.setTimeout(finish, WATCH_MS);
  function finish() {
    if (location.href === url) readOnce(true);
    stop();
  }
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(idle);
    clearTimeout(deadline);
  }
  ctx.onInvalidated(stop);
  return stop;
}
