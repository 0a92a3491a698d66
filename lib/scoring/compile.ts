import { normaliseCompanyType } from '../facts/company-type';
import { fundingStageRank, normaliseFundingStage } from '../facts/funding';
import { industryKey, normaliseIndustry } from '../facts/industry';
import { countryCode } from '../facts/location';
import { FACT_KINDS, type FactKind, type Operator, type PlaybookFact } from '../playbook/facts';
import type { Criterion, Playbook } from '../playbook/schema';
import { compilePersonas, type CompiledPersona } from './persona';

/** A playbook test, prepared once so scoring an account is only lookups and comparisons. */
export interface CompiledTest {
  fact: PlaybookFact;
  kind: FactKind;
  op: Operator;
  /** normalised `values` for in / not-in / any / all */
  set: Set<string>;
  /** numeric `values` for in / not-in on number facts */
  numbers: number[];
  /** the interval for between / at-least / at-most / above / below (funding stages: their ranks) */
  lo: number;
  hi: number;
  strictLo: boolean;
  strictHi: boolean;
  days: number;
  /** whole-word, case-insensitive pattern for `matches` (values escaped: a playbook is untrusted) */
  pattern: RegExp | null;
}

export interface CompiledPlaybook {
  readonly playbook: Playbook;
  /** criterion / disqualifier / segment object → its compiled test */
  readonly tests: WeakMap<object, CompiledTest>;
  readonly personas: CompiledPersona[];
}

/** Text folded for equality: accents, case and punctuation do not matter. */
export const fold = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ').replace(/[^\p{L}\p{N}+#]+/gu, ' ').trim();

/**
 * One category value → the key both sides are compared by, using the lib/facts normalisers
 * ("Computer Software" and "software development" → "Software Development"; "Germany" → "DE";
 * "Series B" → "series-b"). Text a normaliser does not know compares by its folded form.
 */
export function normaliseCategory(fact: PlaybookFact, text: string): string {
  switch (fact) {
    case 'industry':
      return normaliseIndustry(text) ?? `?${industryKey(text)}`;
    case 'hqCountry':
      return countryCode(text) ?? `?${fold(text)}`;
    case 'companyType':
      return normaliseCompanyType(text) ?? `?${fold(text)}`;
    case 'fundingStage':
      return normaliseFundingStage(text) ?? `?${fold(text)}`;
    default:
      return fold(text);
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word, case-insensitive "any of these phrases"; letters and digits around a hit break it. */
export function wordPattern(values: string[]): RegExp | null {
  const words = values.map((s) => s.trim()).filter(Boolean);
  if (!words.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
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
    kind,
    op: t.is,
    set: new Set(strings.map((s) => normaliseCategory(t.fact!, s))),
    numbers: values.filter((x): x is number => typeof x === 'number'),
    lo,
    hi,
    strictLo,
    strictHi,
    days: t.days ?? 0,
    pattern: t.is === 'matches' ? wordPattern(strings) : null,
  };
}

/** Prepare a validated playbook once per version: tests, regexes, persona title patterns. */
export function compilePlaybook(playbook: Playbook): CompiledPlaybook {
  const tests = new WeakMap<object, CompiledTest>();
  for (const icp of playbook.icps) {
    for (const item of [...icp.criteria, ...icp.disqualifiers, ...icp.segments]) {
      const c = compileTest(item);
      if (c) tests.set(item, c);
    }
  }
  return { playbook, tests, personas: compilePersonas(playbook.personas) };
}
