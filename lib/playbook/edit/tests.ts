import { FACT_KINDS, OPERANDS, OPERATORS_BY_KIND, type FactKind, type Operator, type PlaybookFact } from '../facts';
import type { Json } from './draft';

/**
 * The fact → operator → operand pickers. They only offer valid combinations, and switching the
 * fact or the operator drops what no longer applies, so the draft never holds a stale operand
 * that would only show up as an error later.
 */
export type TestDraft = { [key: string]: Json };
export type OperandKey = (typeof OPERANDS)[Operator][number];
const OPERAND_KEYS: readonly OperandKey[] = ['values', 'value', 'min', 'max', 'days'];

export const isFact = (f: unknown): f is PlaybookFact => typeof f === 'string' && Object.hasOwn(FACT_KINDS, f);
export const isOperator = (o: unknown): o is Operator => typeof o === 'string' && Object.hasOwn(OPERANDS, o);

export function kindOf(fact: unknown): FactKind | undefined {
  return isFact(fact) ? FACT_KINDS[fact] : undefined;
}

/** The operators that make sense for a fact (none until a fact is chosen). */
export function operatorsFor(fact: unknown): readonly Operator[] {
  const kind = kindOf(fact);
  return kind ? OPERATORS_BY_KIND[kind] : [];
}

/** The operand fields the operator needs, in the order the form shows them. */
export function operandsFor(op: unknown): readonly OperandKey[] {
  return isOperator(op) ? OPERANDS[op] : [];
}

/** Pick a fact: keep the operator when it still applies (else the fact's first), drop stale operands. */
export function setFact(test: TestDraft, fact: PlaybookFact | undefined): TestDraft {
  if (!fact) return withoutTest(test);
  const ops = operatorsFor(fact);
  const is = isOperator(test.is) && ops.includes(test.is) ? test.is : ops[0]!;
  const sameKind = kindOf(test.fact) === kindOf(fact);
  // values typed for another kind (numbers vs words) rarely mean the same thing: start clean
  return keepOperands({ ...test, fact, is }, is, sameKind);
}

/** Pick an operator: keep the operands it shares with the previous one, drop the others. */
export function setOperator(test: TestDraft, is: Operator): TestDraft {
  return keepOperands({ ...test, is }, is, true);
}

/** A test without fact, operator or operands (a qualitative criterion has none). */
export function withoutTest(test: TestDraft): TestDraft {
  const out = { ...test };
  for (const k of ['fact', 'is', ...OPERAND_KEYS]) delete out[k];
  return out;
}

function keepOperands(test: TestDraft, is: Operator, keep: boolean): TestDraft {
  const needed = new Set<string>(OPERANDS[is]);
  const out = { ...test };
  for (const k of OPERAND_KEYS) if (!needed.has(k) || !keep) delete out[k];
  return out;
}

/** Sum of the criteria points of an ICP draft (non-numbers count as 0) and whether it is 100. */
export function pointsTotal(icp: Json | undefined): { total: number; is100: boolean } {
  const criteria = icp && typeof icp === 'object' && !Array.isArray(icp) && Array.isArray(icp.criteria) ? icp.criteria : [];
  const total = criteria.reduce<number>((sum, c) => {
    const p = c && typeof c === 'object' && !Array.isArray(c) ? c.points : undefined;
    return sum + (typeof p === 'number' && Number.isFinite(p) ? p : 0);
  }, 0);
  const rounded = Math.round(total * 1e6) / 1e6;
  return { total: rounded, is100: Math.abs(rounded - 100) < 1e-9 };
}
