import type { CompiledTest } from './compile';
import { resolveFact, type ScoringFacts } from './derive';
import { prepare, type Prepared } from './evaluate';

/** A rep's answer to a criterion, by criterion id; null or missing = not answered. */
export type Answers = Record<string, boolean | null | undefined>;

/** Everything one account's scoring shares across ICPs: each fact is resolved once, not per test. */
export interface Context {
  facts: ScoringFacts;
  /** the rep's yes/no answers, or null when there are none (the common case: no lookups at all) */
  answers: Map<string, boolean> | null;
  todayMs: number;
  todayYear: number;
  tests: WeakMap<object, CompiledTest>;
  /** by CompiledTest.slot; undefined = not looked at yet, null = unknown */
  prepared: (Prepared | null | undefined)[];
  /** placeholder texts for talking points, made on first use (most accounts render none) */
  placeholders: Map<string, string | null> | null;
}

/** The account's value for a test's fact, resolved and prepared on first use. */
export function prepared(ctx: Context, test: CompiledTest): Prepared | null {
  let p = ctx.prepared[test.slot];
  if (p === undefined) {
    const r = resolveFact(ctx.facts, test.fact, ctx.todayYear);
    p = ctx.prepared[test.slot] = r && prepare(test.fact, test.kind, r);
  }
  return p;
}

/** Own, boolean answers only: an id such as "constructor" is never answered by inheritance. */
export function answerMap(answers: Answers | undefined): Map<string, boolean> | null {
  if (!answers) return null;
  let map: Map<string, boolean> | null = null;
  for (const id of Object.keys(answers)) {
    const v = answers[id];
    if (typeof v === 'boolean') (map ??= new Map()).set(id, v);
  }
  return map;
}
