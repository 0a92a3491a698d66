import { browser } from 'wxt/browser';
import { db } from '../db/database';
import { exportBackup, importBackup } from '../db/backup';
import { deleteAccount, deleteAllAccountData, deleteStaleAccounts } from '../db/retention';
import type { Input, Output } from '../messaging/protocol';
export { handlePlaybookImport, handlePlaybookStatus } from './playbook-handlers';
import type { Settings } from '../messaging/views';
import { CLEAR, setBadge } from './badge';
import { broadcastChanged } from './broadcast';
import { readDiagnostics } from './diagnostics';
import { getActivePlaybook } from './playbook-service';
import { rescoreStale } from './rescore-all';

export async function handleExport(): Promise<Output<'data/export'>> {
  return { json: JSON.stringify(await exportBackup(db(), new Date())) };
}

export async function handleImport(input: Input<'data/import'>): Promise<Output<'data/import'>> {
  const r = await importBackup(db(), input.text);
  if (r.ok) {
    void rescoreStale();
    await broadcastChanged({});
  }
  return r;
}

export async function handleDeleteAll(): Promise<Output<'data/delete-all'>> {
  await deleteAllAccountData(db());
  await clearAllTabAccounts();
  await broadcastChanged({});
  return {};
}

export async function handleDeleteAccount(input: Input<'account/delete'>): Promise<Output<'account/delete'>> {
  await deleteAccount(db(), input.accountId);
  await broadcastChanged({});
  return {};
}

/** Tabs showing a deleted account show nothing rather than a stale tier. */
async function clearAllTabAccounts(): Promise<void> {
  const all = await browser.storage.session.get(null);
  for (const [k, v] of Object.entries(all)) {
    if (!k.startsWith('tab:') || !(v as { accountId?: string }).accountId) continue;
    await browser.storage.session.set({ [k]: { ...(v as object), accountId: undefined, status: 'idle' } });
    await setBadge(Number(k.slice(4)), CLEAR);
  }
}

const DEFAULT_SETTINGS: Settings = { retentionDays: null };

export async function getSettings(): Promise<Settings> {
  const row = await db().settings.get('settings');
  return { ...DEFAULT_SETTINGS, ...(row?.value as Partial<Settings> | undefined) };
}

export async function handleSettingsGet(): Promise<Output<'settings/get'>> {
  return getSettings();
}

export async function handleSettingsSet(input: Input<'settings/set'>): Promise<Output<'settings/set'>> {
  const next = { ...(await getSettings()), ...input };
  await db().settings.put({ key: 'settings', value: next });
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
    staleResults: await d.results.where('playbookVersion').notEqual((await getActivePlaybook()).key).count(),
  };
}
