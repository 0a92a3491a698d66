import type { AccountRow, AccountSnapshot, AnswerRow, IdentityConflict, MergeRecord, OutcomeRow } from './account-row';
import { mergePeople } from './merge';
import { mergeHistory, type AccountHistory } from './history';

/**
 * Undo the newest merge of an account (issue 15). Both sides come back as they were at the merge;
 * what the survivor gained after it (facts observed or entered, answers, outcome, people saved
 * later) stays with the survivor. Pure: the repository reads and writes.
 */

export function snapshotOf(row: AccountRow): AccountSnapshot {
  const { merges: _merges, ...rest } = row;
  return rest;
}

export interface Split {
  record: MergeRecord;
  survivor: AccountRow;
  absorbed: AccountRow;
  survivorAnswers: AnswerRow[];
  absorbedAnswers: AnswerRow[];
  survivorOutcome?: OutcomeRow;
  absorbedOutcome?: OutcomeRow;
}

export function splitNewest(current: AccountRow, answers: AnswerRow[], outcome: OutcomeRow | undefined): Split | null {
  const record = current.merges?.[0];
  if (!record) return null;
  const { at, survivor: before, absorbed } = record;
  const after = <T>(items: T[] | undefined, when: (t: T) => number) => (items ?? []).filter((t) => when(t) > at);
  const facts = { ...before.facts, ...Object.fromEntries(Object.entries(current.facts).filter(([, f]) => f.observedAt > at)) };
  const known = new Set([...before.keys, ...absorbed.keys]);
  const people = mergePeople(after(current.people, (p) => p.savedAt), before.people);
  const survivor: AccountRow = {
    ...before,
    keys: [...new Set([...before.keys, ...current.keys.filter((k) => !known.has(k))])].sort(),
    facts,
    name: (facts.name?.value as string | undefined) ?? before.name,
    domain: ['domain', 'website'].some((f) => (current.facts[f]?.observedAt ?? 0) > at) ? current.domain : before.domain,
    lastSeenAt: current.lastSeenAt > at ? current.lastSeenAt : before.lastSeenAt,
    conflicts: without(current.conflicts, absorbed.id),
    keptApart: apart(current.keptApart, absorbed.id),
    ...(people && { people }),
    ...historyAfter(before, current, at),
    merges: current.merges!.slice(1),
  };
  if (!survivor.merges!.length) delete survivor.merges;
  const restored: AccountRow = { ...absorbed, conflicts: without(absorbed.conflicts, before.id), keptApart: apart(absorbed.keptApart, before.id) };
  const mine = (id: string) => record.answers.filter((a) => a.accountId === id);
  // a join brought no answers or outcome: the survivor's are its own, untouched
  const joined = record.kind === 'joined';
  const survivorAnswers = joined ? answers : byCriterion([...mine(before.id), ...after(answers, (a) => a.answeredAt)]);
  const survivorOutcome = joined || (outcome && outcome.updatedAt > at) ? outcome : record.outcomes.find((o) => o.accountId === before.id);
  const absorbedOutcome = record.outcomes.find((o) => o.accountId === absorbed.id);
  return { record, survivor, absorbed: restored, survivorAnswers, absorbedAnswers: mine(absorbed.id), survivorOutcome, absorbedOutcome };
}

/** Issue 20: the survivor's own history, plus what pages read after the merge. */
function historyAfter(before: AccountRow, current: AccountRow, at: number): Pick<AccountRow, 'history' | 'changedAt'> {
  const later: AccountHistory = Object.fromEntries(Object.entries(current.history ?? {}).map(([f, list]) => [f, list.filter((e) => e.firstAt > at)]));
  const history = mergeHistory(before.history, current.history && later);
  const changedAt = current.changedAt !== undefined && current.changedAt > at ? current.changedAt : before.changedAt;
  return { ...(history && { history }), ...(changedAt !== undefined && { changedAt }) };
}

function without(list: IdentityConflict[] | undefined, otherId: string): IdentityConflict[] | undefined {
  const kept = list?.filter((c) => c.otherAccountId !== otherId);
  return kept?.length ? kept : undefined;
}

function apart(list: string[] | undefined, id: string): string[] {
  return [id, ...(list ?? []).filter((x) => x !== id)].slice(0, 50);
}

/** One answer per criterion: the later entry wins (the list is oldest-source first). */
function byCriterion(list: AnswerRow[]): AnswerRow[] {
  return [...new Map(list.map((a) => [a.criterionId, a])).values()];
}
