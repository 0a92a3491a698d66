import { browser } from 'wxt/browser';
import { MAX_LIST_ROWS } from '../../facts/limits';
import { assemble, chunkKey, headKey, parseHead, plan, PREFIX, type Layout, type StoredRow, type TabList } from './list-chunks';

// The rows of the list pages open in tabs (issue 18), kept in storage.session: they survive the
// worker being stopped, and are gone when the browser closes. They are not accounts: a row becomes
// an account only when the rep opens its page or saves it (docs/accounts.md, "List rows").
// Each tab's list is a head record and chunks of rows (list-chunks.ts): a write touches only the
// chunks that changed.

export type { StoredRow, TabList } from './list-chunks';

/** Rows kept across every tab: the oldest read are dropped first. */
export const MAX_STORED_ROWS = MAX_LIST_ROWS;
const MAX_IDS = 20;

type Read = { list: TabList; layout: Layout };

/** A tab's list as kept: the head first (one key), then all its chunks in one read. */
async function readTab(tabId: number, head?: unknown): Promise<Read | undefined> {
  const h = parseHead(head !== undefined ? head : (await browser.storage.session.get(headKey(tabId)))[headKey(tabId)]);
  if (!h) return undefined;
  const got = h.chunks.length ? await browser.storage.session.get(h.chunks.map((c) => chunkKey(tabId, c))) : {};
  return assemble(tabId, h, got);
}

export async function getTabList(tabId: number): Promise<TabList | undefined> {
  return (await readTab(tabId))?.list;
}

/** Drop a tab's list (the tab closed). */
export function clearTabList(tabId: number): Promise<void> {
  return serialised(async () => {
    const index = await readIndex();
    delete index[String(tabId)];
    const h = parseHead((await browser.storage.session.get(headKey(tabId)))[headKey(tabId)]);
    await browser.storage.session.remove([headKey(tabId), ...(h?.chunks ?? []).map((c) => chunkKey(tabId, c))]);
    await browser.storage.session.set({ [INDEX]: index });
  });
}

/** The tabs that keep a list (from the index: a tab listed there may have no list left). */
export async function listTabIds(): Promise<number[]> {
  return Object.keys(await readIndex()).map(Number).filter(Number.isInteger);
}

/** Rows merged by key: a row read again replaces the one kept (same place in the list, newest read). */
export function mergeRows(kept: readonly StoredRow[], added: readonly StoredRow[]): StoredRow[] {
  const out = [...kept];
  const at = new Map(out.map((r, i) => [r.row.key, i]));
  for (const r of added) {
    const i = at.get(r.row.key);
    if (i === undefined) at.set(r.row.key, out.push(r) - 1);
    else out[i] = r;
  }
  return out;
}

/** Ids remembered for idempotent retries (newest last). */
export const withId = (ids: readonly string[], id: string): string[] => [...ids.filter((x) => x !== id), id].slice(-MAX_IDS);

/** Rows per tab, so that the bound across tabs is checked without reading every tab's rows. */
type ListIndex = Record<string, number>;
const INDEX = 'lists:index';

async function readIndex(): Promise<ListIndex> {
  const got = await browser.storage.session.get(INDEX);
  return isIndex(got[INDEX]) ? { ...got[INDEX] } : {};
}

/**
 * Read a tab's list, decide its next state (`change` returns null to leave it as it is), write the
 * chunks that changed, and drop the oldest rows of every tab beyond MAX_STORED_ROWS (every other
 * tab's rows are read only when the bound is crossed). Serialised across tabs: a bound across tabs
 * needs one writer at a time; a stopped worker has no write in flight, so an in-memory chain is enough.
 */
export function updateTabList(
  tabId: number,
  change: (before: TabList | undefined) => TabList | null,
  /** runs while the list is written (the badge): it shows what is being written, without waiting for the write */
  meanwhile?: (next: TabList) => Promise<unknown>,
): Promise<TabList | null> {
  return serialised(async () => {
    const got = await browser.storage.session.get([headKey(tabId), INDEX]);
    const before = await readTab(tabId, got[headKey(tabId)] ?? null);
    const next = change(before?.list);
    if (!next) return null;
    const index: ListIndex = isIndex(got[INDEX]) ? { ...got[INDEX] } : {};
    index[String(tabId)] = next.rows.length;
    const total = Object.values(index).reduce((n, c) => n + c, 0);
    const mine: Kept = { list: next, layout: before?.layout };
    const lists = total > MAX_STORED_ROWS ? await bounded(tabId, mine, index) : new Map([[String(tabId), mine]]);
    const sets: Record<string, unknown> = { [INDEX]: index };
    const removes: string[] = [];
    for (const [tab, l] of lists) {
      const p = plan(tab, l.list, l.layout);
      Object.assign(sets, p.sets);
      removes.push(...p.removes);
    }
    const written = lists.get(String(tabId))!.list;
    await Promise.all([store(sets, removes), meanwhile?.(written)]);
    return written;
  });
}

async function store(sets: Record<string, unknown>, removes: string[]): Promise<void> {
  // the head is written with its chunks, then the chunks it no longer names go
  await browser.storage.session.set(sets);
  if (removes.length) await browser.storage.session.remove(removes);
}

let chain: Promise<unknown> = Promise.resolve();
function serialised<T>(fn: () => Promise<T>): Promise<T> {
  const run = chain.then(fn);
  chain = run.catch(() => undefined);
  return run;
}

type Kept = { list: TabList; layout: Layout | undefined };

/** Every tab's list, with the oldest rows dropped: the lists to write (by tab), and the index updated in place. */
async function bounded(tabId: number, mine: Kept, index: ListIndex): Promise<Map<string, Kept>> {
  const lists = await otherTabs(tabId);
  lists.set(String(tabId), mine);
  const total = [...lists.values()].reduce((n, l) => n + l.list.rows.length, 0);
  const changed = new Set<string>([String(tabId)]);
  if (total > MAX_STORED_ROWS) {
    // the oldest `total - MAX_STORED_ROWS` rows go: every row read before the cut-off time, and
    // as many of those read exactly at it as are still needed
    const times = [...lists.values()].flatMap((l) => l.list.rows.map((r) => r.readAt)).sort((a, b) => a - b);
    const cutoff = times[total - MAX_STORED_ROWS - 1]!;
    let atCutoff = total - MAX_STORED_ROWS - times.filter((t) => t < cutoff).length;
    const goes = (r: StoredRow) => r.readAt < cutoff || (r.readAt === cutoff && atCutoff-- > 0);
    for (const [tab, l] of lists) {
      const rows = l.list.rows.filter((r) => !goes(r));
      if (rows.length === l.list.rows.length) continue;
      lists.set(tab, { ...l, list: { ...l.list, rows, truncated: true } });
      changed.add(tab);
    }
  }
  // the index is rebuilt from what is really there (it also heals a count that went stale)
  for (const k of Object.keys(index)) delete index[k];
  for (const [tab, l] of lists) index[tab] = l.list.rows.length;
  return new Map([...changed].map((tab) => [tab, lists.get(tab)!]));
}

/** Every other tab's list as kept (one read of the whole session store). */
async function otherTabs(tabId: number): Promise<Map<string, Kept>> {
  const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
  const lists = new Map<string, Kept>();
  for (const [k, v] of Object.entries(all)) {
    const tab = k.slice(PREFIX.length);
    if (!k.startsWith(PREFIX) || !/^\d+$/.test(tab) || tab === String(tabId)) continue;
    const head = parseHead(v);
    if (head) lists.set(tab, assemble(tab, head, all));
  }
  return lists;
}

const isIndex = (v: unknown): v is ListIndex => !!v && typeof v === 'object' && !Array.isArray(v);
