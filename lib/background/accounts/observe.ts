import type { Runtime } from 'webextension-polyfill';
import { replayObservation } from '../../extract/replay';
import { PageType, type PageObservation } from '../../facts/model';
import type { Input, Output } from '../../messaging/protocol';
import { CLEAR, READING, UNRECOGNISED, setBadge } from '../tabs/badge';
import { broadcastChanged } from '../tabs/broadcast';
import { count } from '../data/diagnostics';
import { badgeForAccount } from './scoring-service';
import { storeObservation, type StoredObservation } from './observe-store';
import { listOwnsBadge } from '../lists/list-owner';
import { getTabList } from '../lists/list-store';
import { withCrmTitle } from '../crm/crm-service';
import { clearTabState, getTabState, setTabState, withTabLock, type TabState } from '../tabs/tab-state';

/** A content script read a page: store it, fold it into its account, rescore, badge, tell the UI. */
export async function handleObserved(input: Input<'page/observed'>, sender: Runtime.MessageSender): Promise<Output<'page/observed'>> {
  const receivedAt = Date.now();
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { stored: false };
  // Page text the content script did not parse (to stay small) is parsed here, by replaying its log.
  const obs = pageFactsOnly(input.log ? replayObservation(input.observation, input.log) : input.observation);
  const base: TabState = { status: 'ready', url: obs.url, pageType: obs.pageType, missing: obs.missing, person: obs.person, sentAt: input.sentAt, updatedAt: Date.now() };
  if (!input.recognised) return withTabLock(tabId, () => notRecognised(tabId, input, obs, base));
  // Stored at once, not behind the tab's "…" message still holding the tab lock: IndexedDB
  // serialises the writes (and one tab's observations stay in arrival order). Only what the tab
  // shows is decided under the tab lock, still after the storing transaction committed.
  const storing = withTabLock(`store:${tabId}`, () => storeObservation(input, obs, base));
  return withTabLock(tabId, () => show(tabId, input, storing, receivedAt));
}

async function notRecognised(tabId: number, input: Input<'page/observed'>, obs: PageObservation, base: TabState): Promise<Output<'page/observed'>> {
  if (isLatest(await getTabState(tabId), input.sentAt)) {
    // A page type we don't read (feed, messaging…) is not an error: no badge. A company or
    // profile URL whose markup we could not read is: "?" and the panel says so.
    const unsupported = obs.pageType === 'unknown';
    await setTabState(tabId, { ...base, status: unsupported ? 'unsupported' : 'unrecognised', person: undefined });
    // a list page's badge is the list's (lists/list-owner.ts)
    if (!listOwnsBadge(obs.url)) await setBadge(tabId, unsupported ? CLEAR : UNRECOGNISED);
    await broadcastChanged({ tabId });
  }
  return { stored: false };
}

/** Under the tab lock: once stored, the badge and the tab's state, unless a newer read landed. */
async function show(tabId: number, input: Input<'page/observed'>, storing: Promise<StoredObservation>, receivedAt: number): Promise<Output<'page/observed'>> {
  const previousRead = getTabState(tabId); // read while the account is stored
  const { state, stored, badge: earned, account } = await storing;
  const previous = await previousRead;
  const storedAt = Date.now();
  if (isLatest(previous, input.sentAt)) {
    // a write that failed after the account was known: what is stored for it still earns its badge
    const badge = state.accountId && earned === UNRECOGNISED ? await badgeForAccount(state.accountId) : earned;
    await setBadge(tabId, await withCrmTitle(badge, account ?? state.accountId));
    state.timing = { ...previous?.timing, extractMs: input.extractMs, sentAt: input.sentAt, receivedAt, storedAt, badgeAt: Date.now() };
    await setTabState(tabId, state);
    // a hint to open pages, not part of the tab's state: the next message need not wait for it
    void broadcastChanged({ tabId, accountId: state.accountId });
  }
  return { stored };
}

/** A content script started reading (or re-reading after SPA navigation). */
export async function handleReading(input: Input<'page/reading'>, sender: Runtime.MessageSender): Promise<Output<'page/reading'>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return {};
  return withTabLock(tabId, () => reading(tabId, input));
}

async function reading(tabId: number, input: Input<'page/reading'>): Promise<Output<'page/reading'>> {
  const previous = await getTabState(tabId);
  if (readLanded(previous, input.sentAt)) return {};
  // placed at once: the page's observation waits on this tab's lock (issue 17)
  await Promise.all([
    listOwnsBadge(input.url) ? undefined : setBadge(tabId, READING),
    setTabState(tabId, { status: 'reading', url: input.url, sentAt: input.sentAt, updatedAt: Date.now(), timing: { readingBadgeAt: Date.now() } }),
  ]);
  // not awaited: the page's observation waits on this tab's lock, not on the open pages' answer
  void broadcastChanged({ tabId });
  return {};
}

/**
 * A page speaks only for itself: a fact whose evidence claims to be the rep's own or imported is
 * dropped (and counted). Only account/set-fact writes rep facts, and it logs each one (issue 15).
 */
function pageFactsOnly(obs: PageObservation): PageObservation {
  const kept = Object.entries(obs.facts).filter(([, f]) => f && PageType.safeParse(f.evidence.source).success);
  if (kept.length === Object.keys(obs.facts).length) return obs;
  void count('rejected:rep-from-page');
  return { ...obs, facts: Object.fromEntries(kept) };
}

/**
 * A tab started loading a document: what it showed before no longer applies. Events reach a
 * worker that was stopped in whatever order it wakes, so a late "loading" can arrive after the
 * new page's own observation landed: state that already describes the URL now loading is kept.
 * (In-app navigation does not reload; the content script reports it instead.)
 */
export async function onTabLoading(tabId: number, url: string | undefined): Promise<void> {
  await withTabLock(tabId, async () => {
    const state = await getTabState(tabId);
    if (!state) return;
    if (url && sameDocument(state.url, url)) return;
    // A list page's badge is its list's, written under this same tab lock (lists/list-observe.ts):
    // when the list of the document now loading already landed (this event was late, e.g. behind a
    // slow message of the page before), clearing would blank a badge nothing sets again until new
    // rows appear. The requests are placed at once: the new page's messages wait on this lock.
    const [, landed] = await Promise.all([clearTabState(tabId), url ? listLanded(tabId, url) : false]);
    if (!landed) await setBadge(tabId, CLEAR);
    // a hint to open pages, as in reading(): the lock is not held for their answer
    void broadcastChanged({ tabId });
  });
}

async function listLanded(tabId: number, url: string): Promise<boolean> {
  if (!listOwnsBadge(url)) return false;
  return sameDocument((await getTabList(tabId))?.url, url);
}

const withoutHash = (u: string) => u.split('#')[0]!.replace(/\/+$/, '');
function sameDocument(a: string | undefined, b: string): boolean {
  return !!a && withoutHash(a) === withoutHash(b);
}

/**
 * A "…" message comes before the read it announces, yet a retry after a stopped worker can deliver
 * it after that read landed: then the tab keeps what the read found. A read stamped the same
 * millisecond as this "…" (older content scripts did not keep stamps apart) counts as landed too.
 */
function readLanded(previous: TabState | undefined, sentAt: number): boolean {
  if (!previous?.sentAt) return false;
  return previous.status === 'reading' ? previous.sentAt > sentAt : previous.sentAt >= sentAt;
}

/** No newer read of this tab has landed: what this one found is what the tab shows. */
function isLatest(previous: TabState | undefined, sentAt: number): boolean {
  return !previous?.sentAt || previous.sentAt <= sentAt;
}
