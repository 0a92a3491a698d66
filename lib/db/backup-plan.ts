import type { RestoreReport } from '../messaging/protocol/backup';
import type { Backup } from './backup-schema';
import type { IcpDatabase } from './database';
import { putResults } from './results-repo';
import { newestValid, planPlaybooks } from './backup-playbooks';
import type { PlaybookRow, SettingRow } from './rows';
import { POLICY_SETTING, SETTINGS_KEY, SETTING_SPECS, SUBSCRIPTION_SETTING, isSettingKey } from './settings-schema';

/**
 * What restoring a validated backup does to this store. The same function previews (read-only)
 * and restores (inside the write transaction, so the policy lock and the counts are read at the
 * moment of writing, not when the preview was shown).
 */
const DAY = 86_400_000;

interface Plan {
  report: RestoreReport;
  playbooks: PlaybookRow[];
  settings: SettingRow[];
}

async function computePlan(database: IcpDatabase, b: Backup, now: number): Promise<Plan> {
  const locked = ((await database.settings.get(POLICY_SETTING))?.value as { locked?: unknown } | undefined)?.locked === true;
  const ids = b.accounts.map((a) => a.id);
  const existing = ids.length ? (await database.accounts.where(':id').anyOf(ids).primaryKeys()).length : 0;
  const stored = await database.playbooks.orderBy('seq').toArray();
  const pb = planPlaybooks(stored, b.playbooks, locked);
  const { settings, changes, notRestored } = await planSettings(database, b.settings);
  const sub = b.settings.find((s) => s.key === SUBSCRIPTION_SETTING)?.value as { url: string; managed: boolean } | undefined;
  if (locked && b.playbooks.length) notRestored.unshift('The playbook: yours is locked by your organisation (Chrome policy), so it is kept.');
  const report: RestoreReport = {
    exportedAt: b.exportedAt,
    accounts: { added: ids.length - existing, replaced: existing },
    observations: b.observations.length,
    results: b.results.length,
    answers: b.answers.length,
    outcomes: b.outcomes.length,
    playbook: { ...pb.report, current: currentOf(stored) },
    settings: changes,
    subscription: sub ? { url: sub.url, managed: sub.managed } : null,
    notRestored,
    retentionWillDelete: await retentionVictims(database, b, settings, now),
  };
  return { report, playbooks: pb.rows, settings };
}

function currentOf(stored: PlaybookRow[]): { name: string; version: string } | null {
  const row = newestValid(stored);
  return row ? { name: row.name, version: row.version } : null;
}

/** Settings the file may change (merged over the stored value), field by field, and what it leaves out. */
async function planSettings(database: IcpDatabase, rows: SettingRow[]) {
  const settings: SettingRow[] = [];
  const changes: RestoreReport['settings'] = [];
  const notRestored: string[] = [];
  for (const row of rows) {
    if (!isSettingKey(row.key)) continue; // parseBackup refused these already
    if (SETTING_SPECS[row.key].restore === 'never') {
      if (row.key === SUBSCRIPTION_SETTING) notRestored.push(`The playbook URL subscription (${(row.value as { url: string }).url.slice(0, 300)}): subscribe from the Playbook tab if you trust it.`);
      continue;
    }
    const before = ((await database.settings.get(row.key))?.value ?? {}) as Record<string, unknown>;
    const after: Record<string, unknown> = { ...(row.key === SETTINGS_KEY ? { retentionDays: null } : {}), ...before, ...(row.value as Record<string, unknown>) };
    for (const field of Object.keys(after)) {
      const [from, to] = [JSON.stringify(before[field] ?? null), JSON.stringify(after[field] ?? null)];
      if (from !== to) changes.push({ key: row.key === SETTINGS_KEY ? field : `${row.key}.${field}`, from: from.slice(0, 200), to: to.slice(0, 200) });
    }
    settings.push({ key: row.key, value: after });
  }
  return { settings, changes, notRestored };
}

/** Accounts (stored or restored) the next retention run would delete with the settings after the restore. */
async function retentionVictims(database: IcpDatabase, b: Backup, settings: SettingRow[], now: number): Promise<number> {
  const next = settings.find((s) => s.key === SETTINGS_KEY)?.value as { retentionDays?: number | null } | undefined;
  const days = next ? next.retentionDays : ((await database.settings.get(SETTINGS_KEY))?.value as { retentionDays?: number | null } | undefined)?.retentionDays;
  if (!days) return 0;
  const cutoff = now - days * DAY;
  const restored = new Map(b.accounts.map((a) => [a.id, a.lastSeenAt]));
  const stale = new Set((await database.accounts.where('lastSeenAt').below(cutoff).primaryKeys()).filter((id) => !restored.has(id)));
  for (const [id, seen] of restored) if (seen < cutoff) stale.add(id);
  const kept = new Set([...b.outcomes.map((o) => o.accountId), ...(await database.outcomes.where(':id').anyOf([...stale]).primaryKeys())]);
  return [...stale].filter((id) => !kept.has(id)).length;
}

/** What restoring would do; writes nothing. */
export async function planRestore(database: IcpDatabase, backup: Backup, now = Date.now()): Promise<RestoreReport> {
  return database.transaction('r', database.tables, async () => (await computePlan(database, backup, now)).report);
}

/** Restore in one transaction: a throw anywhere (a quota error, a refused row) rolls everything back. */
export async function applyRestore(database: IcpDatabase, b: Backup, now = Date.now()): Promise<RestoreReport> {
  return database.transaction('rw', database.tables, async () => {
    const plan = await computePlan(database, b, now);
    await database.accounts.bulkPut(b.accounts);
    await database.observations.bulkPut(b.observations);
    await putResults(database, b.results);
    await database.answers.bulkPut(b.answers);
    await database.outcomes.bulkPut(b.outcomes);
    await database.playbooks.bulkAdd(plan.playbooks);
    await database.settings.bulkPut(plan.settings);
    return plan.report;
  });
}
