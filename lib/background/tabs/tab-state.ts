import { browser } from 'wxt/browser';
import type { PageType, Person } from '../../facts/model';
import type { TabStatus } from '../../messaging/views';

/**
 * What each tab is showing, kept in storage.session (not in a worker variable: Chrome stops the
 * worker after 30 s idle). Session storage is private to extension contexts and cleared when
 * the browser closes, which is also where a person's details may live without being saved.
 */
export interface TabState {
  status: TabStatus;
  url: string;
  pageType?: PageType;
  accountId?: string;
  person?: Person;
  missing?: string[];
  error?: string;
  /** content-script send time of the observation shown */
  sentAt?: number;
  updatedAt: number;
  /** measurements for diagnostics and `npm run bench` (epoch ms / ms) */
  /** epoch ms along one observation's way (the bench reads them): sent by the page, received, stored, badge set */
  timing?: { extractMs?: number; readingBadgeAt?: number; sentAt?: number; receivedAt?: number; storedAt?: number; badgeAt?: number };
}

const key = (tabId: number) => `tab:${tabId}`;

/**
 * What this worker last read or wrote for each tab. Only this worker writes tab states, so while
 * it runs its own copy is the stored one, and a message's read costs no call to the browser
 * process — which is busy loading the very page whose observation waits for it (issue 17). A
 * worker that was stopped starts with none and reads storage.session again. Copies in and out:
 * a caller that edits what it got does not edit the mirror.
 */
const mirror = new Map<number, TabState | undefined>();

export async function getTabState(tabId: number): Promise<TabState | undefined> {
  if (mirror.has(tabId)) return copy(mirror.get(tabId));
  const got = await browser.storage.session.get(key(tabId));
  const state = got[key(tabId)] as TabState | undefined;
  // a write placed while this read was on its way is newer: keep the mirror it left
  if (!mirror.has(tabId)) mirror.set(tabId, copy(state));
  return state;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  mirror.set(tabId, copy(state));
  await written(tabId, browser.storage.session.set({ [key(tabId)]: state }));
}

export async function clearTabState(tabId: number): Promise<void> {
  mirror.set(tabId, undefined);
  await written(tabId, browser.storage.session.remove(key(tabId)));
}

/** A write that failed leaves storage as it was: the next read asks it again. */
async function written(tabId: number, write: Promise<void>): Promise<void> {
  try {
    await write;
  } catch (e) {
    mirror.delete(tabId);
    throw e;
  }
}

const copy = (s: TabState | undefined): TabState | undefined => (s === undefined ? undefined : structuredClone(s));

/** Open tabs showing an account, as [tabId, accountId] (to refresh badges after a rescore). */
export async function tabsWithAccounts(): Promise<[number, string][]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all).flatMap(([k, v]) => {
    const accountId = k.startsWith('tab:') ? (v as TabState).accountId : undefined;
    return accountId ? [[Number(k.slice(4)), accountId] as [number, string]] : [];
  });
}

/** Tabs currently showing one account. */
export async function tabsShowing(accountId: string): Promise<number[]> {
  return (await tabsWithAccounts()).filter(([, a]) => a === accountId).map(([t]) => t);
}

const locks = new Map<number | string, Promise<unknown>>();
/**
 * Run `fn` after any earlier work for the same tab finished: a tab's state is read, decided on
 * and written without another message for that tab interleaving. (An in-memory queue is enough:
 * a stopped worker has no work in flight.) A string key is a separate queue for one kind of a
 * tab's work (`store:<tabId>`: its observations' writes, in arrival order).
 */
export function withTabLock<T>(tabId: number | string, fn: () => Promise<T>): Promise<T> {
  const prev = locks.get(tabId) ?? Promise.resolve();
  const next = prev.then(fn, fn);
  const settled = next.catch(() => undefined);
  locks.set(tabId, settled);
  void settled.then(() => {
    if (locks.get(tabId) === settled) locks.delete(tabId);
  });
  return next;
}
