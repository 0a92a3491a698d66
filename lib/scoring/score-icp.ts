import type { CompiledIcp, CompiledTest, CriterionMeta } from './compile';
import { prepared, type Context, type DatedAnswer } from './context';
import { evaluate } from './evaluate';
import type { CompiledPersona } from './persona';
import { capped, criterionResult } from './criterion-result';
import type { CriterionResult, DisqualifierHit, IcpResult } from './result';
import { questions, talkingPoints } from './talking-points';
import type { Icp, Segment } from '../playbook/schema';

const DEFAULT_MIN_COVERAGE = 0.5;
const pct = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : null);

/** Score one ICP for one account (docs/scoring.md is the plain-English version of this). */
export function scoreIcp(ci: CompiledIcp, persona: CompiledPersona | null, ctx: Context): IcpResult {
  const { icp } = ci;
  const t = scoreCriteria(ci, ctx);
  const disqualifiers = disqualifierHits(ci, ctx);
  const segment = segmentOf(ci, ctx);
  const score = pct(t.earned, t.known);
  const { tier, tierIndex, cappedBy } = pickTier(icp, score, t.missedRequired, disqualifiers.length > 0);
  return {
    icpId: icp.id,
    icpName: icp.name,
    score,
    tier: tier === 'DQ' ? 'DQ' : (tier?.name ?? null),
    tierRank: tier === 'DQ' ? icp.tiers.length + 1 : tierIndex >= 0 ? tierIndex : icp.tiers.length,
    tierCount: icp.tiers.length,
    action: tier && tier !== 'DQ' ? tier.action : undefined,
    provisional: score !== null && t.known / t.all < (icp.minCoverage ?? DEFAULT_MIN_COVERAGE),
    cappedBy,
    coverage: t.known / t.all,
    range: [Math.round((100 * t.earned) / t.all), Math.round((100 * (t.earned + t.all - t.known)) / t.all)],
    fit: pct(t.fitEarned, t.fitKnown),
    timing: pct(t.signalEarned, t.signalKnown),
    criteria: t.criteria,
    disqualifiers,
    segment: segment ? { id: segment.id, name: segment.name } : undefined,
    talkingPoints: persona ? talkingPoints(persona, ci, t.criteria, segment, ctx) : [],
    questions: questions(ci, t.criteria, persona),
  };
}

/** Every criterion's result and the point totals, in one pass (fit = every layer but signal). */
function scoreCriteria(ci: CompiledIcp, ctx: Context) {
  const criteria: CriterionResult[] = new Array(ci.criteria.length);
  // locals, not fields: V8 keeps running sums of fractional points unboxed this way
  let all = 0, known = 0, earned = 0, fitKnown = 0, fitEarned = 0, signalKnown = 0, signalEarned = 0;
  let missedRequired: CriterionResult | undefined;
  for (let i = 0; i < ci.criteria.length; i++) {
    const { c, test, maxAgeMs } = ci.criteria[i]!;
    const r = (criteria[i] = scoreCriterion(c, test, maxAgeMs, ctx));
    all += r.points;
    if (r.state === 'unknown') continue;
    if (r.required && r.state === 'missed') missedRequired ??= r;
    known += r.points;
    earned += r.earned;
    if (r.layer === 'signal') {
      signalKnown += r.points;
      signalEarned += r.earned;
    } else {
      fitKnown += r.points;
      fitEarned += r.earned;
    }
  }
  return { criteria, all, known, earned, fitKnown, fitEarned, signalKnown, signalEarned, missedRequired };
}

function disqualifierHits(ci: CompiledIcp, ctx: Context): DisqualifierHit[] {
  const hits: DisqualifierHit[] = [];
  for (const { d, test } of ci.disqualifiers) {
    // a disqualifier needs certainty: a band only partly below the limit does not disqualify
    if (runTest(test, ctx) !== 1) continue;
    const p = ctx.prepared[test!.slot]!;
    hits.push({ id: d.id, reason: d.reason, fact: d.fact, value: p.value, evidence: capped(p.evidence) });
  }
  return hits;
}

/** The first segment whose test is fully matched. */
function segmentOf(ci: CompiledIcp, ctx: Context): Segment | undefined {
  for (const { s, test } of ci.segments) if (runTest(test, ctx) === 1) return s;
  return undefined;
}

/** Highest tier whose min ≤ score; a missed required criterion caps at the lowest; any DQ wins. */
function pickTier(icp: Icp, score: number | null, missed: CriterionResult | undefined, dq: boolean) {
  let tierIndex = -1;
  if (score !== null) for (let i = 0; i < icp.tiers.length && tierIndex < 0; i++) if (icp.tiers[i]!.min <= score) tierIndex = i;
  let cappedBy: string | undefined;
  const lowest = icp.tiers.length - 1;
  if (missed && tierIndex >= 0 && tierIndex < lowest) {
    tierIndex = lowest;
    cappedBy = `Required criterion missed: ${missed.label}`;
  }
  const tier = dq ? ('DQ' as const) : tierIndex >= 0 ? icp.tiers[tierIndex]! : null;
  return { tier, tierIndex, cappedBy };
}

/** A test's credit for this account, or null when unknown; the prepared value is then ctx's (no pair allocated per test). */
function runTest(test: CompiledTest | null, ctx: Context): number | null {
  const p = test ? prepared(ctx, test) : null;
  return test && p ? evaluate(test, p, ctx.todayMs) : null;
}

function scoreCriterion(c: CriterionMeta, test: CompiledTest | null, maxAgeMs: number, ctx: Context): CriterionResult {
  const answer = ctx.answers?.get(c.id);
  // a rep's answer decides the criterion, like a fact the rep typed in wins over the page
  if (answer !== undefined) return answerResult(c, answer, maxAgeMs, ctx.todayMs);
  const credit = runTest(test, ctx);
  // the same for every account: one frozen object per criterion, made at compile time
  if (credit === null) return c.unknown;
  const p = ctx.prepared[test!.slot]!;
  // issue 20: a fact older than the criterion's maximum age is shown, but counts as unknown
  if (p.observedAt !== undefined && ctx.todayMs - p.observedAt > test!.maxAgeMs) return criterionResult(c, 'unknown', 0, p, undefined, true);
  return criterionResult(c, credit >= 1 ? 'matched' : credit <= 0 ? 'missed' : 'partial', credit, p);
}

/** Issue 20: an answer older than the criterion's maximum age stays visible but counts as unknown ("ask again"). */
function answerResult(c: CriterionMeta, answer: boolean | DatedAnswer, maxAgeMs: number, todayMs: number): CriterionResult {
  if (typeof answer === 'boolean') return criterionResult(c, answer ? 'matched' : 'missed', answer ? 1 : 0, undefined, answer);
  const { value, answeredAt } = answer;
  if (answeredAt !== undefined && todayMs - answeredAt > maxAgeMs) return criterionResult(c, 'unknown', 0, undefined, value, true, answeredAt);
  return criterionResult(c, value ? 'matched' : 'missed', value ? 1 : 0, undefined, value, undefined, answeredAt);
}
