import { fundingStageRank } from '../facts/funding';
import { FACT_KINDS, PLAYBOOK_FACTS, type FactKind, type Operator, type PlaybookFact } from '../playbook/facts';
import type { Criterion, Disqualifier, Icp, MaxAgeDays, Playbook, Segment } from '../playbook/schema';
import { criterionMeta, type CriterionMeta } from './criterion-result';
import { normaliseCategory, wordPattern } from './normalise';
import { compilePersonas, type CompiledPersona } from './persona';
import { icpPlans, type IcpPlans, type PlaceholderIds } from './plans';

export type { CriterionMeta } from './criterion-result';

/**
 * Operators and fact kinds as small integers: evaluate() branches on these, not on the strings. A
 * playbook read back from storage has non-internalised strings, and comparing those is a call each.
 */
export const OP = { in: 0, 'not-in': 1, between: 2, 'at-least': 3, 'at-most': 4, above: 5, below: 6, any: 7, all: 8, matches: 9, 'within-days': 10, present: 11, absent: 12 } as const satisfies Record<Operator, number>;
export const KIND = { number: 0, category: 1, stage: 2, date: 3, list: 4, text: 5 } as const satisfies Record<FactKind, number>;

/** A playbook test, prepared once so scoring an account is only lookups and comparisons. */
export interface CompiledTest {
  fact: PlaybookFact;
  /** position of `fact` in PLAYBOOK_FACTS: the per-account cache is an array, not a map */
  slot: number;
  kind: FactKind;
  op: Operator;
  /** OP[op] and KIND[kind] */
  opCode: number;
  kindCode: number;
  /** normalised `values` for in / not-in / any / all */
  set: Set<string>;
  /** the same, as a list: a few values are found faster by comparing than by hashing (evaluate.ts) */
  few: string[] | null;
  /** numeric `values` for in / not-in on number facts */
  numbers: number[];
  /** the interval for between / at-least / at-most / above / below (funding stages: their ranks) */
  lo: number;
  hi: number;
  strictLo: boolean;
  strictHi: boolean;
  days: number;
  /** a fact read longer ago than this counts as unknown (criteria only; Infinity elsewhere) */
  maxAgeMs: number;
  /** whole-word, case-insensitive pattern for `matches` (values escaped: a playbook is untrusted) */
  pattern: RegExp | null;
  /** pattern.test by text: job titles and keywords repeat across accounts, and the regex is the costly part (compile.ts) */
  hits: Map<string, boolean> | null;
}

/** An ICP with its tests side by side, and what does not depend on the account worked out once. */
export interface CompiledIcp {
  icp: Icp;
  /** maxAgeMs: a rep's answer given longer ago than this counts as unknown, like a fact (Infinity: no limit) */
  /** cappedBy: the ICP result's reason when this required criterion is missed */
  criteria: { c: CriterionMeta; test: CompiledTest | null; question: string; maxAgeMs: number; cappedBy: string }[];
  /** criterion indexes, heaviest first: the order discovery questions are asked in */
  byPoints: number[];
  disqualifiers: { d: Disqualifier; test: CompiledTest | null }[];
  segments: { s: Segment; test: CompiledTest | null }[];
  /** talking points and questions, per persona (plans.ts) */
  plans: IcpPlans;
}

export interface CompiledPlaybook {
  readonly playbook: Playbook;
  readonly icps: CompiledIcp[];
  /** criterion / disqualifier / segment object → its compiled test */
  readonly tests: WeakMap<object, CompiledTest>;
  readonly personas: CompiledPersona[];
  /** a person's title → the persona it picks (index.ts), remembered per playbook */
  readonly personaByTitle: Map<string, { compiled: CompiledPersona; matchedBy?: string } | null>;
}

type Test = Pick<Criterion, 'fact' | 'is' | 'values' | 'value' | 'min' | 'max' | 'days'>;

function bound(kind: FactKind, v: string | number | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (kind === 'stage') return typeof v === 'string' ? (fundingStageRank(v) ?? NaN) : NaN;
  return typeof v === 'number' ? v : NaN;
}

export function compileTest(t: Test): CompiledTest | null {
  if (!t.fact || !t.is) return null;
  const kind = FACT_KINDS[t.fact];
  const values = t.values ?? [];
  const strings = values.filter((v): v is string => typeof v === 'string');
  const v = bound(kind, t.value, NaN);
  const set = new Set(strings.map((s) => normaliseCategory(t.fact!, s)));
  const [lo, hi, strictLo, strictHi] = (
    {
      between: [bound(kind, t.min, -Infinity), bound(kind, t.max, Infinity), false, false],
      'at-least': [v, Infinity, false, false],
      'at-most': [-Infinity, v, false, false],
      above: [v, Infinity, true, false],
      below: [-Infinity, v, false, true],
    } as Partial<Record<Operator, [number, number, boolean, boolean]>>
  )[t.is] ?? [-Infinity, Infinity, false, false];
  return {
    fact: t.fact,
    slot: PLAYBOOK_FACTS.indexOf(t.fact),
    kind,
    op: t.is,
    opCode: OP[t.is],
    kindCode: KIND[kind],
    set,
    few: set.size <= 8 ? [...set] : null,
    numbers: values.filter((x): x is number => typeof x === 'number'),
    lo,
    hi,
    strictLo,
    strictHi,
    days: t.days ?? 0,
    maxAgeMs: Infinity,
    pattern: t.is === 'matches' ? wordPattern(strings) : null,
    hits: t.is === 'matches' ? new Map() : null,
  };
}

/** Prepare a validated playbook once per version: tests, regexes, question order, persona patterns. */
export function compilePlaybook(playbook: Playbook): CompiledPlaybook {
  const tests = new WeakMap<object, CompiledTest>();
  const compiled = <T extends object>(item: T) => {
    const c = compileTest(item);
    if (c) tests.set(item, c);
    return c;
  };
  const personas = compilePersonas(playbook.personas);
  const placeholderIds: PlaceholderIds = new Map();
  const icps = playbook.icps.map((icp): CompiledIcp => {
    const criteria = icp.criteria.map((c) => {
      const maxAgeMs = maxAgeMsOf(c, playbook);
      const test = c.layer === 'qualitative' ? null : compiled(c);
      if (test) test.maxAgeMs = maxAgeMs;
      return { c: criterionMeta(c), test, question: c.question ?? generatedQuestion(c.label), maxAgeMs, cappedBy: `Required criterion missed: ${c.label}` };
    });
    const byPoints = criteria.map((_, i) => i).sort((a, b) => criteria[b]!.c.points - criteria[a]!.c.points || a - b);
    const disqualifiers = icp.disqualifiers.map((d) => ({ d, test: compiled(d) }));
    const segments = icp.segments.map((s) => ({ s, test: compiled(s) }));
    return { icp, criteria, byPoints, disqualifiers, segments, plans: icpPlans(criteria, byPoints, personas, placeholderIds) };
  });
  return { playbook, icps, tests, personas, personaByTitle: new Map() };
}

/** Issue 20: the defaults when a playbook sets no maximum age for a layer (technographic: none). */
export const DEFAULT_MAX_AGE_DAYS: MaxAgeDays = { firmographic: 365, signal: 90 };
const DAY_MS = 86_400_000;

/** A criterion's own maximum age, else its layer's (qualitative: only its own, for the rep's answers). */
function maxAgeMsOf(c: Criterion, playbook: Playbook): number {
  const days = c.layer === 'qualitative' ? c.maxAgeDays : (c.maxAgeDays ?? playbook.maxAgeDays?.[c.layer] ?? DEFAULT_MAX_AGE_DAYS[c.layer]);
  return days === undefined ? Infinity : days * DAY_MS;
}

/** "Hiring SDRs or AEs" → "Can you confirm: hiring SDRs or AEs?"; acronyms keep their case. */
export function generatedQuestion(label: string): string {
  const text = /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  return `Can you confirm: ${text.replace(/[.?!]+$/, '')}?`;
}
