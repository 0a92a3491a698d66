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

export async function clearTabList(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
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

/**
 * Write a tab's list, then drop the oldest rows of every tab until at most MAX_STORED_ROWS are kept.
 * Serialised (one chain for all tabs): a bound across tabs needs one writer at a time. A stopped
 * worker has no write in flight, so an in-memory chain is enough.
 */
export function putTabList(tabId: number, list: TabList): Promise<void> {
  const run = chain.then(() => writeBounded(tabId, list));
  chain = run.catch(() => undefined);
  return run;
}
let chain: Promise<unknown> = Promise.resolve();

async function writeBounded(tabId: number, list: TabList): Promise<void> {
  const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
  const lists = new Map<string, TabList>();
  for (const [k, v] of Object.entries(all)) if (k.startsWith(PREFIX) && k !== key(tabId) && isTabList(v)) lists.set(k, v);
  lists.set(key(tabId), list);
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
  await browser.storage.session.set(Object.fromEntries([...changed].map((k) => [k, lists.get(k)])));
}

const isTabList = (v: unknown): v is TabList => !!v && typeof v === 'object' && Array.isArray((v as TabList).rows);
