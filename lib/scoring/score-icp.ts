import type { Criterion, Icp, Persona } from '../playbook/schema';
import type { CompiledPlaybook, CompiledTest } from './compile';
import { resolveFact, type Resolved, type ScoringFacts } from './derive';
import { evaluate } from './evaluate';
import type { CriterionResult, DisqualifierHit, IcpResult } from './result';
import { fillTemplate } from './template';

export interface Context {
  facts: ScoringFacts;
  answers: Record<string, boolean>;
  todayMs: number;
  todayYear: number;
  tests: CompiledPlaybook['tests'];
  /** each fact resolved once per account, not once per test */
  resolved: Map<string, Resolved | null>;
}

const DEFAULT_MIN_COVERAGE = 0.5;
const pct = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : null);

/** Score one ICP for one account (docs/scoring.md is the plain-English version of this). */
export function scoreIcp(icp: Icp, persona: Persona | null, ctx: Context): IcpResult {
  const criteria = icp.criteria.map((c) => scoreCriterion(c, ctx));
  const disqualifiers = icp.disqualifiers.flatMap((d) => {
    const hit = runTest(ctx.tests.get(d), ctx);
    return hit && hit.credit === 1 ? [{ id: d.id, reason: d.reason, fact: d.fact, value: hit.value, evidence: hit.evidence } satisfies DisqualifierHit] : [];
  });
  const segment = icp.segments.find((s) => runTest(ctx.tests.get(s), ctx)?.credit === 1);
  const sums = totals(criteria);
  const fitOnly = totals(criteria.filter((c) => c.layer !== 'signal'));
  const timingOnly = totals(criteria.filter((c) => c.layer === 'signal'));
  const score = pct(sums.earned, sums.known);
  const tiers = icp.tiers; // validated: highest min first, last min 0
  let tierIndex = score === null ? -1 : tiers.findIndex((t) => t.min <= score);
  const missedRequired = criteria.find((c) => c.required && c.state === 'missed');
  let cappedBy: string | undefined;
  if (missedRequired && tierIndex >= 0 && tierIndex < tiers.length - 1) {
    tierIndex = tiers.length - 1;
    cappedBy = `required criterion missed: ${missedRequired.label}`;
  }
  const dq = disqualifiers.length > 0;
  const tier = dq ? 'DQ' : tierIndex >= 0 ? tiers[tierIndex]! : null;
  return {
    icpId: icp.id,
    icpName: icp.name,
    score,
    tier: tier === null ? null : typeof tier === 'string' ? tier : tier.name,
    tierRank: dq ? tiers.length + 1 : tierIndex >= 0 ? tierIndex : tiers.length,
    tierCount: tiers.length,
    action: tier && typeof tier !== 'string' ? tier.action : undefined,
    provisional: score !== null && sums.all > 0 && sums.known / sums.all < (icp.minCoverage ?? DEFAULT_MIN_COVERAGE),
    cappedBy,
    coverage: sums.all > 0 ? sums.known / sums.all : 0,
    range: [sums.all ? (100 * sums.earned) / sums.all : 0, sums.all ? (100 * (sums.earned + sums.all - sums.known)) / sums.all : 0],
    fit: pct(fitOnly.earned, fitOnly.known),
    timing: pct(timingOnly.earned, timingOnly.known),
    criteria,
    disqualifiers,
    segment: segment ? { id: segment.id, name: segment.name } : undefined,
    talkingPoints: persona ? talkingPoints(persona, criteria, segment?.id, ctx) : [],
    questions: questions(criteria, persona),
  };
}

function totals(criteria: CriterionResult[]) {
  let all = 0, known = 0, earned = 0;
  for (const c of criteria) {
    all += c.points;
    if (c.state !== 'unknown') {
      known += c.points;
      earned += c.earned;
    }
  }
  return { all, known, earned };
}

function runTest(test: CompiledTest | undefined, ctx: Context) {
  if (!test) return null;
  let resolved = ctx.resolved.get(test.fact);
  if (resolved === undefined) ctx.resolved.set(test.fact, (resolved = resolveFact(ctx.facts, test.fact, ctx.todayYear)));
  if (!resolved) return null;
  const credit = evaluate(test, resolved.value, ctx.todayMs);
  return credit === null ? null : { credit, value: resolved.value, source: resolved.source, evidence: resolved.evidence };
}

function scoreCriterion(c: Criterion, ctx: Context): CriterionResult {
  // Built as one literal with a fixed shape: spreading a base object here was 10× slower in V8.
  const make = (state: CriterionResult['state'], credit: number, extra?: { value?: unknown; source?: CriterionResult['source']; evidence?: CriterionResult['evidence']; answered?: boolean }): CriterionResult => ({
    id: c.id,
    label: c.label,
    layer: c.layer,
    points: c.points,
    required: c.required ?? false,
    state,
    credit,
    earned: c.points * credit,
    fact: c.fact,
    value: extra?.value,
    source: extra?.source,
    evidence: extra?.evidence ?? [],
    question: c.question,
    answered: extra?.answered,
  });
  if (c.layer === 'qualitative') {
    const answer = Object.hasOwn(ctx.answers, c.id) ? ctx.answers[c.id] : undefined;
    if (answer === undefined) return make('unknown', 0);
    return make(answer ? 'matched' : 'missed', answer ? 1 : 0, { answered: answer, source: 'rep' });
  }
  const r = runTest(ctx.tests.get(c), ctx);
  if (!r) return make('unknown', 0);
  const state = r.credit >= 1 ? 'matched' : r.credit <= 0 ? 'missed' : 'partial';
  return make(state, r.credit, { value: r.value, source: r.source, evidence: r.evidence.slice(0, 5) });
}

function talkingPoints(persona: Persona, criteria: CriterionResult[], segmentId: string | undefined, ctx: Context): string[] {
  const matched = new Set(criteria.filter((c) => c.state === 'matched').map((c) => c.id));
  const extras = { name: str(ctx.facts.name?.value), domain: str(ctx.facts.domain?.value) };
  return persona.talkingPoints.flatMap((tp) => {
    const needs = tp.if === undefined ? [] : Array.isArray(tp.if) ? tp.if : [tp.if];
    if (!needs.every((id) => matched.has(id))) return [];
    if (tp.segment !== undefined && tp.segment !== segmentId) return [];
    const text = fillTemplate(tp.text, ctx.facts, extras, ctx.todayYear);
    return text === null ? [] : [text];
  });
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

/** Every unknown criterion's question (heaviest first), generated from its label when none was written, then the persona's. */
function questions(criteria: CriterionResult[], persona: Persona | null): string[] {
  const fromCriteria = criteria
    .filter((c) => c.state === 'unknown')
    .sort((a, b) => b.points - a.points)
    .map((c) => c.question ?? `Can you confirm: ${c.label.charAt(0).toLowerCase()}${c.label.slice(1)}?`);
  return [...new Set([...fromCriteria, ...(persona?.questions ?? [])])];
}
