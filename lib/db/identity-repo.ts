import { mergeAccounts } from '../accounts/merge';
import { snapshotOf, splitNewest } from '../accounts/split';
import type { IcpDatabase } from './database';
import { deleteResults } from './results-repo';
import type { AccountRow, IdentityConflict, MergeRecord, OutcomeRow } from '../accounts/account-row';

/**
 * The rep's answers to an identity conflict (merge, keep apart) and the split that undoes a merge
 * (issue 15). Each is one transaction over every table an account spans.
 */

export interface Pair {
  survivorId: string;
  absorbedId: string;
}

const tables = (d: IcpDatabase) => [d.accounts, d.observations, d.answers, d.outcomes, d.resultPacks];

/** Merge two accounts the rep says are one company: nothing is dropped, and it can be split again. */
export async function mergeChosen(database: IcpDatabase, aId: string, bId: string, now: number): Promise<Pair> {
  if (aId === bId) throw new Error('An account cannot be merged with itself');
  return database.transaction('rw', tables(database), async () => {
    const [a, b] = await database.accounts.bulkGet([aId, bId]);
    if (!a || !b) throw new Error('Account not found');
    return mergeRows(database, a, b, now);
  });
}

/**
 * "Merge" on a conflict with no other account (this account already has a key of that kind):
 * the key is added; if an account holds it by now, the two are merged.
 */
export async function attachKey(database: IcpDatabase, accountId: string, key: string, now: number): Promise<Pair | null> {
  return database.transaction('rw', tables(database), async () => {
    const account = await database.accounts.get(accountId);
    if (!account) throw new Error('Account not found');
    const holder = await database.accounts.where('keys').equals(key).first();
    if (holder && holder.id !== account.id) return mergeRows(database, account, holder, now);
    const conflicts = drop(account.conflicts, (c) => !c.otherAccountId && c.key === key);
    await database.accounts.put({ ...account, keys: [...new Set([...account.keys, key])].sort(), conflicts });
    return null;
  });
}

/** "Keep apart": remembered on both sides, and no conflict is shown again for them. */
export async function keepApart(database: IcpDatabase, accountId: string, other: { otherAccountId?: string; key: string }): Promise<void> {
  await database.transaction('rw', database.accounts, async () => {
    const account = await database.accounts.get(accountId);
    if (!account) throw new Error('Account not found');
    const otherId = other.otherAccountId;
    if (!otherId) {
      const conflicts = drop(account.conflicts, (c) => !c.otherAccountId && c.key === other.key);
      await database.accounts.put({ ...account, conflicts, keptApart: remember(account.keptApart, other.key) });
      return;
    }
    const found = await database.accounts.get(otherId);
    for (const [row, peer] of [[account, otherId], ...(found ? [[found, account.id] as const] : [])] as const) {
      await database.accounts.put({ ...row, conflicts: drop(row.conflicts, (c) => c.otherAccountId === peer), keptApart: remember(row.keptApart, peer) });
    }
  });
}

/** Undo the account's newest merge: both accounts as they were, what came later stays. Null: nothing to split. */
export async function splitAccount(database: IcpDatabase, accountId: string): Promise<Pair | null> {
  return database.transaction('rw', tables(database), async () => {
    const current = await database.accounts.get(accountId);
    if (!current) throw new Error('Account not found');
    const answers = await database.answers.where('accountId').equals(accountId).toArray();
    const s = splitNewest(current, answers, await database.outcomes.get(accountId));
    if (!s) return null;
    if (await database.accounts.get(s.absorbed.id)) throw new Error('Cannot split: an account with that id exists again');
    await database.accounts.bulkPut([s.survivor, s.absorbed]);
    await database.answers.where('accountId').equals(accountId).delete();
    await database.answers.bulkPut([...s.survivorAnswers.map((a) => ({ ...a, accountId })), ...s.absorbedAnswers]);
    await putOrDelete(database, accountId, s.survivorOutcome);
    await putOrDelete(database, s.absorbed.id, s.absorbedOutcome);
    const back = (await database.observations.bulkGet(s.record.observationIds)).filter((o) => o?.accountId === accountId);
    await database.observations.bulkPut(back.map((o) => ({ ...o!, accountId: s.absorbed.id })));
    await deleteResults(database, [accountId, s.absorbed.id]);
    return { survivorId: accountId, absorbedId: s.absorbed.id };
  });
}

async function mergeRows(database: IcpDatabase, a: AccountRow, b: AccountRow, now: number): Promise<Pair> {
  const [survivor, absorbed] = [a, b].sort((x, y) => x.firstSeenAt - y.firstSeenAt || x.id.localeCompare(y.id)) as [AccountRow, AccountRow];
  const answers = await database.answers.where('accountId').anyOf([survivor.id, absorbed.id]).toArray();
  const outcomes = (await database.outcomes.bulkGet([survivor.id, absorbed.id])).filter((o): o is OutcomeRow => !!o);
  const observationIds = await database.observations.where('accountId').equals(absorbed.id).primaryKeys();
  const record: MergeRecord = { at: now, kind: 'merged', survivor: snapshotOf(survivor), absorbed: snapshotOf(absorbed), answers: answers.slice(0, 1000), outcomes, observationIds: observationIds.slice(0, 2000) };
  const pair = (c: IdentityConflict) => c.otherAccountId === survivor.id || c.otherAccountId === absorbed.id;
  const keptApart = [...new Set([...(survivor.keptApart ?? []), ...(absorbed.keptApart ?? [])])].filter((x) => x !== survivor.id && x !== absorbed.id);
  const conflicts = drop([...(survivor.conflicts ?? []), ...(absorbed.conflicts ?? [])], pair)?.slice(0, 20);
  const row: AccountRow = { ...mergeAccounts(survivor, absorbed), conflicts, keptApart: keptApart.length ? keptApart : undefined, merges: [record, ...(survivor.merges ?? [])].slice(0, 10) };
  // answers: on the same criterion the newest is shown; both are in the record
  const newest = new Map<string, (typeof answers)[number]>();
  for (const x of answers) if ((newest.get(x.criterionId)?.answeredAt ?? -Infinity) < x.answeredAt) newest.set(x.criterionId, x);
  await database.answers.where('accountId').equals(absorbed.id).delete();
  await database.answers.bulkPut([...newest.values()].map((x) => ({ ...x, accountId: survivor.id })));
  // outcome: the survivor's stays shown, the other's is in the record (the panel says there were two)
  const theirs = outcomes.find((o) => o.accountId === absorbed.id);
  if (theirs && outcomes.length === 1) await database.outcomes.put({ ...theirs, accountId: survivor.id });
  await database.outcomes.delete(absorbed.id);
  await database.observations.where('accountId').equals(absorbed.id).modify({ accountId: survivor.id });
  await deleteResults(database, [absorbed.id]);
  await database.accounts.delete(absorbed.id);
  await database.accounts.put(row);
  await repointConflicts(database, absorbed, survivor.id);
  return { survivorId: survivor.id, absorbedId: absorbed.id };
}

/** Third accounts in conflict with the absorbed one are now in conflict with the survivor. */
async function repointConflicts(database: IcpDatabase, absorbed: AccountRow, survivorId: string): Promise<void> {
  const others = [...new Set((absorbed.conflicts ?? []).map((c) => c.otherAccountId).filter((id): id is string => !!id && id !== survivorId))];
  for (const other of (await database.accounts.bulkGet(others)).filter((r): r is AccountRow => !!r)) {
    const conflicts = other.conflicts?.map((c) => (c.otherAccountId === absorbed.id ? { ...c, otherAccountId: survivorId } : c));
    await database.accounts.put({ ...other, conflicts });
  }
}

async function putOrDelete(database: IcpDatabase, accountId: string, outcome: OutcomeRow | undefined): Promise<void> {
  if (outcome) await database.outcomes.put({ ...outcome, accountId });
  else await database.outcomes.delete(accountId);
}

function drop(list: IdentityConflict[] | undefined, gone: (c: IdentityConflict) => boolean): IdentityConflict[] | undefined {
  const kept = list?.filter((c) => !gone(c));
  return kept?.length ? kept : undefined;
}

const remember = (list: string[] | undefined, id: string): string[] => [id, ...(list ?? []).filter((x) => x !== id)].slice(0, 50);
