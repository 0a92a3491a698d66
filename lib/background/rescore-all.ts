import { db } from '../db/database';
import type { ResultRow } from '../db/rows';
import { broadcastChanged } from './broadcast';
import { getActivePlaybook } from './playbook-service';
import { badgeForAccount, resultRow, scoreWith } from './scoring-service';
import { setBadge } from './badge';
import { tabsWithAccounts } from './tab-state';

const BATCH = 250;

/**
 * Rescore every stored account whose cached result came from another playbook version, in
 * batches (each its own transaction, yielding between them so messages keep being answered).
 * Resumable: a worker stopped half-way picks up where it left off, because finished accounts
 * already carry the new version.
 */
export async function rescoreStale(): Promise<number> {
  const active = await getActivePlaybook();
  let done = 0;
  for (;;) {
    const stale = await db().results.where('playbookVersion').notEqual(active.key).limit(BATCH).primaryKeys();
    const unscored = stale.length < BATCH ? await unscoredAccounts(BATCH - stale.length) : [];
    const ids = [...stale, ...unscored];
    if (ids.length === 0) break;
    const accounts = (await db().accounts.bulkGet(ids)).filter((a) => !!a);
    const answers = await db().answers.where('accountId').anyOf(ids).toArray();
    const rows: ResultRow[] = [];
    for (const a of accounts) rows.push(resultRow(a.id, active.key, scoreWith(active, a, answers.filter((x) => x.accountId === a.id))));
    const orphans = ids.filter((id) => !accounts.some((a) => a.id === id));
    await db().transaction('rw', db().results, async () => {
      await db().results.bulkPut(rows);
      await db().results.bulkDelete(orphans);
    });
    done += rows.length;
    await new Promise((r) => setTimeout(r, 0));
  }
  if (done) {
    await refreshBadges();
    await broadcastChanged({});
  }
  return done;
}

async function unscoredAccounts(limit: number): Promise<string[]> {
  if (limit <= 0) return [];
  const scored = new Set(await db().results.toCollection().primaryKeys());
  return db().accounts.filter((a) => !scored.has(a.id)).limit(limit).primaryKeys();
}

/** Every open tab showing an account gets the badge of its new result. */
async function refreshBadges(): Promise<void> {
  for (const [tabId, accountId] of await tabsWithAccounts()) await setBadge(tabId, await badgeForAccount(accountId));
}
