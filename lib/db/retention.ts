import { Settings } from '../messaging/views';
import type { IcpDatabase } from './database';
import { clearResults, deleteResults } from './results-repo';

/** The retention periods a rep can choose (the settings schema's bounds). */
const RetentionDays = Settings.shape.retentionDays.unwrap();

/**
 * Delete one account and everything stored about it. `onlyIf` is checked in the same transaction
 * first (nothing deleted when it says no): retention's "still stale, still no outcome".
 */
export async function deleteAccount(database: IcpDatabase, accountId: string, onlyIf?: () => Promise<boolean>): Promise<boolean> {
  return database.transaction('rw', [database.accounts, database.observations, database.resultPacks, database.answers, database.outcomes], async () => {
    if (onlyIf && !(await onlyIf())) return false;
    await database.observations.where('accountId').equals(accountId).delete();
    await database.answers.where('accountId').equals(accountId).delete();
    await deleteResults(database, [accountId]);
    await database.outcomes.delete(accountId);
    await database.accounts.delete(accountId);
    return true;
  });
}

/** Delete accounts not seen for `days` days (accounts with a recorded outcome are kept: they feed insights). */
export async function deleteStaleAccounts(database: IcpDatabase, days: number, now: number): Promise<number> {
  // a negative or zero period would make every account stale: refuse it whatever the caller read
  if (!RetentionDays.safeParse(days).success) throw new RangeError(`Refused to delete accounts: ${days} is not a retention period (1–3650 days)`);
  const cutoff = now - days * 86_400_000;
  const stale = await database.accounts.where('lastSeenAt').below(cutoff).primaryKeys();
  const withOutcome = new Set(await database.outcomes.where('accountId').anyOf(stale).primaryKeys());
  const doomed = stale.filter((id) => !withOutcome.has(id));
  // each delete checks again in its own transaction: a page read or an outcome recorded while the
  // loop runs (seconds, for thousands of accounts) keeps that account
  const stillStale = (id: string) => async () => ((await database.accounts.get(id))?.lastSeenAt ?? Infinity) < cutoff && !(await database.outcomes.get(id));
  let deleted = 0;
  for (const id of doomed) if (await deleteAccount(database, id, stillStale(id))) deleted++;
  return deleted;
}

/** Delete everything but the playbooks and settings. */
export async function deleteAllAccountData(database: IcpDatabase): Promise<void> {
  await database.transaction('rw', [database.accounts, database.observations, database.resultPacks, database.answers, database.outcomes], async () => {
    await Promise.all([database.accounts.clear(), database.observations.clear(), clearResults(database), database.answers.clear(), database.outcomes.clear()]);
  });
}
