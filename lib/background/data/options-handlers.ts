import { db } from '../../db/database';
import { countStale } from '../../db/results-repo';
import { exportBackupParts, importBackup } from '../../db/backup';
import { SETTINGS_KEY } from '../../db/settings-schema';
import { MAX_BACKUP_MESSAGE_CHARS } from '../../messaging/protocol/common';
import { deleteAccount, deleteAllAccountData, deleteStaleAccounts } from '../../db/retention';
import type { Input, Output } from '../../messaging/protocol';
export { handlePlaybookImport, handlePlaybookStatus } from '../playbook/playbook-handlers';
import { Settings } from '../../messaging/views';
import { afterRestore } from './backup-handlers';
import { CLEAR, setBadge } from '../tabs/badge';
import { getTabState, setTabState, tabsShowing, tabsWithAccounts, withTabLock } from '../tabs/tab-state';
import { broadcastChanged } from '../tabs/broadcast';
import { log, readDiagnostics } from './diagnostics';
import { getActivePlaybook } from '../playbook/playbook-service';
import { clearCrmList } from '../crm/crm-service';
import { disconnect as disconnectHubSpot } from '../crm/hubspot/hubspot-connect';

/** The whole backup in one message (scripts, tests); the options page fetches larger ones in parts. */
export async function handleExport(): Promise<Output<'data/export'>> {
  const r = await exportBackupParts(db(), new Date(), { maxChars: MAX_BACKUP_MESSAGE_CHARS - 100 });
  if (!r.ok) throw new Error(r.error);
  return { json: r.parts.join('') };
}

/** Restore without a preview (scripts, tests): the same validation, lock and transaction as the options page's. */
export async function handleImport(input: Input<'data/import'>): Promise<Output<'data/import'>> {
  const r = await importBackup(db(), input.text);
  if (r.ok) await afterRestore();
  return r;
}

export async function handleDeleteAll(): Promise<Output<'data/delete-all'>> {
  await deleteAllAccountData(db());
  // the imported CRM list is the rep's data in this browser too
  await clearCrmList();
  // and the HubSpot connection: its token, send queue and remembered answers (docs/hubspot.md)
  await disconnectHubSpot();
  await clearTabAccounts();
  await broadcastChanged({});
  return {};
}

export async function handleDeleteAccount(input: Input<'account/delete'>): Promise<Output<'account/delete'>> {
  await deleteAccount(db(), input.accountId);
  await clearTabAccounts(input.accountId);
  await broadcastChanged({});
  return {};
}

/**
 * Tabs showing a deleted account (`accountId`, else any) show nothing rather than a stale tier; the
 * badge's headline, with the company's name, goes with the badge (setBadge).
 */
async function clearTabAccounts(accountId?: string): Promise<void> {
  const tabs = accountId === undefined ? (await tabsWithAccounts()).map(([tabId]) => tabId) : await tabsShowing(accountId);
  for (const tabId of tabs) {
    // through the tab-state module (this worker's copy of the state follows), under the tab's lock
    await withTabLock(tabId, async () => {
      const state = await getTabState(tabId);
      if (state?.accountId === undefined || (accountId !== undefined && state.accountId !== accountId)) return;
      await setTabState(tabId, { ...state, accountId: undefined, status: 'idle' });
      await setBadge(tabId, CLEAR);
    });
  }
}

const DEFAULT_SETTINGS: Settings = { retentionDays: null };

/** The stored settings, checked: a value no live write could store (an old bug) reads as the default. */
export async function getSettings(): Promise<Settings> {
  const row = await db().settings.get(SETTINGS_KEY);
  const stored = Settings.safeParse({ ...DEFAULT_SETTINGS, ...(row?.value as object | undefined) });
  if (stored.success) return stored.data;
  await log('error', `stored settings are invalid (${stored.error.issues[0]?.message}); defaults are used`);
  return DEFAULT_SETTINGS;
}

export async function handleSettingsGet(): Promise<Output<'settings/get'>> {
  return getSettings();
}

export async function handleSettingsSet(input: Input<'settings/set'>): Promise<Output<'settings/set'>> {
  const next = Settings.parse({ ...(await getSettings()), ...input });
  await db().settings.put({ key: SETTINGS_KEY, value: next });
  await applyRetention();
  return next;
}

/** The retention alarm's work: delete accounts not seen for the configured number of days. */
export async function applyRetention(): Promise<number> {
  const { retentionDays } = await getSettings();
  if (!retentionDays) return 0;
  const removed = await deleteStaleAccounts(db(), retentionDays, Date.now());
  if (removed) await broadcastChanged({});
  return removed;
}

export async function handleDiagnostics(): Promise<Output<'diagnostics/get'>> {
  return readDiagnostics();
}

export async function handleStats(): Promise<Output<'data/stats'>> {
  const d = db();
  const keys = await d.accounts.orderBy('keys').uniqueKeys();
  return {
    accounts: await d.accounts.count(),
    observations: await d.observations.count(),
    answers: await d.answers.count(),
    outcomes: await d.outcomes.count(),
    playbooks: await d.playbooks.count(),
    keys: keys.length,
    staleResults: await countStale(d, (await getActivePlaybook()).key),
  };
}
