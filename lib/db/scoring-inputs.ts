import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { AccountRow } from '../accounts/account-row';
import type { FactSource } from '../facts/model';

/**
 * What scoring reads of an account, kept beside it (issue 17): the merged facts' values and
 * sources, without evidence, timestamps, keys, people or merge records. Rescoring 10,000
 * accounts and the Insights summary read these rows instead of the account rows — fewer bytes
 * cloned out of IndexedDB per account.
 *
 * Derived, never written by hand: the middleware below writes it in the same transaction as
 * every write to `accounts` (put, add, update, modify, delete, clear — whatever the call site),
 * so no write path can forget it. It is not in backups: a restore writes accounts, which
 * rebuilds it. Schema version 2 builds it from existing accounts (database.ts).
 */
export const SCORING_INPUTS = 'scoringInputs';

export interface ScoringInputRow {
  id: string;
  /** observedAt (schema 3, issue 20): a fact older than the playbook's maximum age counts as unknown */
  facts: Record<string, { value: unknown; source?: FactSource; observedAt?: number }>;
}

export function scoringInput(account: Pick<AccountRow, 'id' | 'facts'>): ScoringInputRow {
  // fromEntries defines own properties: a fact named "__proto__" cannot become a prototype
  const facts = Object.fromEntries(
    Object.entries(account.facts).map(([name, f]) => [name, f.source === undefined ? { value: f.value, observedAt: f.observedAt } : { value: f.value, source: f.source, observedAt: f.observedAt }]),
  );
  return { id: account.id, facts };
}

export const AGGREGATES = 'aggregates';
/** The maintained Insights tally's row in `aggregates` (lib/background/outcomes/insights-aggregate.ts). */
export const PERFORMANCE_KEY = 'performance';

/** Tables whose writes the middleware mirrors or watches, and the tables it adds to their transactions. */
const WATCHED = ['accounts', 'outcomes', 'answers'];
const ADDED = [SCORING_INPUTS, 'outcomes', AGGREGATES];

/**
 * A write that may change the Insights summary drops the maintained tally (the next view
 * recomputes it, or the writer that maintains it puts it back in the same transaction) and
 * gives the row a new epoch, so a recompute that read before this write does not store its
 * now outdated tally.
 */
async function dropTally(down: DBCore, trans: DBCoreTransaction): Promise<void> {
  await down.table(AGGREGATES).mutate({ type: 'put', trans, values: [{ key: PERFORMANCE_KEY, epoch: Math.random() }] });
}

/**
 * Mirrors account writes into `scoringInputs`, and drops the maintained Insights tally on writes
 * that may change it (an outcome or answer, or the facts of an account
 * that has an outcome). Read-write transactions that touch those tables are widened to the
 * tables it writes, so the mirror commits or aborts with the write it follows.
 */
export function scoringInputsMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'scoring-inputs',
    create(down) {
      const has = (name: string) => down.schema.tables.some((t) => t.name === name);
      return {
        ...down,
        transaction(stores, mode, options) {
          if (mode !== 'readwrite' || !stores.some((s) => WATCHED.includes(s))) return down.transaction(stores, mode, options);
          return down.transaction([...new Set([...stores, ...ADDED.filter(has)])], mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (!WATCHED.includes(name) || !has(SCORING_INPUTS)) return table;
          return { ...table, mutate: (req) => mirrored(down, table, req) };
        },
      };
    },
  };
}

async function mirrored(down: DBCore, table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const res = await table.mutate(req);
  if (table.name !== 'accounts') {
    await dropTally(down, req.trans);
    return res;
  }
  const inputs = down.table(SCORING_INPUTS);
  const trans = req.trans;
  if (req.type === 'deleteRange') {
    await inputs.mutate({ type: 'deleteRange', trans, range: req.range });
    await dropTally(down, trans);
    return res;
  }
  if (req.type === 'delete') {
    await inputs.mutate({ type: 'delete', trans, keys: req.keys });
    if (await anyOutcome(down, trans, req.keys)) await dropTally(down, trans);
    return res;
  }
  // only the rows that were written (a bulkPut can fail some and go on)
  const written = (req.values as AccountRow[]).filter((_, i) => !(i in res.failures));
  // both requests placed at once: one hop to the browser process instead of two (issue 17)
  const [, withOutcome] = await Promise.all([
    written.length ? inputs.mutate({ type: 'put', trans, values: written.map(scoringInput) }) : undefined,
    anyOutcome(down, trans, written.map((a) => a.id)),
  ]);
  if (withOutcome) await dropTally(down, trans);
  return res;
}

/** DBCoreRangeType.Any (a const enum: not importable as a value with isolated modules). */
const EVERY_KEY = { type: 3, lower: undefined, upper: undefined } as DBCoreKeyRange;

async function anyOutcome(down: DBCore, trans: DBCoreTransaction, keys: unknown[]): Promise<boolean> {
  if (keys.length === 0) return false;
  const outcomes = down.table('outcomes');
  if (keys.length <= 20) return (await outcomes.getMany({ trans, keys })).some((r) => r !== undefined);
  // a restore writes thousands of accounts: one scan of the outcome keys, not a request per key
  const { result } = await outcomes.query({ trans, values: false, query: { index: outcomes.schema.primaryKey, range: EVERY_KEY } });
  const withOutcome = new Set(result);
  return keys.some((k) => withOutcome.has(k));
}
