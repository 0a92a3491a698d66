import type { Runtime } from 'webextension-polyfill';
import { db } from '../../db/database';
import { recordObservation } from '../../db/accounts-repo';
import { replayObservation } from '../../extract/replay';
import { PageType, type PageObservation } from '../../facts/model';
import type { Input, Output } from '../../messaging/protocol';
import { CLEAR, NO_DATA, READING, UNRECOGNISED, setBadge } from '../tabs/badge';
import { broadcastChanged } from '../tabs/broadcast';
import { count, log } from '../data/diagnostics';
import { badgeForAccount, badgeOf, resultRow, scoreWith } from './scoring-service';
import { getActivePlaybook } from '../playbook/playbook-service';
import { listOwnsBadge } from '../lists/list-owner';
import { clearTabState, getTabState, setTabState, withTabLock, type TabState } from '../tabs/tab-state';

/** A content script read a page: store it, fold it into its account, rescore, badge, tell the UI. */
export async function handleObserved(input: Input<'page/observed'>, sender: Runtime.MessageSender): Promise<Output<'page/observed'>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { stored: false };
  return withTabLock(tabId, () => observed(tabId, input));
}

async function observed(tabId: number, input: Input<'page/observed'>): Promise<Output<'page/observed'>> {
  // Page text the content script did not parse (to stay small) is parsed here, by replaying its log.
  const obs = pageFactsOnly(input.log ? replayObservation(input.observation, input.log) : input.observation);
  // read while the account is stored (it only decides what is shown at the end)
  const previousRead = getTabState(tabId);
  const base: TabState = { status: 'ready', url: obs.url, pageType: obs.pageType, missing: obs.missing, person: obs.person, sentAt: input.sentAt, updatedAt: Date.now() };
  if (!input.recognised) {
    if (isLatest(await previousRead, input.sentAt)) {
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
  let state: TabState = base;
  let stored = false;
  let badge = UNRECOGNISED;
  try {
    const active = await getActivePlaybook();
    // scored in the storing transaction: the result is of exactly what was stored, read once
    const rec = await recordObservation(db(), input.id, obs, Date.now(), (account, answers) => resultRow(account.id, active.key, scoreWith(active, account, answers)));
    stored = rec?.stored ?? false;
    if (rec) {
      state = { ...base, accountId: rec.account.id };
      badge = rec.result ? badgeOf(rec.result.best, rec.account, rec.account.id) : NO_DATA;
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await log('error', `storing ${obs.pageType} failed: ${message}`);
    state = { ...base, error: storageErrorMessage(e) };
  }
  const previous = await previousRead;
  if (isLatest(previous, input.sentAt)) {
    // a write that failed after the account was known: what is stored for it still earns its badge
    if (state.accountId && badge === UNRECOGNISED) badge = await badgeForAccount(state.accountId);
    await setBadge(tabId, badge);
    state.timing = { ...previous?.timing, extractMs: input.extractMs, badgeAt: Date.now() };
    await setTabState(tabId, state);
    await broadcastChanged({ tabId, accountId: state.accountId });
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
  if (previous?.sentAt && previous.sentAt > input.sentAt) return {}; // a newer read already landed
  if (!listOwnsBadge(input.url)) await setBadge(tabId, READING);
  await setTabState(tabId, { status: 'reading', url: input.url, sentAt: input.sentAt, updatedAt: Date.now(), timing: { readingBadgeAt: Date.now() } });
  await broadcastChanged({ tabId });
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

function storageErrorMessage(e: unknown): string {
  const name = e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(e))) {
    return 'The browser has no room left to save this account. Free some space (delete old accounts in Options) — nothing already saved was lost.';
  }
  return 'This page could not be saved. Nothing already saved was lost. Details are in Options → Diagnostics.';
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
    await clearTabState(tabId);
    await setBadge(tabId, CLEAR);
    await broadcastChanged({ tabId });
  });
}

const withoutHash = (u: string) => u.split('#')[0]!.replace(/\/+$/, '');
function sameDocument(a: string | undefined, b: string): boolean {
  return !!a && withoutHash(a) === withoutHash(b);
}

/** No newer read of this tab has landed: what this one found is what the tab shows. */
function isLatest(previous: TabState | undefined, sentAt: number): boolean {
  return !previous?.sentAt || previous.sentAt <= sentAt;
}
