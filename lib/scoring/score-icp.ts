import type { Criterion, Icp } from '../playbook/schema';
import type { CompiledTest } from './compile';
import { prepared, type Context } from './context';
import { evaluate, type Prepared } from './evaluate';
import type { CompiledPersona } from './persona';
import type { CriterionResult, DisqualifierHit, IcpResult } from './result';
import { questions, talkingPoints } from './talking-points';

const DEFAULT_MIN_COVERAGE = 0.5;
const pct = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : null);

/** Score one ICP for one account (docs/scoring.md is the plain-English version of this). */
export function scoreIcp(icp: Icp, persona: CompiledPersona | null, ctx: Context): IcpResult {
  const criteria = icp.criteria.map((c) => scoreCriterion(c, ctx));
  const disqualifiers: DisqualifierHit[] = [];
  for (const d of icp.disqualifiers) {
    const hit = runTest(ctx.tests.get(d), ctx);
    // a disqualifier needs certainty: a band only partly below the limit does not disqualify
    if (hit && hit.credit === 1) disqualifiers.push({ id: d.id, reason: d.reason, fact: d.fact, value: hit.p.value, evidence: hit.p.evidence.slice(0, 5) });
  }
  const segment = icp.segments.find((s) => runTest(ctx.tests.get(s), ctx)?.credit === 1);
  const all = totals(criteria, () => true);
  const fit = totals(criteria, (c) => c.layer !== 'signal');
  const timing = totals(criteria, (c) => c.layer === 'signal');
  const score = pct(all.earned, all.known);
  const { tier, tierIndex, cappedBy } = pickTier(icp, score, criteria, disqualifiers.length > 0);
  const unknown = all.all - all.known;
  return {
    icpId: icp.id,
    icpName: icp.name,
    score,
    tier: tier === 'DQ' ? 'DQ' : (tier?.name ?? null),
    tierRank: tier === 'DQ' ? icp.tiers.length + 1 : tierIndex >= 0 ? tierIndex : icp.tiers.length,
    tierCount: icp.tiers.length,
    action: tier && tier !== 'DQ' ? tier.action : undefined,
    provisional: score !== null && all.known / all.all < (icp.minCoverage ?? DEFAULT_MIN_COVERAGE),
    cappedBy,
    coverage: all.known / all.all,
    range: [Math.round((100 * all.earned) / all.all), Math.round((100 * (all.earned + unknown)) / all.all)],
    fit: pct(fit.earned, fit.known),
    timing: pct(timing.earned, timing.known),
    criteria,
    disqualifiers,
    segment: segment ? { id: segment.id, name: segment.name } : undefined,
    talkingPoints: persona ? talkingPoints(persona, icp, criteria, segment, ctx) : [],
    questions: questions(criteria, persona?.persona ?? null),
  };
}

/** Highest tier whose min ≤ score; a missed required criterion caps at the lowest; any DQ wins. */
function pickTier(icp: Icp, score: number | null, criteria: CriterionResult[], dq: boolean) {
  let tierIndex = score === null ? -1 : icp.tiers.findIndex((t) => t.min <= score);
  let cappedBy: string | undefined;
  const missed = criteria.find((c) => c.required && c.state === 'missed');
  const lowest = icp.tiers.length - 1;
  if (missed && tierIndex >= 0 && tierIndex < lowest) {
    tierIndex = lowest;
    cappedBy = `Required criterion missed: ${missed.label}`;
  }
  const tier = dq ? ('DQ' as const) : tierIndex >= 0 ? icp.tiers[tierIndex]! : null;
  return { tier, tierIndex, cappedBy };
}

function totals(criteria: CriterionResult[], include: (c: CriterionResult) => boolean) {
  let all = 0;
  let known = 0;
  let earned = 0;
  for (const c of criteria) {
    if (!include(c)) continue;
    all += c.points;
    if (c.state !== 'unknown') {
      known += c.points;
      earned += c.earned;
    }
  }
  return { all, known, earned };
}

function runTest(test: CompiledTest | undefined, ctx: Context): { credit: number; p: Prepared } | null {
  const p = test ? prepared(ctx, test) : null;
  if (!test || !p) return null;
  const credit = evaluate(test, p, ctx.todayMs);
  return credit === null ? null : { credit, p };
}

function scoreCriterion(c: Criterion, ctx: Context): CriterionResult {
  const answer = Object.hasOwn(ctx.answers, c.id) ? ctx.answers[c.id] : undefined;
  // a rep's answer decides the criterion, like a fact the rep typed in wins over the page
  if (typeof answer === 'boolean') return criterionResult(c, answer ? 'matched' : 'missed', answer ? 1 : 0, undefined, answer);
  const r = c.layer === 'qualitative' ? null : runTest(ctx.tests.get(c), ctx);
  if (!r) return criterionResult(c, 'unknown', 0);
  return criterionResult(c, r.credit >= 1 ? 'matched' : r.credit <= 0 ? 'missed' : 'partial', r.credit, r.p);
}

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
    evidence: p ? p.evidence.slice(0, 5) : [],
    question: c.question,
    answered,
  };
}
