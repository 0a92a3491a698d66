import { db } from '../../db/database';
import { recordObservation } from '../../db/accounts-repo';
import type { PageObservation } from '../../facts/model';
import type { Input } from '../../messaging/protocol';
import { NO_DATA, UNRECOGNISED, type BadgeSpec } from '../tabs/badge';
import { log } from '../data/diagnostics';
import { badgeOf, resultRow, scoreWith } from './scoring-service';
import { activePlaybookNow } from '../playbook/playbook-service';
import type { TabState } from '../tabs/tab-state';

/** What storing one observation leaves to show: the tab's new state and the badge it earned. */
export interface StoredObservation {
  state: TabState;
  stored: boolean;
  /** UNRECOGNISED when nothing was scored (no company key, or the write failed) */
  badge: BadgeSpec;
  /** the stored account's identity, for the badge title's CRM answer without reading it again */
  account?: { keys: readonly string[]; name?: string };
}

/**
 * Store a recognised page's observation and score its account in the same transaction (the
 * result is of exactly what was stored, read once). A failed write is logged and becomes the
 * tab's error: nothing already stored was lost.
 */
export async function storeObservation(input: Input<'page/observed'>, obs: PageObservation, base: TabState): Promise<StoredObservation> {
  try {
    const active = await activePlaybookNow();
    const rec = await recordObservation(db(), input.id, obs, Date.now(), (account, answers) => resultRow(account.id, active.key, scoreWith(active, account, answers)));
    if (!rec) return { state: base, stored: false, badge: UNRECOGNISED };
    const badge = rec.result ? badgeOf(rec.result.best, rec.account, rec.account.id) : NO_DATA;
    return { state: { ...base, accountId: rec.account.id }, stored: rec.stored, badge, account: rec.account };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await log('error', `storing ${obs.pageType} failed: ${message}`);
    return { state: { ...base, error: storageErrorMessage(e) }, stored: false, badge: UNRECOGNISED };
  }
}

function storageErrorMessage(e: unknown): string {
  const name = e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(e))) {
    return 'The browser has no room left to save this account. Free some space (delete old accounts in Options) — nothing already saved was lost.';
  }
  return 'This page could not be saved. Nothing already saved was lost. Details are in Options → Diagnostics.';
}
