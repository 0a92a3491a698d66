import { z } from 'zod';
import type { IcpDatabase } from './database';
import { BACKUP_FORMAT, BACKUP_TABLES, MAX_BACKUP_CHARS, checkRow, describeIssue, type Backup, type BackupTable } from './backup-schema';
import type { RestoreReport } from '../messaging/protocol/backup';
import { applyRestore, planRestore } from './backup-plan';
import type { SettingRow } from './rows';
import type { AccountRow } from '../accounts/account-row';

export { BACKUP_FORMAT, BACKUP_TABLES, MAX_BACKUP_CHARS, type Backup, type BackupTable };
export { exportBackup, exportBackupParts } from './backup-export';

/**
 * One JSON file with everything the extension stores, and its restore. A restore is an untrusted
 * import: the whole file is validated row by row before anything is written (the first problem is
 * named with its row and field), then written in one transaction — all of it or nothing.
 */

const rows = z.array(z.unknown());
const Envelope = z
  .object({ format: z.literal(BACKUP_FORMAT), exportedAt: z.string().max(40), accounts: rows, observations: rows, results: rows, answers: rows, outcomes: rows, playbooks: rows, settings: rows })
  .strict();

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse, refusing the keys no backup has ("__proto__" becomes a prototype wherever a parsed
 * object is copied by assignment). A reviver doubles the parse time of a 150 MB file, so it runs
 * only when such a key could be there: spelled out, or hidden behind a \u escape.
 */
function parseJson(text: string): unknown {
  const suspicious = text.includes('\\u') || [...FORBIDDEN_KEYS].some((k) => text.includes(`"${k}"`));
  if (!suspicious) return JSON.parse(text);
  return JSON.parse(text, (k, v: unknown) => {
    if (FORBIDDEN_KEYS.has(k)) throw new ForbiddenKey(k);
    return v;
  });
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: string };

/** Backup text → every row validated, or the first problem in plain words (row and field named). */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_CHARS) return { ok: false, error: `The file is larger than ${MAX_BACKUP_CHARS / 1024 / 1024} MB: not an ICP Fit backup.` };
  let json: unknown;
  try {
    json = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    if (e instanceof ForbiddenKey) return { ok: false, error: `Refused: the file holds a "${e.key}" key, which no ICP Fit backup has.` };
    return { ok: false, error: 'The file is not JSON.' };
  }
  const env = Envelope.safeParse(json);
  if (!env.success) return { ok: false, error: `Not an ICP Fit backup: ${describeIssue(env.error.issues[0])}.` };
  const out: Record<string, unknown[]> = {};
  for (const table of Object.keys(BACKUP_TABLES) as BackupTable[]) {
    const parsed = parseRows(table, env.data[table]);
    if (!parsed.ok) return parsed;
    out[table] = parsed.rows;
  }
  const dup = duplicate(out.accounts as AccountRow[], (a) => a.id, 'accounts') ?? duplicate(out.settings as SettingRow[], (s) => s.key, 'settings');
  if (dup) return { ok: false, error: `Refused: ${dup}. Nothing was restored.` };
  return { ok: true, backup: { format: BACKUP_FORMAT, exportedAt: env.data.exportedAt, ...out } as Backup };
}

function parseRows(table: BackupTable, input: unknown[]): { ok: true; rows: unknown[] } | { ok: false; error: string } {
  const rows: unknown[] = [];
  for (let i = 0; i < input.length; i++) {
    const r = checkRow(table, input[i]);
    if (!r.ok) {
      const id = input[i] && typeof input[i] === 'object' ? BACKUP_TABLES[table].id(input[i] as Record<string, unknown>) : undefined;
      const named = typeof id === 'string' ? ` (${JSON.stringify(id.slice(0, 80))})` : '';
      return { ok: false, error: `Refused: ${table}[${i}]${named}, ${r.problem}. Nothing was restored.` };
    }
    rows.push(r.data);
  }
  return { ok: true, rows };
}

function duplicate<T>(list: T[], key: (t: T) => string, table: string): string | null {
  const seen = new Set<string>();
  for (const [i, item] of list.entries()) {
    if (seen.has(key(item))) return `${table}[${i}] has the same key as an earlier row (${JSON.stringify(key(item).slice(0, 80))})`;
    seen.add(key(item));
  }
  return null;
}

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

export type ImportResult = { ok: true; counts: Record<string, number>; report: RestoreReport } | { ok: false; error: string };

/** Parse, validate and restore a backup in one go (the options page previews first: planRestore). */
export async function importBackup(database: IcpDatabase, text: string, now = Date.now()): Promise<ImportResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  return restoreParsed(database, parsed.backup, now);
}

/** Write an already validated backup; a failure of any kind leaves the store as it was. */
export async function restoreParsed(database: IcpDatabase, backup: Backup, now = Date.now()): Promise<ImportResult> {
  try {
    const report = await applyRestore(database, backup, now);
    return { ok: true, report, counts: { accounts: backup.accounts.length, observations: backup.observations.length, playbooks: report.playbook.added } };
  } catch (e) {
    // Dexie appends the inner error on a second line: the first says it
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    return { ok: false, error: `Nothing was restored: ${why}`.slice(0, 1000) };
  }
}

export { planRestore };
