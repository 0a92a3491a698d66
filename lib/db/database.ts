import Dexie, { type Table } from 'dexie';
import type { ObservationRow, PlaybookRow, ResultRow, SettingRow } from './rows';
import type { AccountRow, AnswerRow, OutcomeRow } from '../accounts/account-row';
import { guardSettingWrites } from './settings-schema';

/**
 * The extension's IndexedDB database. Opened only by the background service worker (a content
 * script opening it would get the *page's* IndexedDB). Every schema version stays listed here
 * with its upgrade, and test/fixtures/db/ keeps a database of each released version.
 */
/** Every released schema, oldest first. Never edit a released entry: add a version with an upgrade. */
export const SCHEMAS: readonly { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: {
      accounts: 'id, *keys, name, lastSeenAt',
      observations: 'id, accountId, observedAt',
      results: 'accountId, playbookVersion, tier',
      answers: '[accountId+criterionId], accountId',
      outcomes: 'accountId, status, updatedAt',
      playbooks: '++seq, version, activatedAt',
      settings: 'key',
    },
  },
];

export class IcpDatabase extends Dexie {
  accounts!: Table<AccountRow, string>;
  observations!: Table<ObservationRow, string>;
  results!: Table<ResultRow, string>;
  answers!: Table<AnswerRow, [string, string]>;
  outcomes!: Table<OutcomeRow, string>;
  playbooks!: Table<PlaybookRow, number>;
  settings!: Table<SettingRow, string>;

  constructor(name = 'icp-fit') {
    super(name);
    for (const schema of SCHEMAS) this.version(schema.version).stores(schema.stores);
    guardSettingWrites(this);
  }
}

let instance: IcpDatabase | undefined;
/** The background's database handle (lazily opened; Dexie reopens after a worker restart). */
export function db(): IcpDatabase {
  instance ??= new IcpDatabase();
  return instance;
}
