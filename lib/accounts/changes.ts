import { z } from 'zod';
import { AnyFactValue } from '../facts/fact-value';
import type { AccountRow, StoredFact } from './account-row';
import { HISTORY_FACTS, type AccountHistory, type HistoryFact } from './history';
import { DERIVED, withDerivedTiming } from './derived-timing';

/**
 * "Since your last visit" (issue 20): the facts whose value changed at the account's latest
 * change, old → new, and the date of the visit before it ("last visit" is the previous
 * observation with other values, however recent). Pure: built from the account row.
 */
export const FactChange = z.object({
  fact: z.string().max(64),
  before: AnyFactValue.nullable(),
  after: AnyFactValue,
  source: z.string().max(64),
});
export type FactChange = z.infer<typeof FactChange>;

export const CriterionChange = z.object({
  icpName: z.string().max(200),
  label: z.string().max(200),
  before: z.string().max(16),
  after: z.string().max(16),
});
export type CriterionChange = z.infer<typeof CriterionChange>;

export const SinceLastVisit = z.object({
  /** the previous observation with other values */
  since: z.number(),
  /** the observation that read the new values */
  at: z.number(),
  facts: z.array(FactChange).max(HISTORY_FACTS.length + 3),
  /** timing criteria whose state changed because of it (filled by the background, which scores) */
  criteria: z.array(CriterionChange).max(200),
});
export type SinceLastVisit = z.infer<typeof SinceLastVisit>;

/** The latest change, or undefined when no page ever read a value other than the one before. */
export function lastChange(history: AccountHistory | undefined, changedAt: number | undefined): SinceLastVisit | undefined {
  if (!history || changedAt === undefined) return undefined;
  const facts: FactChange[] = [];
  let since = -Infinity;
  for (const fact of HISTORY_FACTS) {
    const list = history[fact];
    const last = list?.[list.length - 1];
    if (!list || !last || last.firstAt !== changedAt) continue;
    const prev = list[list.length - 2];
    // a fact read for the first time at that visit (or derived then) is new: no value before
    facts.push({ fact, before: prev?.value ?? null, after: last.value, source: last.source });
    if (prev) since = Math.max(since, prev.lastAt);
  }
  if (!facts.some((f) => f.before !== null) || since === -Infinity) return undefined;
  return { since, at: changedAt, facts, criteria: [] };
}

/**
 * The account's facts as they were before that change (to score what it changed): changed values
 * put back, and derived timing facts worked out again from the history as it was then.
 */
export function factsBefore(account: Pick<AccountRow, 'facts' | 'history'>, change: SinceLastVisit): Record<string, StoredFact> {
  const facts = { ...account.facts };
  const history: AccountHistory = { ...account.history };
  for (const c of change.facts) {
    const current = facts[c.fact];
    if (c.before === null || !current) delete facts[c.fact];
    else facts[c.fact] = { ...current, value: c.before, observedAt: change.since };
    const list = history[c.fact as HistoryFact];
    if (list) history[c.fact as HistoryFact] = list.slice(0, -1);
  }
  for (const d of DERIVED) if (facts[d.fact]?.derived) delete facts[d.fact];
  return withDerivedTiming(facts, history, '');
}

/** The change with the derived facts it moved (a growth that appeared or changed). */
export function withDerivedChanges(account: Pick<AccountRow, 'facts' | 'history'>, change: SinceLastVisit): { change: SinceLastVisit; before: Record<string, StoredFact> } {
  const before = factsBefore(account, change);
  const moved: FactChange[] = [];
  for (const d of DERIVED) {
    const now = account.facts[d.fact];
    const parsed = AnyFactValue.safeParse(now?.value);
    const old = AnyFactValue.safeParse(before[d.fact]?.value);
    if (!now?.derived || !parsed.success || (old.success && JSON.stringify(old.data) === JSON.stringify(parsed.data))) continue;
    moved.push({ fact: d.fact, before: old.success ? old.data : null, after: parsed.data, source: now.source });
  }
  return { change: moved.length ? { ...change, facts: [...change.facts, ...moved] } : change, before };
}
