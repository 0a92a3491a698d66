import type { CompiledIcp, CompiledTest, CriterionMeta } from './compile';
import { prepared, type Context, type DatedAnswer } from './context';
import { evaluate } from './evaluate';
import type { CompiledPersona } from './persona';
import { capped, criterionResult, factResult } from './criterion-result';
import type { CriterionResult, DisqualifierHit, IcpResult } from './result';
import { questions, talkingPoints } from './talking-points';
import type { Icp, Segment } from '../playbook/schema';

const DEFAULT_MIN_COVERAGE = 0.5;
/** criteria an unknown-criteria bit mask covers (bits 0..30: the mask stays a positive int) */
export const MASK_CRITERIA = 31;
const pct = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : null);

/**
 * One ICP's point totals while its criteria are scored. Scoring is synchronous and never re-entered,
 * so one object is reused instead of a totals object allocated per ICP and account.
 */
class Totals {
  all = 0;
  known = 0;
  earned = 0;
  fitKnown = 0;
  fitEarned = 0;
  signalKnown = 0;
  signalEarned = 0;
  /** index of the first missed required criterion, or -1 */
  missedRequired = -1;
  /** bit i set: criterion i is unknown (talking-points.ts's questions memo key); -1 past MASK_CRITERIA */
  unknownMask = -1;
}
const totals = new Totals();

/** Score one ICP for one account (docs/scoring.md is the plain-English version of this). */
export function scoreIcp(ci: CompiledIcp, persona: CompiledPersona | null, ctx: Context): IcpResult {
  const { icp } = ci;
  const t = totals;
  const criteria = scoreCriteria(ci, ctx);
  const disqualifiers = disqualifierHits(ci, ctx);
  const segment = segmentOf(ci, ctx);
  const score = pct(t.earned, t.known);
  const tiers = icp.tiers;
  const dq = disqualifiers.length > 0;
  let tierIndex = score === null ? -1 : tierFor(tiers, score);
  // a missed required criterion caps the tier at the lowest; any DQ wins
  let cappedBy: string | undefined;
  if (t.missedRequired >= 0 && tierIndex >= 0 && tierIndex < tiers.length - 1) {
    tierIndex = tiers.length - 1;
    cappedBy = ci.criteria[t.missedRequired]!.cappedBy;
  }
  const tier = dq || tierIndex < 0 ? null : tiers[tierIndex]!;
  const coverage = t.known / t.all;
  return {
    icpId: icp.id,
    icpName: icp.name,
    score,
    tier: dq ? 'DQ' : (tier?.name ?? null),
    tierRank: dq ? tiers.length + 1 : tierIndex >= 0 ? tierIndex : tiers.length,
    tierCount: tiers.length,
    action: tier?.action,
    provisional: score !== null && coverage < (icp.minCoverage ?? DEFAULT_MIN_COVERAGE),
    cappedBy,
    coverage,
    range: [Math.round((100 * t.earned) / t.all), Math.round((100 * (t.earned + t.all - t.known)) / t.all)],
    fit: pct(t.fitEarned, t.fitKnown),
    timing: pct(t.signalEarned, t.signalKnown),
    criteria,
    disqualifiers,
    segment: segment ? { id: segment.id, name: segment.name } : undefined,
    talkingPoints: persona ? talkingPoints(persona, ci, criteria, segment, ctx) : [],
    questions: questions(ci, criteria, persona, t.unknownMask),
  };
}

/** The highest tier whose min ≤ score, or -1. */
function tierFor(tiers: Icp['tiers'], score: number): number {
  for (let i = 0; i < tiers.length; i++) if (tiers[i]!.min <= score) return i;
  return -1;
}

/** Every criterion's result, and the point totals into `totals`, in one pass (fit = every layer but signal). */
function scoreCriteria(ci: CompiledIcp, ctx: Context): CriterionResult[] {
  const t = totals;
  const list = ci.criteria;
  const criteria: CriterionResult[] = new Array(list.length);
  // locals, not fields: V8 keeps running sums of fractional points unboxed this way
  let all = 0, known = 0, earned = 0, fitKnown = 0, fitEarned = 0, signalKnown = 0, signalEarned = 0;
  let missedRequired = -1;
  let unknownMask = 0;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    const c = e.c;
    const r = (criteria[i] = scoreCriterion(c, e.test, e.maxAgeMs, ctx));
    // points, required and layer are the criterion's (one shape); only state and earned are the result's
    const points = c.points;
    all += points;
    const state = r.state;
    if (state === 'unknown') {
      unknownMask |= 1 << i;
      continue;
    }
    if (c.required && state === 'missed' && missedRequired < 0) missedRequired = i;
    const got = r.earned;
    known += points;
    earned += got;
    if (c.signal) {
      signalKnown += points;
      signalEarned += got;
    } else {
      fitKnown += points;
      fitEarned += got;
    }
  }
  t.all = all; t.known = known; t.earned = earned; t.fitKnown = fitKnown; t.fitEarned = fitEarned; t.signalKnown = signalKnown; t.signalEarned = signalEarned;
  t.missedRequired = missedRequired;
  // 1 << i wraps at 32: an ICP with more criteria gets no mask (its questions are worked out afresh)
  t.unknownMask = list.length <= MASK_CRITERIA ? unknownMask : -1;
  return criteria;
}

function disqualifierHits(ci: CompiledIcp, ctx: Context): DisqualifierHit[] {
  const hits: DisqualifierHit[] = [];
  const list = ci.disqualifiers;
  for (let i = 0; i < list.length; i++) {
    const test = list[i]!.test;
    const p = test && prepared(ctx, test);
    // a disqualifier needs certainty: a band only partly below the limit does not disqualify
    if (!p || evaluate(test, p, ctx.todayMs) !== 1) continue;
    const d = list[i]!.d;
    hits.push({ id: d.id, reason: d.reason, fact: d.fact, value: p.value, evidence: capped(p.evidence) });
  }
  return hits;
}

/** The first segment whose test is fully matched. */
function segmentOf(ci: CompiledIcp, ctx: Context): Segment | undefined {
  const list = ci.segments;
  for (let i = 0; i < list.length; i++) {
    const test = list[i]!.test;
    const p = test && prepared(ctx, test);
    if (p && evaluate(test, p, ctx.todayMs) === 1) return list[i]!.s;
  }
  return undefined;
}

function scoreCriterion(c: CriterionMeta, test: CompiledTest | null, maxAgeMs: number, ctx: Context): CriterionResult {
  const answer = ctx.answers?.get(c.id);
  // a rep's answer decides the criterion, like a fact the rep typed in wins over the page
  if (answer !== undefined) return answerResult(c, answer, maxAgeMs, ctx.todayMs);
  // unknown (no test, no value, or a value the test cannot answer) is the same for every account:
  // one frozen object per criterion, made at compile time
  if (test === null) return c.unknown;
  const p = prepared(ctx, test);
  if (p === null) return c.unknown;
  const credit = evaluate(test, p, ctx.todayMs);
  if (credit === null) return c.unknown;
  // issue 20: a fact older than the criterion's maximum age is shown, but counts as unknown
  if (p.observedAt !== undefined && ctx.todayMs - p.observedAt > test.maxAgeMs) return criterionResult(c, 'unknown', 0, p, undefined, true);
  return factResult(c, credit >= 1 ? 'matched' : credit <= 0 ? 'missed' : 'partial', credit, p);
}

/** Issue 20: an answer older than the criterion's maximum age stays visible but counts as unknown ("ask again"). */
function answerResult(c: CriterionMeta, answer: boolean | DatedAnswer, maxAgeMs: number, todayMs: number): CriterionResult {
  if (typeof answer === 'boolean') return criterionResult(c, answer ? 'matched' : 'missed', answer ? 1 : 0, undefined, answer);
  const { value, answeredAt } = answer;
  if (answeredAt !== undefined && todayMs - answeredAt > maxAgeMs) return criterionResult(c, 'unknown', 0, undefined, value, true, answeredAt);
  return criterionResult(c, value ? 'matched' : 'missed', value ? 1 : 0, undefined, value, undefined, answeredAt);
}
