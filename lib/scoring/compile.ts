import { countryCode } from '../facts/location';
import { normaliseFundingStage, fundingStageRank } from '../facts/funding';
import { normaliseCompanyType } from '../facts/company-type';
import { normaliseIndustry } from '../facts/industry';
import { FACT_KINDS, type FactKind, type Operator, type PlaybookFact } from '../playbook/facts';
import type { Criterion, Playbook } from '../playbook/schema';

/** A playbook test, prepared once so scoring an account is only lookups and comparisons. */
export interface CompiledTest {
  fact: PlaybookFact;
  kind: FactKind;
  op: Operator;
  /** normalised `values` (strings) for in/not-in/any/all */
  set: Set<string>;
  numbers: number[];
  /** inclusive numeric interval for between/at-least/at-most/above/below */
  lo: number;
  hi: number;
  strictLo: boolean;
  strictHi: boolean;
  /** funding stage rank for at-least/at-most on fundingStage */
  rank: number | null;
  days: number;
  /** whole-word, case-insensitive pattern for `matches` (values escaped: they are untrusted) */
  pattern: RegExp | null;
  valueCount: number;
}

export type CompiledPlaybook = Playbook & { readonly compiled: true; tests: WeakMap<object, CompiledTest> };

/** Normalise one category value for equality, per fact. */
export function normaliseCategory(fact: PlaybookFact, text: string): string {
  switch (fact) {
    case 'industry':
      return normaliseIndustry(text) ?? fold(text);
    case 'hqCountry':
      return countryCode(text) ?? fold(text);
    case 'companyType':
      return normaliseCompanyType(text) ?? fold(text);
    case 'fundingStage':
      return normaliseFundingStage(text) ?? fold(text);
    default:
      return fold(text);
  }
}

export const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileTest(t: Pick<Criterion, 'fact' | 'is' | 'values' | 'value' | 'min' | 'max' | 'days'>): CompiledTest | null {
  if (!t.fact || !t.is) return null;
  const kind = FACT_KINDS[t.fact];
  const values = t.values ?? [];
  const strings = values.filter((v): v is string => typeof v === 'string');
  const v = typeof t.value === 'number' ? t.value : NaN;
  const interval = {
    between: [t.min ?? -Infinity, t.max ?? Infinity, false, false],
    'at-least': [v, Infinity, false, false],
    'at-most': [-Infinity, v, false, false],
    above: [v, Infinity, true, false],
    below: [-Infinity, v, false, true],
  }[t.is as 'between'] ?? [-Infinity, Infinity, false, false];
  return {
    fact: t.fact,
    kind,
    op: t.is,
    set: new Set(kind === 'list' ? strings.map(fold) : strings.map((s) => normaliseCategory(t.fact!, s))),
    numbers: values.filter((x): x is number => typeof x === 'number'),
    lo: interval[0] as number,
    hi: interval[1] as number,
    strictLo: interval[2] as boolean,
    strictHi: interval[3] as boolean,
    rank: kind === 'stage' && typeof t.value === 'string' ? fundingStageRank(normaliseFundingStage(t.value) ?? t.value) : null,
    days: t.days ?? 0,
    pattern: t.is === 'matches' && strings.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${strings.map((s) => escape(s.trim())).join('|')})(?![\\p{L}\\p{N}])`, 'iu') : null,
    valueCount: values.length,
  };
}

/** Prepare every test of a playbook once. */
export function compilePlaybook(playbook: Playbook): CompiledPlaybook {
  const tests = new WeakMap<object, CompiledTest>();
  for (const icp of playbook.icps) {
    for (const item of [...icp.criteria, ...icp.disqualifiers, ...icp.segments]) {
      const c = compileTest(item);
      if (c) tests.set(item, c);
    }
  }
  return Object.assign(Object.create(null) as object, playbook, { compiled: true as const, tests });
}
