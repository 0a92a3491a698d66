import { db } from '../db/database';
import type { ResultRow } from '../db/rows';
import { broadcastChanged } from './broadcast';
import { getActivePlaybook } from './playbook-service';
import { badgeForAccount, resultRow, scoreWith } from './scoring-service';
import { setBadge } from './badge';
import { tabsWithAccounts } from './tab-state';

const BATCH = 500;

/**
 * Rescore every stored account whose cached result came from another playbook version, in
 * batches (each its own transaction, yielding between them so messages keep being answered).
 * Resumable: a worker stopped half-way picks up where it left off, because finished accounts
 * already carry the new version.
 */
export async function rescoreStale(): Promise<number> {
  const active = await getActivePlaybook();
  // most accounts have no answers: skip the per-batch lookup entirely when none exist
  const anyAnswers = (await db().answers.count()) > 0;
  let done = 0;
  for (;;) {
    const d = db();
    // one transaction per batch: reads and writes together (many small transactions cost more than the work)
    const count = await d.transaction('rw', [d.results, d.accounts, d.answers], async () => {
      const stale = await d.results.where('playbookVersion').notEqual(active.key).limit(BATCH).primaryKeys();
      const unscored = stale.length < BATCH ? await unscoredAccounts(BATCH - stale.length) : [];
      const ids = [...stale, ...unscored];
      if (ids.length === 0) return 0;
      const found = await d.accounts.bulkGet(ids);
      const answers = anyAnswers ? groupBy(await d.answers.where('accountId').anyOf(ids).toArray(), (a) => a.accountId) : new Map<string, never[]>();
      const rows: ResultRow[] = [];
      const orphans: string[] = [];
      found.forEach((a, i) => (a ? rows.push(resultRow(a.id, active.key, scoreWith(active, a, answers.get(a.id) ?? []))) : orphans.push(ids[i]!)));
      await d.results.bulkPut(rows);
      await d.results.bulkDelete(orphans);
      return ids.length;
    });
    if (count === 0) break;
    done += count;
    await new Promise((r) => setTimeout(r, 0)); // let waiting messages through between batches
  }
  if (done) {
    await refreshBadges();
    await broadcastChanged({});
  }
  return done;
}

/** Accounts with no cached result at all (keys only: reading every account's facts would cost a full pass). */
async function unscoredAccounts(limit: number): Promise<string[]> {
  if (limit <= 0) return [];
  const scored = new Set(await db().results.toCollection().primaryKeys());
  const all = await db().accounts.toCollection().primaryKeys();
  return all.filter((id) => !scored.has(id)).slice(0, limit);
}

/** Every open tab showing an account gets the badge of its new result. */
async function refreshBadges(): Promise<void> {
  for (const [tabId, accountId] of await tabsWithAccounts()) await setBadge(tabId, await badgeForAccount(accountId));
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
