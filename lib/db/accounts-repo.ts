import type { PageObservation } from '../facts/model';
import { pageIdentity, domainKey } from '../accounts/identity';
import { place, withConflict } from '../accounts/conflicts';
import { applyObservation } from '../accounts/merge';
import { snapshotOf } from '../accounts/split';
import { HISTORY_FACTS, recordHistory, valueChanged } from '../accounts/history';
import { withDerivedTiming } from '../accounts/derived-timing';
import type { IcpDatabase } from './database';
import type { AccountRow, AnswerRow, MergeRecord } from '../accounts/account-row';
import type { ResultRow } from './rows';
import { packOf, putInPack, readPackOf, type PackRead } from './results-repo';
import { openInputsOf } from './inputs-repo';

export interface Recorded {
  account: AccountRow;
  /** false when this observation id had been stored before (a retry) */
  stored: boolean;
  /** the account's cached result, written in the same transaction (when `score` was given) */
  result?: ResultRow;
}

/** Scores an account with what is at hand (no I/O): the caller's active playbook. */
export type Scorer = (account: AccountRow, answers: AnswerRow[]) => ResultRow;

/**
 * Store one page observation exactly once and fold it into its account. One transaction: either
 * all of it lands or none of it. A page's claims (the website a LinkedIn admin typed…) never merge
 * two accounts: when they point at another account, both are marked with the conflict and the rep
 * decides (lib/accounts/conflicts.ts, lib/db/identity-repo.ts).
 * Returns null when the page names no company we can key an account on.
 * With `score`, the account's result is computed and cached in the same transaction: the result
 * matches exactly what was stored (another tab cannot write in between) and nothing is read twice.
 */
export async function recordObservation(
  database: IcpDatabase,
  id: string,
  obs: PageObservation,
  observedAt: number,
  score?: Scorer,
): Promise<Recorded | null> {
  const identity = pageIdentity(obs);
  if (!identity) return null;
  return database.transaction('rw', [database.accounts, database.observations, database.answers, database.outcomes, database.resultPacks], async () => {
    // Every read that decides where the page goes is here, inside the write transaction: two tabs
    // observing the two sides of a conflict at once are serialised by IndexedDB, whichever wakes first.
    // The requests of one step are placed together, not one after the other's answer (issue 17:
    // each answer is a hop to the browser process and back).
    // The account's id is not known before the keys are read, but an account takes its first
    // page's domain key, else that page's own key (conflicts.ts place()): what scoring and the
    // writes need is read for those now, with the keys (one round trip, not two), and for an
    // account made from another page, below.
    const ids = [...new Set([...identity.keys.filter((k) => k.startsWith('domain:')), identity.own])];
    const [seen, byKey, before] = await Promise.all([database.observations.get(id), accountsByKeys(database, identity.keys), score ? scoringReads(database, ids) : undefined]);
    const readsFor = async (accountId: string) => before?.get(accountId) ?? (await scoringReads(database, [accountId])).get(accountId)!;
    if (seen) {
      const account = await database.accounts.get(seen.accountId);
      if (!account) return null;
      if (!score) return { account, stored: false };
      const read = await readsFor(account.id);
      const result = score(account, read.answers);
      await putInPack(database, read.pack, result);
      return { account, stored: false, result };
    }
    const found = unique(byKey);
    const placed = place(found, identity, obs.url, observedAt);
    const home = placed.joined ? withJoinRecord(placed.home, placed.add, id, obs, observedAt) : placed.home;
    // issue 20: the history rides in the account row (no extra read on this path), and timing
    // facts derived from it are stored as facts, so rescoring never reads the history
    const history = recordHistory(home.history, obs.facts, observedAt);
    const facts = withDerivedTiming(applyObservation(home.facts, obs.facts, observedAt), history, obs.url);
    const changedAt = valueChanged(home.history, history, CHANGE_FACTS) ? observedAt : home.changedAt;
    let account: AccountRow = {
      ...home,
      history,
      ...(changedAt !== undefined && { changedAt }),
      keys: [...new Set([...home.keys, ...placed.add])].sort(),
      facts,
      name: (facts.name?.value as string | undefined) ?? home.name,
      domain: domainOf(facts) ?? home.domain,
      lastSeenAt: Math.max(home.lastSeenAt, observedAt),
    };
    const others = new Map<string, AccountRow>();
    for (const { accountId, conflict } of placed.conflicts) {
      if (accountId === account.id) account = { ...account, conflicts: withConflict(account.conflicts, conflict) };
      const other = others.get(accountId) ?? found.find((a) => a.id === accountId && a.id !== account.id);
      if (other) others.set(accountId, { ...other, conflicts: withConflict(other.conflicts, conflict) });
    }
    const observed = Object.fromEntries(Object.entries(obs.facts).filter(([, f]) => f));
    const read = score ? await readsFor(account.id) : undefined;
    const result = score && read ? score(account, read.answers) : undefined;
    // every write at once: one round trip (the input pack was opened by scoringReads)
    await Promise.all([
      ...[...others.values()].map((o) => database.accounts.put(o)),
      database.accounts.put(account),
      database.observations.add({ id, accountId: account.id, pageType: obs.pageType, url: obs.url, facts: observed, observedAt }),
      result && read ? putInPack(database, read.pack, result) : undefined,
    ]);
    return { account, stored: true, ...(result && { result }) };
  });
}

/**
 * What scoring an account and writing its result read, for each of `ids`, in one step: its
 * answers, its result pack, and (opened for the account write) its input pack.
 */
async function scoringReads(database: IcpDatabase, ids: string[]): Promise<Map<string, { answers: AnswerRow[]; pack: PackRead }>> {
  const onePerPack = [...new Map(ids.map((i) => [packOf(i), i])).values()];
  const [answers, reads] = await Promise.all([Promise.all(ids.map((i) => answersOf(database, i))), Promise.all(onePerPack.map((i) => readPackOf(database, i))), openInputsOf(database, ids)]);
  const packs = new Map(reads.map((r) => [r.pack, r]));
  return new Map(ids.map((i, k) => [i, { answers: answers[k]!, pack: packs.get(packOf(i))! }]));
}

/**
 * The accounts holding any of `keys`: one index read per key, all placed at once (anyOf walks a
 * cursor, one round trip to the browser process per step: 4–26 ms at load ~5, issue 17).
 */
async function accountsByKeys(database: IcpDatabase, keys: readonly string[]): Promise<AccountRow[]> {
  return (await Promise.all(keys.map((k) => database.accounts.where('keys').equals(k).toArray()))).flat();
}

const answersOf = (database: IcpDatabase, accountId: string) => database.answers.where('accountId').equals(accountId).toArray();

/** A derived fact follows its source: its own change does not make the account "changed". */
const CHANGE_FACTS = HISTORY_FACTS.filter((f) => f !== 'headcountGrowth');

const unique = (rows: AccountRow[]) => [...new Map(rows.map((r) => [r.id, r])).values()];

/**
 * A page whose own key was new joined the one account its claims found: keep how that account
 * was, so the rep can split the page off again (no extra read: the answers and outcome are untouched).
 */
function withJoinRecord(home: AccountRow, added: string[], obsId: string, obs: PageObservation, at: number): AccountRow {
  const facts = applyObservation({}, obs.facts, at);
  const name = facts.name?.value as string | undefined;
  const absorbed = { id: added.find((k) => k.startsWith('domain:')) ?? added[0]!, keys: added, facts, name, domain: domainOf(facts), firstSeenAt: at, lastSeenAt: at };
  const record: MergeRecord = { at, kind: 'joined', survivor: snapshotOf(home), absorbed, answers: [], outcomes: [], observationIds: [obsId] };
  return { ...home, merges: [record, ...(home.merges ?? [])].slice(0, 10) };
}

/** The account's shown domain; the website decides when a stored domain is no registrable domain (kept from before the Public Suffix List, e.g. "myshopify.com"). */
function domainOf(facts: AccountRow['facts']): string | undefined {
  const key = domainKey(facts.domain?.value as string | undefined) ?? domainKey(facts.website?.value as string | undefined);
  return key ? key.slice('domain:'.length) : undefined;
}
