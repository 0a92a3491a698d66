import { db } from '../../db/database';
import { broadcastChanged } from '../tabs/broadcast';
import { getActivePlaybook, type ActivePlaybook } from '../playbook/playbook-service';
import { badgeForAccount, resultRow, scoreWith } from './scoring-service';
import { setBadge } from '../tabs/badge';
import { tabsWithAccounts } from '../tabs/tab-state';

const BATCH = 500;

/**
 * Rescore every stored account whose cached result came from another playbook version (or that
 * has none), in batches of consecutive account ids, each its own transaction, yielding between
 * them so messages keep being answered. A batch reads its accounts and their cached rows as two
 * key-range reads (one IndexedDB request each, where fetching rows by id costs one request per
 * row) and writes only what changed. Resumable: a worker stopped half-way starts again, and the
 * accounts already done carry the new version, so they are skipped.
 */
export async function rescoreStale(): Promise<number> {
  const active = await getActivePlaybook();
  if (!(await anythingStale(active.key))) return 0;
  // most accounts have no answers: skip the per-batch lookup entirely when none exist
  const anyAnswers = (await db().answers.count()) > 0;
  let done = 0;
  let after: string | null = null;
  for (;;) {
    const step = await rescoreBatch(active, after, anyAnswers);
    if (!step) break;
    done += step.scored;
    after = step.last;
    await new Promise((r) => setTimeout(r, 0)); // let waiting messages through between batches
  }
  // cached rows past the last account belong to no account
  if (after !== null) await db().results.where(':id').above(after).delete();
  if (done) {
    await refreshBadges();
    await broadcastChanged({});
  }
  return done;
}

/** Cheap check through the version index and the counts, so a no-op call reads no account. */
async function anythingStale(key: string): Promise<boolean> {
  const d = db();
  if ((await d.results.where('playbookVersion').notEqual(key).limit(1).count()) > 0) return true;
  return (await d.accounts.count()) !== (await d.results.count());
}

/** The next BATCH accounts after `after` (in id order): score the stale ones, drop orphan rows in between. */
async function rescoreBatch(active: ActivePlaybook, after: string | null, anyAnswers: boolean): Promise<{ last: string; scored: number } | null> {
  const d = db();
  return d.transaction('rw', [d.results, d.accounts, d.answers], async () => {
    const accounts = await (after === null ? d.accounts.orderBy(':id') : d.accounts.where(':id').above(after)).limit(BATCH).toArray();
    if (accounts.length === 0) return null;
    const last = accounts[accounts.length - 1]!.id;
    const range = after === null ? d.results.where(':id').belowOrEqual(last) : d.results.where(':id').between(after, last, false, true);
    const cached = await range.toArray();
    const current = new Set(cached.filter((r) => r.playbookVersion === active.key).map((r) => r.accountId));
    const todo = accounts.filter((a) => !current.has(a.id));
    const ids = new Set(accounts.map((a) => a.id));
    const orphans = cached.filter((r) => !ids.has(r.accountId)).map((r) => r.accountId);
    const answers = anyAnswers && todo.length ? groupBy(await d.answers.where('accountId').anyOf(todo.map((a) => a.id)).toArray(), (a) => a.accountId) : new Map<string, never[]>();
    if (todo.length) await d.results.bulkPut(todo.map((a) => resultRow(a.id, active.key, scoreWith(active, a, answers.get(a.id) ?? []))));
    if (orphans.length) await d.results.bulkDelete(orphans);
    return { last, scored: todo.length };
  });
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
