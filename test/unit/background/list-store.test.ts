import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { companyRow, contentSender, createListFakeBrowser, listMessage, pageSender, SEARCH_URL } from './list-helpers';

const fake = createListFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { onMessage } = await import('../../../lib/background/router');
const { db } = await import('../../../lib/db/database');
const { MAX_STORED_ROWS, getTabList, mergeRows } = await import('../../../lib/background/lists/list-store');

type Reply = { ok: boolean; data?: unknown; error?: string };
const observe = (tabId: number, data: object, url = SEARCH_URL) => onMessage({ type: 'list/observed', data }, contentSender(tabId, url) as never) as Promise<Reply>;
const view = async (tabId: number) => ((await onMessage({ type: 'list/view', data: { tabId } }, pageSender as never)) as Reply).data as { rows: { key: string; name?: string }[] } | null;
const rows = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => companyRow(`${prefix}-${i}`, `${prefix} ${i}`));
// rows as kept: a tab's list is a head (`list:<tab>`) and chunks of rows (`list:<tab>:<chunk>`)
const storedRows = () => [...fake.session].filter(([k]) => /^list:\d+:\d+$/.test(k)).reduce((n, [, v]) => n + (v as unknown[]).length, 0);

beforeEach(async () => {
  fake.session.clear();
  fake.tabUrls.clear();
  await db().delete();
  await db().open();
});

describe('the tab lists kept in storage.session', () => {
  it('keeps at most 1,000 rows across tabs, the oldest read dropped first', async () => {
    for (const tab of [1, 2, 3]) fake.tabUrls.set(tab, SEARCH_URL);
    await observe(1, listMessage(rows('old', 100), { reset: true }));
    for (let i = 0; i < 5; i++) await observe(2, listMessage(rows(`b${i}`, 100), { reset: i === 0 }));
    for (let i = 0; i < 5; i++) await observe(3, listMessage(rows(`c${i}`, 100), { reset: i === 0 }));
    expect(storedRows()).toBe(MAX_STORED_ROWS);
    expect((await getTabList(1))?.rows).toHaveLength(0); // tab 1's rows were read first
    expect((await getTabList(3))?.rows).toHaveLength(500);
    expect((await getTabList(1))?.truncated).toBe(true);
  });

  it('a row read again replaces the one kept, in its place (merge by key)', async () => {
    fake.tabUrls.set(4, SEARCH_URL);
    await observe(4, listMessage([companyRow('a', 'Acme'), companyRow('b', 'Beta')], { reset: true }));
    await observe(4, listMessage([companyRow('a', 'Acme Renamed'), companyRow('c', 'Cora')]));
    expect((await view(4))?.rows.map((r) => r.name)).toEqual(['Acme Renamed', 'Beta', 'Cora']);
  });

  it('paging the same search adds rows; another search replaces them', async () => {
    fake.tabUrls.set(5, `${SEARCH_URL}&page=2`);
    await observe(5, listMessage([companyRow('a', 'Acme')], { reset: true }));
    await observe(5, listMessage([companyRow('b', 'Beta')], { url: `${SEARCH_URL}&page=2` }));
    expect((await view(5))?.rows).toHaveLength(2);
    const other = 'https://www.linkedin.com/search/results/companies/?keywords=robots';
    fake.tabUrls.set(5, other);
    await observe(5, listMessage([companyRow('r', 'Robo')], { url: other, reset: true }), other);
    expect((await view(5))?.rows.map((r) => r.name)).toEqual(['Robo']);
  });

  it('a retried message is stored once; a late message of the list the tab left is dropped', async () => {
    fake.tabUrls.set(6, SEARCH_URL);
    const first = listMessage([companyRow('a', 'Acme')], { reset: true, sentAt: 1000 });
    await observe(6, first);
    await observe(6, listMessage([companyRow('b', 'Beta')], { sentAt: 1001 }));
    expect(((await observe(6, first)).data as { stored: number }).stored).toBe(0);
    expect((await view(6))?.rows).toHaveLength(2); // the retried reset did not wipe Beta
    await observe(6, listMessage([companyRow('z', 'Zed')], { sentAt: 999 }));
    expect((await view(6))?.rows.map((r) => r.name)).toEqual(['Acme', 'Beta']);
  });

  it('a tab that left the list (or closed) shows no list', async () => {
    fake.tabUrls.set(7, SEARCH_URL);
    await observe(7, listMessage([companyRow('a', 'Acme')], { reset: true }));
    expect(await view(7)).not.toBeNull();
    fake.tabUrls.set(7, 'https://www.linkedin.com/feed/');
    expect(await view(7)).toBeNull();
    fake.tabUrls.delete(7);
    expect(await view(7)).toBeNull();
  });

  it('mergeRows: the newest read of a key wins', () => {
    const s = (key: string, readAt: number) => ({ row: { ...companyRow(key, key), key }, readAt });
    expect(mergeRows([s('a', 1), s('b', 1)], [s('a', 2)]).map((r) => [r.row.key, r.readAt])).toEqual([['a', 2], ['b', 1]]);
  });
});

describe('hostile list messages', () => {
  it('more rows than a message may carry, or a huge row, are refused before any handler runs', async () => {
    fake.tabUrls.set(8, SEARCH_URL);
    const tooMany = await observe(8, listMessage(rows('x', 101), { reset: true }));
    expect(tooMany.ok).toBe(false);
    const huge = { ...companyRow('h', 'Huge'), text: 'x'.repeat(100_000) };
    expect((await observe(8, listMessage([huge], { reset: true }))).ok).toBe(false);
    expect(await getTabList(8)).toBeUndefined();
  });

  it('2,000 rows in slices keep 1,000; names with markup stay text', async () => {
    fake.tabUrls.set(9, SEARCH_URL);
    const evil = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    for (let i = 0; i < 20; i++) await observe(9, listMessage(i ? rows(`h${i}`, 100) : [companyRow('evil', evil), ...rows('h0', 99)], { reset: i === 0 }));
    const v = await view(9);
    expect(v?.rows).toHaveLength(MAX_STORED_ROWS);
    expect(v?.rows.some((r) => r.name === evil)).toBe(false); // the oldest (first) rows went
    expect(storedRows()).toBe(MAX_STORED_ROWS);
  });

  it('a row with markup in its name keeps it as plain text in the view', async () => {
    fake.tabUrls.set(10, SEARCH_URL);
    const evil = '<script>alert(1)</script>';
    await observe(10, listMessage([companyRow('evil', evil)], { reset: true }));
    expect((await view(10))?.rows[0]?.name).toBe(evil);
  });
});
