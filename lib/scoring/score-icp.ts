import type { CompiledIcp, CompiledTest } from './compile';
import { prepared, type Context } from './context';
import { evaluate, type Prepared } from './evaluate';
import type { CompiledPersona } from './persona';
import type { CriterionResult, DisqualifierHit, IcpResult } from './result';
import { questions, talkingPoints } from './talking-points';
import type { Criterion, Icp, Segment } from '../playbook/schema';

const DEFAULT_MIN_COVERAGE = 0.5;
const pct = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : null);

/** Score one ICP for one account (docs/scoring.md is the plain-English version of this). */
export function scoreIcp(ci: CompiledIcp, persona: CompiledPersona | null, ctx: Context): IcpResult {
  const { icp } = ci;
  const criteria: CriterionResult[] = [];
  // all / known / earned points, overall (t), fit layers (f) and signal layer (s)
  let tAll = 0, tKnown = 0, tEarned = 0, fKnown = 0, fEarned = 0, sKnown = 0, sEarned = 0;
  let missedRequired: CriterionResult | undefined;
  for (const { c, test } of ci.criteria) {
    const r = scoreCriterion(c, test, ctx);
    criteria.push(r);
    tAll += r.points;
    if (r.state === 'unknown') continue;
    if (r.required && r.state === 'missed') missedRequired ??= r;
    tKnown += r.points;
    tEarned += r.earned;
    if (r.layer === 'signal') (sKnown += r.points), (sEarned += r.earned);
    else (fKnown += r.points), (fEarned += r.earned);
  }
  const disqualifiers: DisqualifierHit[] = [];
  for (const { d, test } of ci.disqualifiers) {
    const hit = runTest(test, ctx);
    // a disqualifier needs certainty: a band only partly below the limit does not disqualify
    if (hit && hit.credit === 1) disqualifiers.push({ id: d.id, reason: d.reason, fact: d.fact, value: hit.p.value, evidence: capped(hit.p.evidence) });
  }
  let segment: Segment | undefined;
  for (const { s, test } of ci.segments) {
    if (runTest(test, ctx)?.credit === 1) {
      segment = s;
      break;
    }
  }
  const score = pct(tEarned, tKnown);
  const { tier, tierIndex, cappedBy } = pickTier(icp, score, missedRequired, disqualifiers.length > 0);
  return {
    icpId: icp.id,
    icpName: icp.name,
    score,
    tier: tier === 'DQ' ? 'DQ' : (tier?.name ?? null),
    tierRank: tier === 'DQ' ? icp.tiers.length + 1 : tierIndex >= 0 ? tierIndex : icp.tiers.length,
    tierCount: icp.tiers.length,
    action: tier && tier !== 'DQ' ? tier.action : undefined,
    provisional: score !== null && tKnown / tAll < (icp.minCoverage ?? DEFAULT_MIN_COVERAGE),
    cappedBy,
    coverage: tKnown / tAll,
    range: [Math.round((100 * tEarned) / tAll), Math.round((100 * (tEarned + tAll - tKnown)) / tAll)],
    fit: pct(fEarned, fKnown),
    timing: pct(sEarned, sKnown),
    criteria,
    disqualifiers,
    segment: segment ? { id: segment.id, name: segment.name } : undefined,
    talkingPoints: persona ? talkingPoints(persona, icp, criteria, segment, ctx) : [],
    questions: questions(ci, criteria, persona?.persona ?? null),
  };
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

function runTest(test: CompiledTest | null, ctx: Context): { credit: number; p: Prepared } | null {
  const p = test ? prepared(ctx, test) : null;
  if (!test || !p) return null;
  const credit = evaluate(test, p, ctx.todayMs);
  return credit === null ? null : { credit, p };
}

function scoreCriterion(c: Criterion, test: CompiledTest | null, ctx: Context): CriterionResult {
  const answer = ctx.answers[c.id];
  // a rep's answer decides the criterion, like a fact the rep typed in wins over the page
  if (typeof answer === 'boolean' && Object.hasOwn(ctx.answers, c.id)) return criterionResult(c, answer ? 'matched' : 'missed', answer ? 1 : 0, undefined, answer);
  const r = runTest(test, ctx);
  if (!r) return criterionResult(c, 'unknown', 0);
  return criterionResult(c, r.credit >= 1 ? 'matched' : r.credit <= 0 ? 'missed' : 'partial', r.credit, r.p);
}

const MAX_EVIDENCE = 5;
const NO_EVIDENCE: never[] = [];
/** At most five pieces of evidence; the account's own list is shared, not copied (results are read-only). */
const capped = <T>(list: T[]): T[] => (list.length <= MAX_EVIDENCE ? list : list.slice(0, MAX_EVIDENCE));

// One literal with a fixed shape: V8 keeps a single hidden class, which matters at 100k accounts/s.
function criterionResult(c: Criterion, state: CriterionResult['state'], credit: number, p?: Prepared, answered?: boolean): CriterionResult {
  return {
    id: c.id,
    label: c.label,
    layer: c.layer,
    points: c.points,
    required: c.required ?? false,
    state,
    credit,
    earned: c.points * credit,
    fact: c.fact,
    value: p?.value,
    source: answered === undefined ? p?.source : 'rep',
    evidence: p ? capped(p.evidence) : NO_EVIDENCE,
    question: c.question,
    answered,
  };
}
