import type { CompiledTest } from './compile';
import { resolveFact, type ScoringFacts } from './derive';
import { prepare, type Prepared } from './evaluate';

/** A rep's answer to a criterion, by criterion id; null or missing = not answered. */
export type Answers = Record<string, boolean | null | undefined>;

/** Everything one account's scoring shares across ICPs: each fact is resolved once, not per test. */
export interface Context {
  facts: ScoringFacts;
  answers: Answers;
  todayMs: number;
  todayYear: number;
  tests: WeakMap<object, CompiledTest>;
  /** by CompiledTest.slot; undefined = not looked at yet, null = unknown */
  prepared: (Prepared | null | undefined)[];
  placeholders: Map<string, string | null>;
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
