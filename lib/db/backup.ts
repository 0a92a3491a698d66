import { z } from 'zod';
import type { IcpDatabase } from './database';
import { AccountRow, AnswerRow, ObservationRow, OutcomeRow, PlaybookRow, ResultRow, SettingRow } from './rows';

/**
 * One JSON file with everything the extension stores, and its import into a (fresh) install.
 * Import is all-or-nothing: the file is validated completely before one row is written.
 */
export const BACKUP_FORMAT = 'icp-fit/backup@1';
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  exportedAt: z.string(),
  accounts: z.array(AccountRow),
  observations: z.array(ObservationRow),
  results: z.array(ResultRow),
  answers: z.array(AnswerRow),
  outcomes: z.array(OutcomeRow),
  playbooks: z.array(PlaybookRow),
  settings: z.array(SettingRow),
});
export type Backup = z.infer<typeof Backup>;

export async function exportBackup(database: IcpDatabase, now: Date): Promise<Backup> {
  return database.transaction('r', database.tables, async () => ({
    format: BACKUP_FORMAT,
    exportedAt: now.toISOString(),
    accounts: await database.accounts.toArray(),
    observations: await database.observations.toArray(),
    results: await database.results.toArray(),
    answers: await database.answers.toArray(),
    outcomes: await database.outcomes.toArray(),
    playbooks: await database.playbooks.toArray(),
    settings: await database.settings.toArray(),
  }));
}

export type ImportResult = { ok: true; counts: Record<string, number> } | { ok: false; error: string };

/** Parse and validate a backup file's text, then write it in one transaction (rows with the same key are replaced). */
export async function importBackup(database: IcpDatabase, text: string): Promise<ImportResult> {
  if (text.length > MAX_BACKUP_CHARS) return { ok: false, error: 'The file is too large to be an ICP Fit backup.' };
  let json: unknown;
  try {
    json = JSON.parse(text, (k, v: unknown) => (k === '__proto__' || k === 'constructor' || k === 'prototype' ? undefined : v));
  } catch {
    return { ok: false, error: 'The file is not JSON.' };
  }
  const parsed = Backup.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `Not an ICP Fit backup: ${issue?.path.join('.') || '(top level)'}: ${issue?.message}` };
  }
  const b = parsed.data;
  await database.transaction('rw', database.tables, async () => {
    await database.accounts.bulkPut(b.accounts);
    await database.observations.bulkPut(b.observations);
    await database.results.bulkPut(b.results);
    await database.answers.bulkPut(b.answers);
    await database.outcomes.bulkPut(b.outcomes);
    await database.playbooks.bulkPut(b.playbooks);
    await database.settings.bulkPut(b.settings);
  });
  return { ok: true, counts: { accounts: b.accounts.length, observations: b.observations.length, playbooks: b.playbooks.length } };
}
