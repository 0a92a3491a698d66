import { IcpDatabase } from '../../../lib/db/database';
import { BACKUP_FORMAT, parseBackup, type Backup } from '../../../lib/db/backup';
import { account, observations, outcome } from './backup-fixtures';
import { playbookText, starterRow } from './playbook-rows';

/** Shared by the restore tests: fresh databases, a small valid backup, a snapshot of a store. */
let n = 0;
const open: IcpDatabase[] = [];
export function freshDb(): IcpDatabase {
  const d = new IcpDatabase(`restore-${++n}`);
  open.push(d);
  return d;
}
export async function closeAll(): Promise<void> {
  for (const d of open.splice(0)) await d.delete();
}

/** Everything the store holds, to compare before and after. */
export async function snapshot(d: IcpDatabase) {
  return Object.fromEntries(await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

export function backupOf(accounts: number, extra: Partial<Backup> = {}): Backup {
  const rows = Array.from({ length: accounts }, (_, i) => account(1000 + i));
  return {
    format: BACKUP_FORMAT,
    exportedAt: '2026-11-30T10:00:00.000Z',
    accounts: rows,
    observations: rows.flatMap((a, i) => observations(a, 1000 + i)),
    results: [],
    answers: [],
    outcomes: [outcome(rows[0]!, 1)],
    playbooks: [{ ...starterRow(), name: 'Team', version: '2026.4', text: playbookText('Team', '2026.4'), seq: 3 }],
    settings: [{ key: 'settings', value: { retentionDays: 90 } }],
    ...extra,
  };
}


export function parseOk(text: string): Backup {
  const r = parseBackup(text);
  if (!r.ok) throw new Error(r.error);
  return r.backup;
}
