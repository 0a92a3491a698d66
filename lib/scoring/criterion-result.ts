import type { Criterion } from '../playbook/schema';
import type { Resolved } from './derive';
import type { CriterionResult } from './result';

/**
 * The fields a result copies from a criterion, every one always present: criteria as parsed have
 * different sets of optional keys, and reading them through one fixed shape keeps scoring fast.
 */
export interface CriterionMeta {
  id: string;
  label: string;
  layer: Criterion['layer'];
  points: number;
  required: boolean;
  fact: Criterion['fact'];
  question: string | undefined;
  /** layer === 'signal', compared once here: a layer read from storage is a non-internalised string */
  signal: boolean;
  /**
   * The criterion's result when the account's value is unknown and the rep has not answered: the
   * same for every account, so made once at compile time and shared (frozen: results are read-only).
   */
  unknown: CriterionResult;
}

const MAX_EVIDENCE = 5;
const NO_EVIDENCE: never[] = [];
/** At most five pieces of evidence; the account's own list is shared, not copied (results are read-only). */
export const capped = <T>(list: T[]): T[] => (list.length <= MAX_EVIDENCE ? list : list.slice(0, MAX_EVIDENCE));

// One literal with a fixed shape: V8 keeps a single hidden class, which matters at 100k accounts/s.
// `answeredAt`: when the rep answered (epoch ms), shown as the result's observedAt.
export function criterionResult(
  c: Omit<CriterionMeta, 'unknown' | 'signal'>,
  state: CriterionResult['state'],
  credit: number,
  p?: Resolved,
  answered?: boolean,
  stale?: boolean,
  answeredAt?: number,
): CriterionResult {
  return {
    id: c.id,
    label: c.label,
    layer: c.layer,
    points: c.points,
    required: c.required,
    state,
    credit,
    earned: c.points * credit,
    fact: c.fact,
    value: p?.value,
    source: answered === undefined ? p?.source : 'rep',
    evidence: p ? capped(p.evidence) : NO_EVIDENCE,
    question: c.question,
    answered,
    stale,
    observedAt: answered === undefined ? p?.observedAt : answeredAt,
  };
}

/**
 * criterionResult(c, state, credit, p) for a value read from the account's facts, the common case:
 * the same fields in the same order, with exactly as many parameters as arguments (the general
 * function takes seven and is mostly called with four).
 */
export function factResult(c: CriterionMeta, state: CriterionResult['state'], credit: number, p: Resolved): CriterionResult {
  return {
    id: c.id,
    label: c.label,
    layer: c.layer,
    points: c.points,
    required: c.required,
    state,
    credit,
    earned: c.points * credit,
    fact: c.fact,
    value: p.value,
    source: p.source,
    evidence: capped(p.evidence),
    question: c.question,
    answered: undefined,
    stale: undefined,
    observedAt: p.observedAt,
  };
}

/** A criterion's fixed fields plus its shared "unknown" result. */
export function criterionMeta(c: Criterion): CriterionMeta {
  const meta = { id: c.id, label: c.label, layer: c.layer, points: c.points, required: c.required ?? false, fact: c.fact, question: c.question };
  return { ...meta, signal: c.layer === 'signal', unknown: Object.freeze(criterionResult(meta, 'unknown', 0)) };
}
