import { normaliseCompanyType } from '../facts/company-type';
import { fundingStageRank, normaliseFundingStage } from '../facts/funding';
import { isKnownIndustryOrGroup } from '../facts/industry';
import { countryCode, REGIONS } from '../facts/location';
import { FACT_KINDS, OPERANDS, OPERATORS_BY_KIND, type FactKind, type Operator, type PlaybookFact } from './facts';
import type { Criterion } from './schema';

export interface Problem {
  path: string;
  message: string;
}
export type Test = Pick<Criterion, 'fact' | 'is' | 'values' | 'value' | 'min' | 'max' | 'days'>;
export const OPERAND_KEYS = ['values', 'value', 'min', 'max', 'days'] as const;
const ORDERED: readonly Operator[] = ['between', 'at-least', 'at-most', 'above', 'below'];

interface Sink {
  errors: Problem[];
  warnings: Problem[];
}

/**
 * One inline test: the operator suits the fact, exactly the operands it needs are given, each
 * operand has the fact's type and is a value the normalisers know (a typo in a country or stage
 * would otherwise be a criterion that silently never matches).
 */
export function checkTest(t: Test, at: string, out: Sink): void {
  if (t.fact === undefined) return void out.errors.push({ path: `${at}.fact`, message: 'required: the fact to test' });
  if (t.is === undefined) return void out.errors.push({ path: `${at}.is`, message: 'required: the operator' });
  const kind = FACT_KINDS[t.fact];
  if (!OPERATORS_BY_KIND[kind].includes(t.is)) {
    return void out.errors.push({ path: `${at}.is`, message: `"${t.is}" does not apply to ${t.fact}; use one of ${OPERATORS_BY_KIND[kind].join(', ')}` });
  }
  const needed = OPERANDS[t.is];
  for (const k of OPERAND_KEYS) {
    if (needed.includes(k) && t[k] === undefined) out.errors.push({ path: `${at}.${k}`, message: `required by "${t.is}"` });
    if (!needed.includes(k) && t[k] !== undefined) out.errors.push({ path: `${at}.${k}`, message: `not used by "${t.is}" (it takes ${needed.join(', ') || 'nothing'})` });
  }
  const operands: [string, string | number][] = [
    ...(t.values ?? []).map((v, i) => [`${at}.values[${i}]`, v] as [string, string | number]),
    ...(['value', 'min', 'max'] as const).flatMap((k) => (t[k] === undefined ? [] : [[`${at}.${k}`, t[k]] as [string, string | number]])),
  ];
  for (const [path, v] of operands) checkOperand(t.fact, kind, t.is, v, path, out);
  checkOrder(t, kind, at, out);
}

function checkOperand(fact: PlaybookFact, kind: FactKind, op: Operator, v: string | number, path: string, out: Sink): void {
  if (kind === 'number') {
    if (typeof v !== 'number') out.errors.push({ path, message: `${fact} is a number: write ${JSON.stringify(v)} without quotes, digits only` });
    return;
  }
  if (typeof v !== 'string') return void out.errors.push({ path, message: `${fact} takes text values: write "${v}" in quotes` });
  if (op === 'matches') return;
  if (fact === 'hqCountry' && !countryCode(v)) out.errors.push({ path, message: `"${v}" is not a country we know (use a name or ISO code such as "US", "DE")` });
  if (fact === 'hqRegion' && !(REGIONS as readonly string[]).includes(v)) out.errors.push({ path, message: `"${v}" is not a region; use one of ${REGIONS.join(', ')}` });
  if (kind === 'stage') checkStage(v, op, path, out);
  if (fact === 'companyType' && !normaliseCompanyType(v)) out.warnings.push({ path, message: `"${v}" is not a company type we know (e.g. "Privately Held", "Public Company", "Nonprofit"): it will only match that exact text` });
  if (fact === 'industry' && !isKnownIndustryOrGroup(v)) out.warnings.push({ path, message: `"${v}" is not a LinkedIn industry or group we know: it will only match that exact text` });
}

function checkStage(v: string, op: Operator, path: string, out: Sink): void {
  const stage = normaliseFundingStage(v);
  if (!stage) return void out.errors.push({ path, message: `"${v}" is not a funding stage (e.g. "seed", "series-a", "series-b", "private-equity", "public")` });
  if (ORDERED.includes(op) && fundingStageRank(stage) === null) out.errors.push({ path, message: `"${v}" has no place on the funding scale, so "${op}" cannot compare it; use "in" instead` });
}

function checkOrder(t: Test, kind: FactKind, at: string, out: Sink): void {
  if (t.min === undefined || t.max === undefined) return;
  const rank = (x: string | number) => (kind === 'stage' && typeof x === 'string' ? fundingStageRank(x) : typeof x === 'number' ? x : null);
  const lo = rank(t.min);
  const hi = rank(t.max);
  if (lo !== null && hi !== null && hi < lo) out.errors.push({ path: `${at}.max`, message: `must be ≥ min (${t.min})` });
}
