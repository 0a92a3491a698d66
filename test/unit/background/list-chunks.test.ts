import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { companyRow, contentSender, createListFakeBrowser, listMessage, pageSender, SEARCH_URL } from './list-helpers';

const fake = createListFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { onMessage } = await import('../../../lib/background/router');
const { db } = await import('../../../lib/db/database');
const { MAX_STORED_ROWS, getTabList, clearTabList } = await import('../../../lib/background/lists/list-store');

// A tab's list is kept as a head (`list:<tab>`) and chunks of ≤ 100 rows (`list:<tab>:<n>`), so that
// a message writes only the chunk(s) its rows fall in (issue 18, "the cost of long lists").

type Reply = { ok: boolean; data?: unknown };
const observe = (tabId: number, data: object, url = SEARCH_URL) => onMessage({ type: 'list/observed', data }, contentSender(tabId, url) as never) as Promise<Reply>;
const view = async (tabId: number) => ((await onMessage({ type: 'list/view', data: { tabId } }, pageSender as never)) as Reply).data as { rows: { name?: string }[] } | null;
const rows = (prefix: string, n: number, from = 0) => Array.from({ length: n }, (_, i) => companyRow(`${prefix}-${from + i}`, `${prefix} ${from + i}`));
const chunkKeys = (tabId: number) => [...fake.session.keys()].filter((k) => k.startsWith(`list:${tabId}:`));

const session = fake.browser.storage.session;
const plainSet = session.set;
/** The keys each storage.session.set writes, from now on. */
function spyWrites(): string[][] {
  const writes: string[][] = [];
  session.set = async (items: Record<string, unknown>) => {
    writes.push(Object.keys(items).sort());
    return plainSet(items);
  };
  return writes;
}

beforeEach(async () => {
  session.set = plainSet;
  fake.session.clear();
  fake.tabUrls.clear();
  await db().delete();
  await db().open();
});

describe("a tab's list in chunks", () => {
  it('a message writes only its own chunk, the head and the index', async () => {
    fake.tabUrls.set(1, SEARCH_URL);
    for (let i = 0; i < 9; i++) await observe(1, listMessage(rows('p', 100, i * 100), { reset: i === 0 }));
    expect(chunkKeys(1)).toHaveLength(9);
    const writes = spyWrites();
    await observe(1, listMessage(rows('p', 100, 900)));
    expect(writes).toEqual([['list:1', 'list:1:9', 'lists:index']]);
    expect((fake.session.get('list:1:9') as unknown[]).length).toBe(100);
    expect((await getTabList(1))?.rows.map((r) => r.row.key)).toEqual(rows('p', 1000).map((r) => r.key)); // in order
  });

  it('rows read again are rewritten in the chunk they lie in, in their place', async () => {
    fake.tabUrls.set(2, SEARCH_URL);
    for (let i = 0; i < 3; i++) await observe(2, listMessage(rows('q', 100, i * 100), { reset: i === 0 }));
    const writes = spyWrites();
    await observe(2, listMessage([companyRow('q-150', 'Renamed')]));
    expect(writes).toEqual([['list:2', 'list:2:1', 'lists:index']]);
    expect((await view(2))?.rows[150]?.name).toBe('Renamed');
    expect((await view(2))?.rows).toHaveLength(300);
  });

  it('beyond 1,000 rows across tabs the oldest go: their chunks are removed, not rewritten', async () => {
    for (const tab of [3, 4]) fake.tabUrls.set(tab, SEARCH_URL);
    for (let i = 0; i < 5; i++) await observe(3, listMessage(rows('a', 100, i * 100), { reset: i === 0 }));
    for (let i = 0; i < 5; i++) await observe(4, listMessage(rows('b', 100, i * 100), { reset: i === 0 }));
    const writes = spyWrites();
    await observe(4, listMessage(rows('b', 100, 500)));
    expect(writes).toEqual([['list:3', 'list:4', 'list:4:5', 'lists:index']]); // tab 3 lost its oldest chunk: only its head changed
    expect(chunkKeys(3)).toHaveLength(4);
    expect((await getTabList(3))?.rows).toHaveLength(400);
    expect((await getTabList(3))?.truncated).toBe(true);
    expect((await getTabList(4))?.rows).toHaveLength(600);
    expect(fake.session.get('lists:index')).toEqual({ 3: 400, 4: 600 });
    expect((await getTabList(3))! .rows.length + (await getTabList(4))!.rows.length).toBe(MAX_STORED_ROWS);
  });

  it('another list replaces the rows: the old chunks are removed; a closed tab leaves no key', async () => {
    fake.tabUrls.set(5, SEARCH_URL);
    for (let i = 0; i < 3; i++) await observe(5, listMessage(rows('c', 100, i * 100), { reset: i === 0 }));
    const other = 'https://www.linkedin.com/search/results/companies/?keywords=robots';
    fake.tabUrls.set(5, other);
    await observe(5, listMessage([companyRow('r', 'Robo')], { url: other, reset: true }), other);
    expect(chunkKeys(5)).toHaveLength(1);
    expect((await view(5))?.rows.map((r) => r.name)).toEqual(['Robo']);
    await clearTabList(5);
    expect([...fake.session.keys()].filter((k) => k.startsWith('list:5'))).toEqual([]);
  });

  it('a corrupt chunk is no rows; a corrupt head is no list; nothing throws', async () => {
    fake.tabUrls.set(6, SEARCH_URL);
    for (let i = 0; i < 3; i++) await observe(6, listMessage(rows('d', 100, i * 100), { reset: i === 0 }));
    fake.session.set('list:6:1', [{ row: { kind: 'company', key: 42 }, readAt: 'soon' }]);
    expect((await getTabList(6))?.rows).toHaveLength(200);
    expect((await view(6))?.rows).toHaveLength(200);
    // the next message stores its rows; the corrupt chunk is dropped from the list and from storage
    await observe(6, listMessage(rows('d', 50, 300)));
    expect((await getTabList(6))?.rows).toHaveLength(250);
    expect(fake.session.has('list:6:1')).toBe(false);
    const head = fake.session.get('list:6') as { chunks: number[] };
    fake.session.set('list:6', { ...head, chunks: [...head.chunks, ...head.chunks] }); // a chunk named twice is read once
    expect((await getTabList(6))?.rows).toHaveLength(250);
    fake.session.set('list:6', head);
    for (const bad of [null, 'x', { url: 1 }, { ...(fake.session.get('list:6') as object), chunks: 'all' }]) {
      fake.session.set('list:6', bad);
      expect(await getTabList(6)).toBeUndefined();
      expect(await view(6)).toBeNull();
    }
    // a corrupt head is a fresh start for the next message
    expect((await observe(6, listMessage([companyRow('e', 'Eve')]))).ok).toBe(true);
    expect((await view(6))?.rows.map((r) => r.name)).toEqual(['Eve']);
  });
});
