import { browser } from 'wxt/browser';
import type { ListRow } from '../../facts/list-model';
import type { PageType } from '../../facts/model';
import { MAX_LIST_ROWS } from '../../facts/limits';

// The rows of the list pages open in tabs (issue 18), kept in storage.session: they survive the
// worker being stopped, and are gone when the browser closes. They are not accounts: a row becomes
// an account only when the rep opens its page or saves it (docs/accounts.md, "List rows").

/** A row as kept: as read (facts replayed from its log), when, and the tier it earned then (for the badge). */
export interface StoredRow {
  row: ListRow;
  readAt: number;
  /** the best result's tier when the row was stored, under playbook `scoredWith` */
  tier?: { name: string | null; rank: number; count: number; scoredWith: string };
}

/** One tab's list: one page view of a list (paging within it adds rows, another list replaces them). */
export interface TabList {
  url: string;
  /** the list's identity: its URL without paging (list-identity.ts) */
  list: string;
  pageType: PageType;
  /** content-script send time of the message that started this list: older messages are of a previous list */
  startedAt: number;
  readAt: number;
  truncated: boolean;
  /** time the content script spent reading this list's rows, summed over its messages (ms) */
  readMs?: number;
  /** ids of the last messages stored: a retried message is stored once */
  ids: string[];
  rows: StoredRow[];
}

/** Rows kept across every tab: the oldest read are dropped first. */
export const MAX_STORED_ROWS = MAX_LIST_ROWS;
const MAX_IDS = 20;
const PREFIX = 'list:';
const key = (tabId: number) => `${PREFIX}${tabId}`;

export async function getTabList(tabId: number): Promise<TabList | undefined> {
  const got = await browser.storage.session.get(key(tabId));
  return got[key(tabId)] as TabList | undefined;
}

/** Drop a tab's list (the tab closed). */
export function clearTabList(tabId: number): Promise<void> {
  return serialised(async () => {
    const index = await readIndex();
    delete index[String(tabId)];
    await browser.storage.session.remove(key(tabId));
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
 * Read a tab's list, decide its next state (`change` returns null to leave it as it is), write it,
 * and drop the oldest rows of every tab beyond MAX_STORED_ROWS. One read and one write in the usual
 * case (every other tab's rows are read only when the bound is crossed). Serialised across tabs: a
 * bound across tabs needs one writer at a time; a stopped worker has no write in flight, so an
 * in-memory chain is enough.
 */
export function updateTabList(
  tabId: number,
  change: (before: TabList | undefined) => TabList | null,
  /** runs while the list is written (the badge): it shows what is being written, without waiting for the write */
  meanwhile?: (next: TabList) => Promise<unknown>,
): Promise<TabList | null> {
  return serialised(async () => {
    const got = await browser.storage.session.get([key(tabId), INDEX]);
    const kept: unknown = got[key(tabId)];
    const before = isTabList(kept) ? kept : undefined;
    const next = change(before);
    if (!next) return null;
    const index: ListIndex = isIndex(got[INDEX]) ? { ...got[INDEX] } : {};
    index[String(tabId)] = next.rows.length;
    const total = Object.values(index).reduce((n, c) => n + c, 0);
    const writes = total > MAX_STORED_ROWS ? await bounded(tabId, next, index) : { [key(tabId)]: next };
    const written = writes[key(tabId)]!;
    await Promise.all([browser.storage.session.set({ ...writes, [INDEX]: index }), meanwhile?.(written)]);
    return written;
  });
}

let chain: Promise<unknown> = Promise.resolve();
function serialised<T>(fn: () => Promise<T>): Promise<T> {
  const run = chain.then(fn);
  chain = run.catch(() => undefined);
  return run;
}

/** Every tab's list with the oldest rows dropped: what to write, and the index updated in place. */
async function bounded(tabId: number, next: TabList, index: ListIndex): Promise<Record<string, TabList>> {
  const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
  const lists = new Map<string, TabList>();
  for (const [k, v] of Object.entries(all)) if (k.startsWith(PREFIX) && k !== key(tabId) && isTabList(v)) lists.set(k, v);
  lists.set(key(tabId), next);
  const total = [...lists.values()].reduce((n, l) => n + l.rows.length, 0);
  const changed = new Set<string>([key(tabId)]);
  if (total > MAX_STORED_ROWS) {
    // the oldest `total - MAX_STORED_ROWS` rows go: every row read before the cut-off time, and
    // as many of those read exactly at it as are still needed
    const times = [...lists.values()].flatMap((l) => l.rows.map((r) => r.readAt)).sort((a, b) => a - b);
    const cutoff = times[total - MAX_STORED_ROWS - 1]!;
    let atCutoff = total - MAX_STORED_ROWS - times.filter((t) => t < cutoff).length;
    const goes = (r: StoredRow) => r.readAt < cutoff || (r.readAt === cutoff && atCutoff-- > 0);
    for (const [k, l] of lists) {
      const rows = l.rows.filter((r) => !goes(r));
      if (rows.length === l.rows.length) continue;
      lists.set(k, { ...l, rows, truncated: true });
      changed.add(k);
    }
  }
  // the index is rebuilt from what is really there (it also heals a count that went stale)
  for (const k of Object.keys(index)) delete index[k];
  for (const [k, l] of lists) index[k.slice(PREFIX.length)] = l.rows.length;
  return Object.fromEntries([...changed].map((k) => [k, lists.get(k)!]));
}

const isTabList = (v: unknown): v is TabList => !!v && typeof v === 'object' && Array.isArray((v as TabList).rows);
const isIndex = (v: unknown): v is ListIndex => !!v && typeof v === 'object' && !Array.isArray(v);
