/**
 * @vitest-environment jsdom
 * @vitest-environment-options { "url": "https://www.linkedin.com/feed/" }
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The list content script's loop (issue 18): one debounced observer, only new rows sent, a new list
// starts with reset, paging the same search does not, and a large page goes in bounded messages.
interface Sent {
  reset: boolean;
  url: string;
  rows: { person?: { name?: string } }[];
  logs: unknown[][];
}
const sent: Sent[] = [];
vi.mock('../../../lib/messaging/content-client', () => ({
  sendFromContent: async (_type: string, data: Sent) => void sent.push(data),
  sentAtNow: () => Date.now(),
}));
const { startListReader } = await import('../../../lib/content/list-reader');

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

const row = (i: number) =>
  `<div role="listitem"><div><p><a data-view-name="search-result-lockup-title" href="https://www.linkedin.com/in/p-${i}/">Person ${i}</a></p><p>VP Sales at Acme</p><p>Berlin</p></div></div>`;
const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => row(from + i)).join('');
/** Replace an element's children with parsed markup (the page replacing its list). */
function fill(el: Element, html: string) {
  el.replaceChildren(...Array.from(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes));
}
const names = (m: Sent[]) => m.flatMap((s) => s.rows.map((r) => r.person?.name));

async function advance(ms: number, step = 50) {
  for (let t = 0; t < ms; t += step) {
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(step);
  }
}

const SEARCH = '/search/results/people/?keywords=sales';
let ctx: ReturnType<typeof fakeContext>;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  sent.length = 0;
  history.replaceState(null, '', SEARCH);
  fill(document.body, `<main><div role="list" id="list">${rows(1, 3)}</div><aside id="side"></aside></main>`);
  ctx = fakeContext();
});
afterEach(() => {
  ctx.invalidate();
  vi.useRealTimers();
});

describe('the list content script', () => {
  it('sends the rows there with reset, then only rows added as the rep scrolls, once the DOM settles', async () => {
    startListReader(ctx as never);
    await advance(500);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.reset).toBe(true);
    expect(names(sent)).toEqual(['Person 1', 'Person 2', 'Person 3']);
    expect(sent[0]!.logs).toHaveLength(3);
    // rows arriving 50 ms apart (LinkedIn renders in bursts): one read once the DOM settles, with only the new rows
    const list = document.getElementById('list')!;
    for (let i = 4; i <= 8; i++) {
      list.insertAdjacentHTML('beforeend', row(i));
      await advance(50);
    }
    await advance(500);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.reset).toBe(false);
    expect(names([sent[1]!])).toEqual(['Person 4', 'Person 5', 'Person 6', 'Person 7', 'Person 8']);
    // the page changing elsewhere reads no row again
    for (let i = 0; i < 50; i++) document.getElementById('side')!.append(document.createElement('div'));
    await advance(500);
    expect(sent).toHaveLength(2);
  });

  it('paging the same search adds rows; another search starts again; a page that is no list is not read', async () => {
    startListReader(ctx as never);
    await advance(300);
    history.pushState(null, '', `${SEARCH}&page=2`);
    fill(document.getElementById('list')!, rows(11, 2));
    await advance(500);
    expect(sent.at(-1)!.reset).toBe(false);
    expect(names([sent.at(-1)!])).toEqual(['Person 11', 'Person 12']);
    history.pushState(null, '', '/search/results/people/?keywords=cto');
    fill(document.getElementById('list')!, rows(21, 1));
    await advance(500);
    expect(sent.at(-1)!.reset).toBe(true);
    const before = sent.length;
    history.pushState(null, '', '/feed/');
    fill(document.getElementById('list')!, rows(31, 4));
    await advance(500);
    expect(sent).toHaveLength(before);
  });

  it('a page of 250 rows goes in messages of at most 100 rows, the first one resetting the list', async () => {
    fill(document.getElementById('list')!, rows(1, 250));
    startListReader(ctx as never);
    await advance(500);
    expect(sent.map((m) => m.rows.length)).toEqual([100, 100, 50]);
    expect(sent.map((m) => m.reset)).toEqual([true, false, false]);
    expect(new Set(names(sent)).size).toBe(250);
  });
});
