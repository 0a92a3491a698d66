import Dexie, { type Table } from 'dexie';
import type { CrmSnapshot } from '../insights/crm-snapshot';

/**
 * The imported CRM list (issue 19) in a database of its own: one snapshot, replaced whole by the
 * next import. Apart from `icp-fit` because it is a copy of another system's data, not the rep's
 * work: it is never in a backup (import the export again instead), its size (up to 200,000 rows)
 * never slows the main database's upgrades, and it has its own schema version.
 */
export interface CrmSnapshotRow extends CrmSnapshot {
  id: 'current';
}

export class CrmDatabase extends Dexie {
  snapshots!: Table<CrmSnapshotRow, string>;

  constructor(name = 'icp-fit-crm') {
    super(name);
    this.version(1).stores({ snapshots: 'id' });
  }
}

let instance: CrmDatabase | undefined;
/** The background's handle (lazily opened, like db()). */
export function crmDb(): CrmDatabase {
  instance ??= new CrmDatabase();
  return instance;
}

/** Store a snapshot (already validated), replacing the previous one in one write. */
export async function saveCrmSnapshot(snapshot: CrmSnapshot, database = crmDb()): Promise<void> {
  await database.snapshots.put({ ...snapshot, id: 'current' });
}

export async function loadCrmSnapshot(database = crmDb()): Promise<CrmSnapshot | null> {
  const row = await database.snapshots.get('current');
  if (!row) return null;
  const { id: _id, ...snapshot } = row;
  return snapshot;
}

export async function clearCrmSnapshot(database = crmDb()): Promise<void> {
  await database.snapshots.clear();
}
