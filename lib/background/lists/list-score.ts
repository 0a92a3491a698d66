import type { AccountRow, AnswerRow } from '../../accounts/account-row';
import { applyObservation } from '../../accounts/merge';
import type { ListRow } from '../../facts/list-model';
import type { AccountResult } from '../../scoring';
import type { ActivePlaybook } from '../playbook/playbook-service';
import { scoreWith } from '../accounts/scoring-service';
import type { StoredRow } from './list-store';
import { localToday } from '../../facts/calendar';
import { MAX_LIST_ROWS } from '../../facts/limits';

// A list row is scored exactly as its page would be: the row's facts become account facts the way
// a stored observation's do (applyObservation), and the same engine and compiled playbook score them
// (scoreWith). A person row's title picks the persona as a profile page's title does.

/** The person's title as a profile page would give it: the title, else the headline. */
export const personTitle = (row: ListRow): string | undefined => row.person?.title ?? row.person?.headline;

/** The row's facts as an account holds them (the row's own evidence, read at `readAt`). */
export const rowFacts = (row: ListRow, readAt: number): AccountRow['facts'] => applyObservation({}, row.facts, readAt);

/**
 * Score one row. With `account` (the stored account the row is), the account's facts and answers
 * count, the row's fill only what the account does not know.
 */
export function scoreListRow(active: ActivePlaybook, row: ListRow, readAt: number, account?: AccountRow, answers: AnswerRow[] = []): AccountResult {
  if (account) return scoreRow(active, row, readAt, account, answers);
  // A row alone scores the same for the same playbook, day and read: the tier it earned when it was
  // stored is the panel's too, so a 1,000-row list is not scored again on every look at it.
  const key = `${active.key}\u0000${localToday()}\u0000${readAt}\u0000${JSON.stringify(row)}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const result = scoreRow(active, row, readAt);
  memo.set(key, result);
  if (memo.size > MEMO_MAX) memo.delete(memo.keys().next().value!); // the oldest first
  return result;
}

/** Results of rows scored alone (kept in this worker; gone when it stops, which is fine: a cache). */
const memo = new Map<string, AccountResult>();
const MEMO_MAX = 2 * MAX_LIST_ROWS;

function scoreRow(active: ActivePlaybook, row: ListRow, readAt: number, account?: AccountRow, answers: AnswerRow[] = []): AccountResult {
  const own = rowFacts(row, readAt);
  const facts = account ? { ...own, ...account.facts } : own;
  const subject: AccountRow = account ? { ...account, facts } : { id: `row:${row.key}`, keys: [], facts, firstSeenAt: readAt, lastSeenAt: readAt };
  return scoreWith(active, subject, account ? answers : [], { personTitle: row.kind === 'person' ? personTitle(row) : undefined });
}

/** The headline of a result, as a stored row keeps it for the badge. */
export function tierOf(result: AccountResult, scoredWith: string): { name: string | null; rank: number; count: number; scoredWith: string } {
  const best = result.results[0];
  return { name: best?.tier ?? null, rank: best?.tierRank ?? Number.MAX_SAFE_INTEGER, count: best?.tierCount ?? 0, scoredWith };
}

/** The row as kept, with the tier it earns under `active` (for the badge); unscored without a playbook, or when the engine cannot score it. */
export function tiered(active: ActivePlaybook | null, row: ListRow, readAt: number): StoredRow {
  if (!active) return { row, readAt };
  try {
    return { row, readAt, tier: tierOf(scoreListRow(active, row, readAt), active.key) };
  } catch {
    return { row, readAt }; // a row the engine cannot score is kept, unscored
  }
}
