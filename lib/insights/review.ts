import { scoreAccount, type CompiledPlaybook } from '../scoring';
import { addClosed, criterionTallies, finishCriterion, NOISE_POINTS } from './performance-criteria';
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
  result: ReturnType<typeof scoreAccount>;
}

export function buildReview(input: ReviewInput): QuarterlyReview {
  const { compiled, today, periods } = input;
  const closed = input.records.filter((r) => r.outcome === 'won' || r.outcome === 'lost');
  const inEach = periods.map((p) => closed.filter((r) => inPeriod(r.day, p)).map((r) => scored(r, compiled, today)));
  const icp = reviewedIcp(compiled, inEach.flat());
  const figures = periods.map((p, i) => periodFigures(p, inEach[i]!, compiled, (at) => versionAt(input.versions, at, input.versionsComplete))) as [PeriodFigures, PeriodFigures];
  const stats = inEach.map((rows) => criterionStats(rows, compiled).filter((s) => s.icpId === icp.id));
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

function scored(r: ReviewRecord, compiled: CompiledPlaybook, today: string): Scored {
  const result = scoreAccount({ facts: r.facts, answers: r.answers }, compiled, { today });
  const best = result.results[0];
  return { r, tier: best?.tier ?? NO_SCORE, fit: isIcpFit(best), icpId: best?.icpId, result };
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
      .sort((a, b) => (b.r.value ?? -1) - (a.r.value ?? -1) || nameOf(a.r).localeCompare(nameOf(b.r)))
      .slice(0, MAX_ACCOUNTS)
      .map((s): ReviewAccount => ({ name: nameOf(s.r), outcome, tier: s.tier, ...(s.r.value !== undefined ? { value: s.r.value, currency: s.r.currency } : {}) }));
  return [...pick('won'), ...pick('lost')];
}

const nameOf = (r: OutcomeRecord): string => (r.name ?? r.domain ?? r.id).slice(0, 200);

function criterionStats(rows: readonly Scored[], compiled: CompiledPlaybook): CriterionStat[] {
  const tallies = criterionTallies(compiled);
  for (const s of rows) addClosed(tallies, s.result, s.r.outcome === 'won');
  return [...tallies.values()].map(finishCriterion);
}

/** "Gained" / "lost" predictive power: the win-rate gap moved by NOISE_POINTS or more, both periods judged. */
export function shift(before: CriterionStat, after: CriterionStat): CriterionShift {
  const side = (s: CriterionStat) => ({ difference: s.difference, confidence: s.confidence, known: s.matched.won + s.matched.lost + s.missed.won + s.missed.lost });
  const judged = (s: CriterionStat) => s.difference !== null && s.confidence !== 'insufficient';
  const delta = judged(before) && judged(after) ? after.difference! - before.difference! : null;
  const change = delta === null ? 'not-comparable' : delta >= NOISE_POINTS ? 'gained' : delta <= -NOISE_POINTS ? 'lost' : 'steady';
  return { criterionId: after.criterionId, label: after.label, points: after.points, before: side(before), after: side(after), delta, change };
}
