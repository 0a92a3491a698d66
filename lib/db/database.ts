import Dexie, { type Table, type Transaction } from 'dexie';
import type { ObservationRow, PlaybookRow, ResultRow, SettingRow } from './rows';
import type { AccountRow, AnswerRow, OutcomeRow } from '../accounts/account-row';
import { guardSettingWrites } from './settings-schema';
import { scoringInput, scoringInputsMiddleware, type ScoringInputRow } from './scoring-inputs';
import type { AggregateRow } from './aggregates';
import { packRows, packRowsV4, type ResultPackRow, type ResultPackRowV4 } from './result-pack';
import { packInputs, type InputPackRow } from './input-pack';
import { writeEpochsMiddleware } from './write-epochs';

/**
 * The extension's IndexedDB database. Opened only by the background service worker (a content
 * script opening it would get the *page's* IndexedDB). Every schema version stays listed here
 * with its upgrade, and test/fixtures/db/ keeps a database of each released version.
 */
/** Every released schema, oldest first. Never edit a released entry: add a version with an upgrade. */
export const SCHEMAS: readonly { version: number; stores: Record<string, string | null>; upgrade?: (tx: Transaction) => Promise<void> }[] = [
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
  {
    // issue 17: what scoring reads of each account in its own table (scoring-inputs.ts), the
    // maintained Insights tally (aggregates.ts); results lose the `tier` index nothing queried
    // (one index entry less to write per account on every rescore)
    version: 2,
    stores: {
      accounts: 'id, *keys, name, lastSeenAt',
      observations: 'id, accountId, observedAt',
      results: 'accountId, playbookVersion',
      answers: '[accountId+criterionId], accountId',
      outcomes: 'accountId, status, updatedAt',
      playbooks: '++seq, version, activatedAt',
      settings: 'key',
      scoringInputs: 'id',
      aggregates: 'key',
    },
    upgrade: async (tx) => {
      const accounts = (await tx.table('accounts').toArray()) as AccountRow[];
      await tx.table('scoringInputs').bulkPut(accounts.map(scoringInput));
    },
  },
  {
    // issue 20: accounts indexed by when a page last read a changed value (the Accounts tab's
    // "changed in the last 7 / 30 days"); scoring inputs rebuilt to carry each fact's observedAt
    // (a fact older than the playbook's maximum age counts as unknown). The history itself lives
    // in the account row (lib/accounts/history.ts): no table of its own, no read on the hot path.
    version: 3,
    stores: {
      accounts: 'id, *keys, name, lastSeenAt, changedAt',
      observations: 'id, accountId, observedAt',
      results: 'accountId, playbookVersion',
      answers: '[accountId+criterionId], accountId',
      outcomes: 'accountId, status, updatedAt',
      playbooks: '++seq, version, activatedAt',
      settings: 'key',
      scoringInputs: 'id',
      aggregates: 'key',
    },
    upgrade: async (tx) => {
      // in pages of 500: a 10,000-account database is not cloned out of IndexedDB at once
      const accounts = tx.table('accounts');
      const inputs = tx.table('scoringInputs');
      let last: string | undefined;
      for (;;) {
        const page = (await (last === undefined ? accounts.orderBy('id') : accounts.where('id').above(last)).limit(500).toArray()) as AccountRow[];
        if (!page.length) break;
        await inputs.bulkPut(page.map(scoringInput));
        last = page[page.length - 1]!.id;
      }
    },
  },
  {
    // issue 17: result headlines packed many accounts to a row (results-repo.ts): a rescore
    // writes ~128 rows instead of one per account. The old rows are moved, then `results` dropped.
    version: 4,
    stores: {
      accounts: 'id, *keys, name, lastSeenAt, changedAt',
      observations: 'id, accountId, observedAt',
      results: null,
      resultPacks: 'pack',
      answers: '[accountId+criterionId], accountId',
      outcomes: 'accountId, status, updatedAt',
      playbooks: '++seq, version, activatedAt',
      settings: 'key',
      scoringInputs: 'id',
      aggregates: 'key',
    },
    upgrade: async (tx) => {
      const rows = (await tx.table('results').toArray()) as ResultRow[];
      await tx.table('resultPacks').bulkPut(packRowsV4(rows));
    },
  },
  {
    // issue 17: scoring inputs packed many accounts to a row, in columns (input-pack.ts): a rescore
    // reads 256 rows instead of one per account. The old rows are moved, then `scoringInputs` dropped.
    // The result packs are rewritten in columns too (result-pack.ts): fewer objects to clone.
    version: 5,
    stores: {
      accounts: 'id, *keys, name, lastSeenAt, changedAt',
      observations: 'id, accountId, observedAt',
      resultPacks: 'pack',
      answers: '[accountId+criterionId], accountId',
      outcomes: 'accountId, status, updatedAt',
      playbooks: '++seq, version, activatedAt',
      settings: 'key',
      scoringInputs: null,
      inputPacks: 'pack',
      aggregates: 'key',
    },
    upgrade: async (tx) => {
      const inputs = (await tx.table('scoringInputs').toArray()) as ScoringInputRow[];
      await tx.table('inputPacks').bulkPut(packInputs(inputs));
      const results = (await tx.table('resultPacks').toArray()) as ResultPackRowV4[];
      await tx.table('resultPacks').bulkPut(packRows(results.flatMap((p) => p.rows)));
    },
  },
];

export class IcpDatabase extends Dexie {
  accounts!: Table<AccountRow, string>;
  observations!: Table<ObservationRow, string>;
  /** result headlines, packed: read and write them through results-repo.ts only */
  resultPacks!: Table<ResultPackRow, number>;
  answers!: Table<AnswerRow, [string, string]>;
  outcomes!: Table<OutcomeRow, string>;
  playbooks!: Table<PlaybookRow, number>;
  settings!: Table<SettingRow, string>;
  /** scoring inputs, packed: read them through inputs-repo.ts only (the middleware writes them) */
  inputPacks!: Table<InputPackRow, number>;
  aggregates!: Table<AggregateRow, string>;

  constructor(name = 'icp-fit') {
    super(name);
    for (const schema of SCHEMAS) {
      const v = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) v.upgrade(schema.upgrade);
    }
    this.use(scoringInputsMiddleware());
    this.use(writeEpochsMiddleware());
    guardSettingWrites(this);
  }
}

let instance: IcpDatabase | undefined;
/** The background's database handle (lazily opened; Dexie reopens after a worker restart). */
export function db(): IcpDatabase {
  instance ??= new IcpDatabase();
  return instance;
}
