import type { Table } from 'dexie';
import { BACKUP_FORMAT, BACKUP_TABLES, MAX_BACKUP_CHARS, checkRow, type Backup, type BackupTable } from './backup-schema';
import type { IcpDatabase } from './database';
import { allResults } from './results-repo';

/**
 * A backup file built in parts: every table is read in pages inside one read transaction (one
 * consistent snapshot), each row is checked with the schema restore uses and written as JSON text
 * into parts of at most `partChars` characters — the whole file is never one string here. If the
 * file would be larger than restore accepts, export stops and says so instead of writing a file
 * that could not be restored. A stored row that restore would refuse (damaged by an older version)
 * is left out and named, for the same reason.
 */
export type ExportResult = { ok: true; parts: string[]; chars: number; skipped: string[] } | { ok: false; error: string };

export interface ExportOptions {
  maxChars?: number;
  partChars?: number;
  pageSize?: number;
}

const MB = 1024 * 1024;
/** Characters per part of the text: a 150 MB file is never one string in the worker. */
const PART_CHARS = 8 * MB;

class Parts {
  parts: string[] = [];
  chars = 0;
  private buf = '';
  constructor(private readonly partChars: number) {}
  push(s: string): void {
    this.buf += s;
    this.chars += s.length;
    while (this.buf.length >= this.partChars) {
      this.parts.push(this.buf.slice(0, this.partChars));
      this.buf = this.buf.slice(this.partChars);
    }
  }
  end(): string[] {
    if (this.buf) this.parts.push(this.buf);
    this.buf = '';
    return this.parts;
  }
}

class TooLarge extends Error {}

export async function exportBackupParts(database: IcpDatabase, now: Date, opts: ExportOptions = {}): Promise<ExportResult> {
  const max = opts.maxChars ?? MAX_BACKUP_CHARS;
  const out = new Parts(opts.partChars ?? PART_CHARS);
  const skipped: string[] = [];
  let skippedCount = 0;
  const push = (s: string) => {
    out.push(s);
    if (out.chars > max) throw new TooLarge();
  };
  try {
    await database.transaction('r', database.tables, async () => {
      push(`{"format":${JSON.stringify(BACKUP_FORMAT)},"exportedAt":${JSON.stringify(now.toISOString())}`);
      for (const name of Object.keys(BACKUP_TABLES) as BackupTable[]) {
        push(`,${JSON.stringify(name)}:[`);
        await rowsOf(database, name, opts.pageSize ?? 1000, (row, first) => {
          // the row as restore will read it (checked and cleaned), or left out and named
          const r = checkRow(name, row);
          if (!r.ok) return void (skippedCount++ < 19 && skipped.push(skippedLine(name, row, r.problem)));
          push((first() ? '' : ',') + JSON.stringify(r.data));
        });
        push(']');
      }
      push('}');
    });
  } catch (e) {
    if (!(e instanceof TooLarge)) throw e;
    return { ok: false, error: `Your data is larger than the ${max / MB} MB a backup file can hold (restore refuses larger files), so no file was written. Delete accounts you no longer need (or set a retention period) and export again; the CRM export below writes every account in a smaller file.` };
  }
  return { ok: true, parts: out.end(), chars: out.chars, skipped: skippedCount > skipped.length ? [...skipped, `… and ${skippedCount - skipped.length} more`] : skipped };
}

/** A backup table's rows: results are stored packed (results-repo.ts) and written one per account, as before. */
async function rowsOf(database: IcpDatabase, name: BackupTable, pageSize: number, fn: (row: unknown, first: () => boolean) => void): Promise<void> {
  if (name !== 'results') return eachRow(database.table(name), pageSize, fn);
  let written = false;
  const first = () => (written ? false : ((written = true), true));
  for (const row of await allResults(database)) fn(row, first);
}

/** Every row of a table, read in pages by primary key (one cursor round trip per page, not per row). */
async function eachRow(table: Table, pageSize: number, fn: (row: unknown, first: () => boolean) => void): Promise<void> {
  const keyPath = table.schema.primKey.keyPath;
  const keyOf = (row: Record<string, unknown>) => (Array.isArray(keyPath) ? keyPath.map((k) => row[k]) : row[keyPath as string]);
  let written = false;
  const first = () => (written ? false : ((written = true), true));
  let last: unknown;
  for (;;) {
    const page = (await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(pageSize).toArray()) as Record<string, unknown>[];
    for (const row of page) fn(row, first);
    if (page.length < pageSize) return;
    last = keyOf(page.at(-1)!);
  }
}

function skippedLine(table: BackupTable, row: unknown, problem: string): string {
  return `${table} ${JSON.stringify(String(BACKUP_TABLES[table].id(row as Record<string, unknown>)).slice(0, 80))}, ${problem}`.slice(0, 500);
}

/** The whole backup as one object (small stores, tests, the one-message `data/export`). */
export async function exportBackup(database: IcpDatabase, now: Date, opts?: ExportOptions): Promise<Backup> {
  const r = await exportBackupParts(database, now, opts);
  if (!r.ok) throw new Error(r.error);
  return JSON.parse(r.parts.join('')) as Backup;
}
