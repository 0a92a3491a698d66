import { scoreAccount, type CompiledPlaybook } from '../scoring';
import { addClosed, criterionTallies, finishCriterion, NOISE_POINTS, type CriterionTally } from './performance-criteria';
import { addRecord, finishTally, newTally, type GroupTally } from './performance-groups';
import { fitDefinition, isIcpFit } from './performance';
import type { CriterionStat } from './performance-schema';
import type { OutcomeRecord } from './record';
import { nextVersion, suggestEdits } from './review-edits';
import { inPeriod, type ReviewPeriod } from './review-periods';
import type { CriterionShift, PeriodFigures, QuarterlyReview, ReviewAccount } from './review-schema';
import { versionAt, type KeptVersion } from './review-versions';

/**
 * The quarterly ICP review (issue 20 §3): two periods of closed outcomes (won and lost) side by
 * side, every account scored with the playbook in use today so both periods are measured with one
 * yardstick; per period the win rate, deal size and cycle by tier, the playbook version that was in
 * use when each outcome closed, and per criterion whether it separates won from lost more or less
 * than before. Pure: the records, kept versions and today are inputs. docs/icp-performance.md.
 */
export interface ReviewRecord extends OutcomeRecord {
  /** YYYY-MM-DD the outcome counts on (lib/insights/review-periods.ts outcomeDay) */
  day: string;
  /** when it closed, in ms: the moment whose playbook version is reported */
  at: number;
}

export interface ReviewInput {
  records: readonly ReviewRecord[];
  compiled: CompiledPlaybook;
  playbookKey: string;
  versions: readonly KeptVersion[];
  /** false when old versions were pruned (then "before the oldest kept" is not the starter) */
  versionsComplete: boolean;
  today: string;
  periods: readonly [ReviewPeriod, ReviewPeriod];
}

const MAX_ACCOUNTS = 10;
const NO_SCORE = 'No score';

interface Scored {
  r: ReviewRecord;
  tier: string;
  fit: boolean;
  icpId: string | undefined;
}

export function buildReview(input: ReviewInput): QuarterlyReview {
  const { compiled, today, periods } = input;
  const closed = input.records.filter((r) => r.outcome === 'won' || r.outcome === 'lost');
  const scoredPeriods = periods.map((p) => scorePeriod(closed.filter((r) => inPeriod(r.day, p)), compiled, today));
  const inEach = scoredPeriods.map((x) => x.rows);
  const icp = reviewedIcp(compiled, inEach.flat());
  const figures = periods.map((p, i) => periodFigures(p, inEach[i]!, compiled, (at) => versionAt(input.versions, at, input.versionsComplete))) as [PeriodFigures, PeriodFigures];
  const stats = scoredPeriods.map((x) => [...x.criteria.values()].filter((t) => t.icpId === icp.id).map(finishCriterion));
  const used = [...new Map(inEach.flat().map((s) => [s.r.id, s.r])).values()];
  return {
    playbook: { name: compiled.playbook.name, version: compiled.playbook.version, key: input.playbookKey },
    today,
    icp,
    fitDefinition: fitDefinition(compiled.playbook),
    periods: figures,
    criteria: stats[1]!.map((after, i) => shift(stats[0]![i]!, after)),
    suggestions: suggestEdits(compiled.playbook, icp.id, used, today),
    nextVersion: nextVersion(compiled.playbook.version),
  };
}

/**
 * Score each record once and count its criteria at once: the full result is dropped right away
 * (10,000 kept results cost more in garbage collection than the scoring itself).
 */
function scorePeriod(records: readonly ReviewRecord[], compiled: CompiledPlaybook, today: string): { rows: Scored[]; criteria: Map<string, CriterionTally> } {
  const criteria = criterionTallies(compiled);
  const rows = records.map((r): Scored => {
    const result = scoreAccount({ facts: r.facts, answers: r.answers }, compiled, { today });
    addClosed(criteria, result, r.outcome === 'won');
    const best = result.results[0];
    return { r, tier: best?.tier ?? NO_SCORE, fit: isIcpFit(best), icpId: best?.icpId };
  });
  return { rows, criteria };
}

/** The ICP most reviewed accounts fit best (the first one on a tie, or with no account). */
function reviewedIcp(compiled: CompiledPlaybook, rows: readonly Scored[]): { id: string; name: string } {
  const count = new Map<string, number>();
  for (const s of rows) if (s.icpId) count.set(s.icpId, (count.get(s.icpId) ?? 0) + 1);
  const icps = compiled.icps.map(({ icp }) => icp);
  const best = icps.reduce((a, b) => ((count.get(b.id) ?? 0) > (count.get(a.id) ?? 0) ? b : a), icps[0]!);
  return { id: best.id, name: best.name };
}

function periodFigures(period: ReviewPeriod, rows: readonly Scored[], compiled: CompiledPlaybook, versionOf: (at: number) => string): PeriodFigures {
  const fit = newTally('fit', 'ICP-fit');
  const notFit = newTally('not-fit', 'Not ICP-fit');
  const tiers = new Map<string, GroupTally>();
  for (const { icp } of compiled.icps) for (const t of icp.tiers) if (!tiers.has(t.name)) tiers.set(t.name, newTally(`tier:${t.name}`, t.name));
  const versionCount = new Map<string, number>();
  for (const s of rows) {
    addRecord(s.fit ? fit : notFit, s.r);
    if (!tiers.has(s.tier)) tiers.set(s.tier, newTally(s.tier === NO_SCORE ? 'tier:none' : `tier:${s.tier}`, s.tier));
    addRecord(tiers.get(s.tier)!, s.r);
    const v = versionOf(s.r.at);
    versionCount.set(v, (versionCount.get(v) ?? 0) + 1);
  }
  return {
    period,
    closed: rows.length,
    fit: finishTally(fit),
    notFit: finishTally(notFit),
    tiers: [...tiers.values()].map(finishTally),
    versions: [...versionCount].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    accounts: notableAccounts(rows),
  };
}

/** The biggest won and lost deals of the period (by value, then name), MAX_ACCOUNTS of each. */
function notableAccounts(rows: readonly Scored[]): ReviewAccount[] {
  const pick = (outcome: 'won' | 'lost') =>
    rows
      .filter((s) => s.r.outcome === outcome)
      // (a plain compare: localeCompare on every pair of 10,000 records costs more than scoring them)
      .sort((a, b) => (b.r.value ?? -1) - (a.r.value ?? -1) || byName(a.r, b.r))
      .slice(0, MAX_ACCOUNTS)
      .map((s): ReviewAccount => ({ id: s.r.id, name: nameOf(s.r), outcome, tier: s.tier, ...(s.r.value !== undefined ? { value: s.r.value, currency: s.r.currency } : {}) }));
  return [...pick('won'), ...pick('lost')];
}

const nameOf = (r: OutcomeRecord): string => (r.name ?? r.domain ?? r.id).slice(0, 200);
const byName = (a: OutcomeRecord, b: OutcomeRecord): number => {
  const x = nameOf(a);
  const y = nameOf(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** "Gained" / "lost" predictive power: the win-rate gap moved by NOISE_POINTS or more, both periods judged. */
export function shift(before: CriterionStat, after: CriterionStat): CriterionShift {
  const side = (s: CriterionStat) => ({ difference: s.difference, confidence: s.confidence, known: s.matched.won + s.matched.lost + s.missed.won + s.missed.lost });
  const judged = (s: CriterionStat) => s.difference !== null && s.confidence !== 'insufficient';
  const delta = judged(before) && judged(after) ? after.difference! - before.difference! : null;
  const change = delta === null ? 'not-comparable' : delta >= NOISE_POINTS ? 'gained' : delta <= -NOISE_POINTS ? 'lost' : 'steady';
  return { criterionId: after.criterionId, label: after.label, points: after.points, before: side(before), after: side(after), delta, change };
}
