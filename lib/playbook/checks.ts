import { countryCode, REGIONS } from '../facts/location';
import { FUNDING_STAGES } from '../facts/funding';
import { isKnownIndustryOrGroup } from '../facts/industry';
import { FACT_KINDS, OPERANDS, OPERATORS_BY_KIND, type Operator, type PlaybookFact } from './facts';
import type { Criterion, Playbook } from './schema';
import { PLACEHOLDER_NAMES } from './placeholders';

export interface Problem {
  path: string;
  message: string;
}

type Test = Pick<Criterion, 'fact' | 'is' | 'values' | 'value' | 'min' | 'max' | 'days'>;
const OPERAND_KEYS = ['values', 'value', 'min', 'max', 'days'] as const;

/** Checks zod cannot express: operator/fact fit, operands, references, order, duplicates. */
export function crossCheck(p: Playbook): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  dupes(p.icps.map((i) => i.id), 'icps', errors);
  dupes(p.personas.map((i) => i.id), 'personas', errors);
  const criterionIds = new Set<string>();
  const segmentIds = new Set<string>();
  p.icps.forEach((icp, i) => {
    const at = `icps[${i}]`;
    dupes(icp.criteria.map((c) => c.id), `${at}.criteria`, errors);
    dupes(icp.disqualifiers.map((c) => c.id), `${at}.disqualifiers`, errors);
    dupes(icp.segments.map((c) => c.id), `${at}.segments`, errors);
    icp.criteria.forEach((c, j) => {
      criterionIds.add(c.id);
      if (c.layer === 'qualitative') {
        for (const k of ['fact', 'is', ...OPERAND_KEYS] as const) if (c[k] !== undefined) errors.push({ path: `${at}.criteria[${j}].${k}`, message: 'a qualitative criterion has no fact test: the rep answers it' });
      } else checkTest(c, `${at}.criteria[${j}]`, errors, warnings);
    });
    icp.disqualifiers.forEach((d, j) => checkTest(d, `${at}.disqualifiers[${j}]`, errors, warnings));
    icp.segments.forEach((s, j) => {
      segmentIds.add(s.id);
      checkTest(s, `${at}.segments[${j}]`, errors, warnings);
    });
    checkTiers(icp.tiers, `${at}.tiers`, errors);
  });
  p.personas.forEach((persona, i) =>
    persona.talkingPoints.forEach((tp, j) => {
      const at = `personas[${i}].talkingPoints[${j}]`;
      for (const id of tp.if === undefined ? [] : Array.isArray(tp.if) ? tp.if : [tp.if]) {
        if (!criterionIds.has(id)) errors.push({ path: `${at}.if`, message: `names criterion "${id}", which no ICP has` });
      }
      if (tp.segment !== undefined && !segmentIds.has(tp.segment)) errors.push({ path: `${at}.segment`, message: `names segment "${tp.segment}", which no ICP has` });
      for (const m of tp.text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
        if (!PLACEHOLDER_NAMES.has(m[1]!)) errors.push({ path: `${at}.text`, message: `unknown placeholder {{${m[1]}}}` });
      }
    }),
  );
  return { errors, warnings };
}

function dupes(ids: string[], path: string, errors: Problem[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) errors.push({ path: `${path}[${i}].id`, message: `duplicate id "${id}"` });
    seen.add(id);
  });
}

function checkTiers(tiers: Playbook['icps'][number]['tiers'], at: string, errors: Problem[]): void {
  tiers.forEach((t, i) => {
    const prev = tiers[i - 1];
    if (prev && t.min >= prev.min) errors.push({ path: `${at}[${i}].min`, message: `tiers must be listed from the highest min down: ${t.min} is not below ${prev.min}` });
    if (t.name.toUpperCase() === 'DQ') errors.push({ path: `${at}[${i}].name`, message: '"DQ" is reserved for disqualified accounts' });
  });
  const last = tiers[tiers.length - 1];
  if (last && last.min !== 0) errors.push({ path: `${at}[${tiers.length - 1}].min`, message: 'the last tier must have min 0, so every score has a tier' });
  const names = tiers.map((t) => t.name);
  if (new Set(names).size !== names.length) errors.push({ path: at, message: 'tier names must be different' });
}

function checkTest(t: Test, at: string, errors: Problem[], warnings: Problem[]): void {
  if (t.fact === undefined) return void errors.push({ path: `${at}.fact`, message: 'required: the fact to test' });
  if (t.is === undefined) return void errors.push({ path: `${at}.is`, message: 'required: the operator' });
  const kind = FACT_KINDS[t.fact];
  if (!OPERATORS_BY_KIND[kind].includes(t.is)) {
    return void errors.push({ path: `${at}.is`, message: `"${t.is}" does not apply to ${t.fact}; use one of ${OPERATORS_BY_KIND[kind].join(', ')}` });
  }
  const needed = OPERANDS[t.is];
  for (const k of OPERAND_KEYS) {
    if (needed.includes(k) && t[k] === undefined) errors.push({ path: `${at}.${k}`, message: `required by "${t.is}"` });
    if (!needed.includes(k) && t[k] !== undefined) errors.push({ path: `${at}.${k}`, message: `not used by "${t.is}" (it takes ${needed.join(', ') || 'nothing'})` });
  }
  if (t.min !== undefined && t.max !== undefined && t.max < t.min) errors.push({ path: `${at}.max`, message: `must be ≥ min (${t.min})` });
  checkValues(t.fact, t.is, t, at, errors, warnings);
}

function checkValues(fact: PlaybookFact, op: Operator, t: Test, at: string, errors: Problem[], warnings: Problem[]): void {
  const kind = FACT_KINDS[fact];
  const operands: [string, unknown][] = [...(t.values ?? []).map((v, i) => [`${at}.values[${i}]`, v] as [string, unknown]), ...(t.value !== undefined ? [[`${at}.value`, t.value] as [string, unknown]] : [])];
  for (const [path, v] of operands) {
    if (kind === 'number' && typeof v !== 'number') errors.push({ path, message: `${fact} is a number: write ${JSON.stringify(v)} without quotes` });
    if (kind !== 'number' && typeof v !== 'string') errors.push({ path, message: `${fact} takes text values` });
    if (typeof v !== 'string') continue;
    if (fact === 'hqCountry' && op !== 'matches' && !countryCode(v)) errors.push({ path, message: `"${v}" is not a country we know (use a name or ISO code such as "US", "DE")` });
    if (fact === 'hqRegion' && op !== 'matches' && !(REGIONS as readonly string[]).includes(v)) errors.push({ path, message: `"${v}" is not a region; use one of ${REGIONS.join(', ')}` });
    if (kind === 'stage' && !(FUNDING_STAGES as readonly string[]).includes(v)) errors.push({ path, message: `"${v}" is not a funding stage; use one of ${FUNDING_STAGES.join(', ')}` });
    if (fact === 'industry' && op !== 'matches' && !isKnownIndustryOrGroup(v)) warnings.push({ path, message: `"${v}" is not a LinkedIn industry or group we know: it will only match that exact text` });
  }
}
