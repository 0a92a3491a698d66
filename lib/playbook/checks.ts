import { z } from 'zod';
import { Layer, Persona, testShape, type Tier } from './schema';
import { PLACEHOLDER_NAMES } from './placeholders';
import { checkTest, OPERAND_KEYS, type Problem, type Test } from './test-checks';

export type { Problem };

// The checks run on a valid playbook, and also on what can be salvaged from an invalid one (each
// item parsed on its own, null when it is itself invalid), so a manager sees every problem at once.
type Item<T> = T | null;
type Checkable = Test & { id?: string; layer?: Layer; points?: number };
export interface CheckIcp {
  criteria: Item<Checkable>[];
  disqualifiers: Item<Checkable>[];
  segments: Item<Checkable>[];
  tiers: Item<Pick<Tier, 'min'> & { name?: string }>[];
}
export interface CheckInput {
  icps: Item<CheckIcp & { id: unknown }>[];
  personas: Item<Persona>[];
}

/** Checks zod cannot express: operator/fact fit, operands, references, tier order, duplicate ids. */
export function crossCheck(p: CheckInput): { errors: Problem[]; warnings: Problem[] } {
  const out = { errors: [] as Problem[], warnings: [] as Problem[] };
  dupes(p.icps.map((i) => i?.id), 'icps', out.errors);
  dupes(p.personas.map((i) => i?.id), 'personas', out.errors);
  const criterionIds = new Set<string>();
  const segmentIds = new Set<string>();
  p.icps.forEach((icp, i) => {
    if (!icp) return;
    checkIcp(icp, `icps[${i}]`, out);
    for (const c of icp.criteria) if (c?.id) criterionIds.add(c.id);
    for (const s of icp.segments) if (s?.id) segmentIds.add(s.id);
  });
  p.personas.forEach((persona, i) =>
    persona?.talkingPoints.forEach((tp, j) => {
      const at = `personas[${i}].talkingPoints[${j}]`;
      const ifs = tp.if === undefined ? [] : Array.isArray(tp.if) ? tp.if : [tp.if];
      ifs.forEach((id) => {
        if (!criterionIds.has(id)) out.errors.push({ path: `${at}.if`, message: `names criterion "${id}", which no ICP has` });
      });
      if (tp.segment !== undefined && !segmentIds.has(tp.segment)) out.errors.push({ path: `${at}.segment`, message: `names segment "${tp.segment}", which no ICP has` });
      for (const m of tp.text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
        if (!PLACEHOLDER_NAMES.has(m[1]!)) out.errors.push({ path: `${at}.text`, message: `unknown placeholder {{${m[1]}}}; use a fact name such as {{employees}} or {{name}}` });
      }
    }),
  );
  return out;
}

function checkIcp(icp: CheckIcp, at: string, out: { errors: Problem[]; warnings: Problem[] }): void {
  dupes(icp.criteria.map((c) => c?.id), `${at}.criteria`, out.errors);
  dupes(icp.disqualifiers.map((c) => c?.id), `${at}.disqualifiers`, out.errors);
  dupes(icp.segments.map((c) => c?.id), `${at}.segments`, out.errors);
  icp.criteria.forEach((c, j) => {
    if (!c || (c.layer === undefined && c.fact === undefined)) return; // zod already said what is missing
    if (c.layer !== 'qualitative') return checkTest(c, `${at}.criteria[${j}]`, out);
    for (const k of ['fact', 'is', ...OPERAND_KEYS] as const) {
      if (c[k] !== undefined) out.errors.push({ path: `${at}.criteria[${j}].${k}`, message: 'a qualitative criterion has no fact test: the rep answers it' });
    }
  });
  icp.disqualifiers.forEach((d, j) => d && checkTest(d, `${at}.disqualifiers[${j}]`, out));
  icp.segments.forEach((s, j) => s && checkTest(s, `${at}.segments[${j}]`, out));
  checkTiers(icp.tiers, `${at}.tiers`, out.errors);
  const total = icp.criteria.reduce((sum, c) => sum + (c?.points ?? NaN), 0);
  if (Number.isFinite(total) && Math.abs(total - 100) > 1e-9) out.warnings.push({ path: `${at}.criteria`, message: `points add up to ${total}, not 100 (scores are still percentages)` });
}

function dupes(ids: unknown[], path: string, errors: Problem[]): void {
  const seen = new Set<unknown>();
  ids.forEach((id, i) => {
    if (typeof id !== 'string') return;
    if (seen.has(id)) errors.push({ path: `${path}[${i}].id`, message: `duplicate id "${id}"` });
    seen.add(id);
  });
}

function checkTiers(tiers: CheckIcp['tiers'], at: string, errors: Problem[]): void {
  const names = new Set<string>();
  let ordered = true;
  tiers.forEach((t, i) => {
    const prev = tiers[i - 1];
    if (!t) return;
    if (prev && t.min >= prev.min) {
      ordered = false;
      errors.push({ path: `${at}[${i}].min`, message: `tiers must be listed from the highest min down: ${t.min} is not below ${prev.min}` });
    }
    if (t.name?.toUpperCase() === 'DQ') errors.push({ path: `${at}[${i}].name`, message: '"DQ" is reserved for disqualified accounts' });
    if (t.name === undefined) return;
    if (names.has(t.name)) errors.push({ path: `${at}[${i}].name`, message: `duplicate tier name "${t.name}"` });
    names.add(t.name);
  });
  const last = tiers.length - 1;
  if (ordered && tiers[last] && tiers[last].min !== 0) errors.push({ path: `${at}[${last}].min`, message: 'the last tier must have min 0, so every score has a tier' });
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
// Lenient shapes: unknown keys and other fields' mistakes are already zod errors; these keep what is checkable.
const LooseTest = z.object({ id: z.string().optional(), layer: Layer.optional(), points: z.number().optional(), ...testShape });
const LooseTier = z.object({ name: z.string().optional(), min: z.number() });
const each = <T>(v: unknown, schema: z.ZodType<T>): Item<T>[] =>
  (Array.isArray(v) ? v : []).map((x) => {
    const r = schema.safeParse(x);
    return r.success ? r.data : null;
  });

/** What can be checked in a file zod rejected: every item's test and id, read leniently. */
export function salvage(doc: unknown): CheckInput {
  const d = isObject(doc) ? doc : {};
  return {
    icps: (Array.isArray(d.icps) ? d.icps : []).map((icp) =>
      isObject(icp) ? { id: icp.id, criteria: each(icp.criteria, LooseTest), disqualifiers: each(icp.disqualifiers, LooseTest), segments: each(icp.segments, LooseTest), tiers: each(icp.tiers, LooseTier) } : null,
    ),
    personas: each(d.personas, Persona),
  };
}
