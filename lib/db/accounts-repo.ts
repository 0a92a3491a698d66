import type { PageObservation } from '../facts/model';
import { identityKeys, domainKey } from '../accounts/identity';
import { applyObservation, mergeAccounts } from '../accounts/merge';
import type { IcpDatabase } from './database';
import type { AccountRow } from './rows';

export interface Recorded {
  account: AccountRow;
  /** false when this observation id had been stored before (a retry) */
  stored: boolean;
}

/**
 * Store one page observation exactly once and fold it into its account, merging accounts that
 * turn out to be the same company. One transaction: either all of it lands or none of it.
 * Returns null when the page names no company we can key an account on.
 */
export async function recordObservation(
  database: IcpDatabase,
  id: string,
  obs: PageObservation,
  observedAt: number,
): Promise<Recorded | null> {
  const keys = identityKeys(obs);
  if (keys.length === 0) return null;
  return database.transaction('rw', [database.accounts, database.observations, database.answers, database.outcomes, database.results], async () => {
    const seen = await database.observations.get(id);
    if (seen) {
      const account = await database.accounts.get(seen.accountId);
      return account ? { account, stored: false } : null;
    }
    const found = await database.accounts.where('keys').anyOf(keys).toArray();
    let account = await resolve(database, found, keys, observedAt);
    const facts = applyObservation(account.facts, obs.facts, observedAt);
    account = {
      ...account,
      keys: [...new Set([...account.keys, ...keys])].sort(),
      facts,
      name: (facts.name?.value as string | undefined) ?? account.name,
      domain: domainOf(facts) ?? account.domain,
      lastSeenAt: Math.max(account.lastSeenAt, observedAt),
    };
    await database.accounts.put(account);
    const observed = Object.fromEntries(Object.entries(obs.facts).filter(([, f]) => f));
    await database.observations.add({ id, accountId: account.id, pageType: obs.pageType, url: obs.url, facts: observed as never, observedAt });
    return { account, stored: true };
  });
}

function domainOf(facts: AccountRow['facts']): string | undefined {
  const key = domainKey((facts.domain?.value ?? facts.website?.value) as string | undefined);
  return key ? key.slice('domain:'.length) : undefined;
}

/** The account these keys belong to: a new one, the one found, or several found merged into the oldest. */
async function resolve(database: IcpDatabase, found: AccountRow[], keys: string[], now: number): Promise<AccountRow> {
  if (found.length === 0) {
    return { id: keys.find((k) => k.startsWith('domain:')) ?? keys[0]!, keys, facts: {}, firstSeenAt: now, lastSeenAt: now };
  }
  const [survivor, ...others] = [...found].sort((a, b) => a.firstSeenAt - b.firstSeenAt || a.id.localeCompare(b.id));
  let merged = survivor!;
  for (const other of others) {
    merged = mergeAccounts(merged, other);
    await repoint(database, other.id, merged.id);
    await database.accounts.delete(other.id);
  }
  return merged;
}

/** Move everything stored under a merged-away account to its survivor. */
async function repoint(database: IcpDatabase, from: string, to: string): Promise<void> {
  await database.observations.where('accountId').equals(from).modify({ accountId: to });
  const answers = await database.answers.where('accountId').equals(from).toArray();
  for (const a of answers) {
    const existing = await database.answers.get([to, a.criterionId]);
    if (!existing || existing.answeredAt < a.answeredAt) await database.answers.put({ ...a, accountId: to });
  }
  await database.answers.where('accountId').equals(from).delete();
  const outcome = await database.outcomes.get(from);
  if (outcome && !(await database.outcomes.get(to))) await database.outcomes.put({ ...outcome, accountId: to });
  await database.outcomes.delete(from);
  await database.results.delete(from);
}
