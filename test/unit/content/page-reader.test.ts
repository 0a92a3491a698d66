// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Hostile pages for the content script's watch loop (issue #9): a page that mutates forever must
// not be read forever, and a page that navigates every 100 ms must not pile up watchers.
const sent: { type: string; data: { url?: string; observation?: { url: string } } }[] = [];
vi.mock('../../../lib/messaging/content-client', () => ({
  sendFromContent: async (type: string, data: never) => void sent.push({ type, data }),
  sentAtNow: () => Date.now(),
}));
const { startPageReader } = await import('../../../lib/content/page-reader');

/** The part of WXT's ContentScriptContext the reader uses, with invalidation. */
function fakeContext() {
  const cleanups: (() => void)[] = [];
  return {
    addEventListener: (t: EventTarget, type: string, fn: EventListener) => {
      t.addEventListener(type, fn);
      cleanups.push(() => t.removeEventListener(type, fn));
    },
    setInterval: (fn: () => void, ms: number) => {
      const id = setInterval(fn, ms);
      cleanups.push(() => clearInterval(id));
      return id;
    },
    setTimeout: (fn: () => void, ms: number) => {
      const id = setTimeout(fn, ms);
      cleanups.push(() => clearTimeout(id));
      return id;
    },
    onInvalidated: (fn: () => void) => void cleanups.push(fn),
    invalidate: () => cleanups.splice(0).forEach((f) => f()),
  };
}

let reads = 0;
/** A reader whose result changes every time (a page that never settles) and never completes. */
const restless = (url: string) => {
  reads++;
  return { observation: { pageType: 'linkedin-company', url, facts: { name: { value: `Read ${reads}` } } }, recognised: true, complete: false } as never;
};

/** Let MutationObserver callbacks (microtasks) run, then move the fake clock. */
async function advance(ms: number, step = 50) {
  for (let t = 0; t < ms; t += step) {
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(step);
  }
}

describe('the content script watching a hostile page', () => {
  let mutator: ReturnType<typeof setInterval> | undefined;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
    sent.length = 0;
    reads = 0;
    history.replaceState(null, '', '/company/acme/');
    document.body.replaceChildren(document.createElement('main'));
  });
  /** The page adds an element every `ms`, forever. */
  const mutateEvery = (ms: number) => (mutator = setInterval(() => document.body.appendChild(document.createElement('div')), ms));
  afterEach(() => {
    clearInterval(mutator);
    vi.useRealTimers();
  });

  it.each([
    ['every 20 ms (never settles)', 20],
    ['every 300 ms (settles between changes)', 300],
  ])('a page that mutates forever, %s, is read a bounded number of times, then never again', async (_, ms) => {
    mutateEvery(ms);
    const ctx = fakeContext();
    startPageReader(ctx as never, restless);
    await advance(30_000);
    const readsAfterWatch = reads;
    // MAX_READS (12) within WATCH_MS (8 s), plus the final read
    expect(readsAfterWatch).toBeGreaterThan(1);
    expect(readsAfterWatch).toBeLessThanOrEqual(13);
    await advance(30_000);
    expect(reads).toBe(readsAfterWatch);
    expect(sent.filter((m) => m.type === 'page/observed').length).toBeLessThanOrEqual(readsAfterWatch);
    ctx.invalidate();
  });

  it('a page that navigates every 100 ms keeps one watcher: reads stay bounded and stop with the last page', async () => {
    mutateEvery(300);
    const ctx = fakeContext();
    startPageReader(ctx as never, restless);
    for (let i = 1; i <= 40; i++) {
      history.pushState(null, '', `/company/spam-${i}/`);
      await advance(100, 25);
    }
    const duringBurst = reads;
    // each navigation is noticed by the 100 ms URL poll and read once; watchers of pages left behind stop
    expect(duringBurst).toBeLessThanOrEqual(40 * 2 + 2);
    await advance(30_000);
    const afterSettle = reads - duringBurst;
    expect(afterSettle).toBeLessThanOrEqual(13); // only the last page's watch, bounded as above
    const last = sent.filter((m) => m.type === 'page/observed').at(-1);
    expect(last?.data.observation?.url).toContain('/company/spam-40/');
    await advance(30_000);
    expect(reads - duringBurst).toBe(afterSettle);
    ctx.invalidate();
  });

  it('when the extension is reloaded (context invalidated) nothing reads the page any more', async () => {
    mutateEvery(300);
    const ctx = fakeContext();
    startPageReader(ctx as never, restless);
    await advance(500);
    ctx.invalidate();
    const at = reads;
    history.pushState(null, '', '/company/after-reload/');
    await advance(20_000);
    expect(reads).toBe(at);
  });
});
