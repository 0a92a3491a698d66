import { FACT_KINDS, PLAYBOOK_FACTS } from '../playbook/facts';
import type { CompiledTest } from './compile';
import { RESOLVER_AT, type ScoringFacts } from './derive';
import { prepare, type Prepared } from './forms';

/** A rep's answer with the time it was given (epoch ms): older than the criterion's maximum age → unknown. */
export interface DatedAnswer {
  value: boolean;
  answeredAt?: number;
}

/** A rep's answer to a criterion, by criterion id; null or missing = not answered; a bare boolean is never stale. */
export type Answers = Record<string, boolean | DatedAnswer | null | undefined>;

/** Everything one account's scoring shares across ICPs: each fact is resolved once, not per test. */
export interface Context {
  facts: ScoringFacts;
  /** the rep's yes/no answers, or null when there are none (the common case: no lookups at all) */
  answers: Map<string, boolean | DatedAnswer> | null;
  todayMs: number;
  todayYear: number;
  tests: WeakMap<object, CompiledTest>;
  /** by CompiledTest.slot; undefined = not looked at yet, null = unknown */
  prepared: (Prepared | null | undefined)[];
  /** placeholder texts for talking points by plans.ts's ids, made on first use (most accounts render none) */
  placeholders: (string | null | undefined)[] | null;
}

/** The account's value for a test's fact, resolved and prepared on first use. */
export function prepared(ctx: Context, test: CompiledTest): Prepared | null {
  const p = ctx.prepared[test.slot];
  return p === undefined ? preparedAt(ctx, test.slot) : p;
}

const KIND_AT = PLAYBOOK_FACTS.map((f) => FACT_KINDS[f]);

/** The account's value for the fact at `slot` (PLAYBOOK_FACTS order), resolved and prepared on first use. */
export function preparedAt(ctx: Context, slot: number): Prepared | null {
  let p = ctx.prepared[slot];
  if (p === undefined) {
    const r = RESOLVER_AT[slot]!(ctx.facts, ctx.todayYear);
    p = ctx.prepared[slot] = r && prepare(PLAYBOOK_FACTS[slot]!, KIND_AT[slot]!, r);
  }
  return p;
}

/**
 * Own, boolean answers only: an id such as "constructor" is never answered by inheritance. A dated
 * answer (an AnswerRow passes as one, no copy) keeps its date only when it is a finite number.
 */
export function answerMap(answers: Answers | undefined): Map<string, boolean | DatedAnswer> | null {
  if (!answers) return null;
  let map: Map<string, boolean | DatedAnswer> | null = null;
  for (const id of Object.keys(answers)) {
    const v = answers[id];
    if (typeof v === 'boolean') (map ??= new Map()).set(id, v);
    else if (v && typeof v === 'object' && typeof v.value === 'boolean') (map ??= new Map()).set(id, Number.isFinite(v.answeredAt) ? v : v.value);
  }
  return map;
}
