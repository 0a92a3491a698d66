import type { Playbook } from '../playbook/schema';
import { compilePlaybook, scoreAccount, type CompiledPlaybook, type IcpResult } from '../scoring';
import { addClosed, criterionNote, criterionTallies, finishCriterion, MIN_CLOSED_KNOWN, type CriterionTally } from './performance-criteria';
import { addRecord, finishTally, newTally, type GroupTally } from './performance-groups';
import type { InsightNote, PerformanceSummary } from './performance-schema';
import type { OutcomeRecord } from './record';

/**
 * "Is the ICP working?" (issue #8): score every record with the playbook, then win rate, deal size
 * and cycle length by tier and ICP-fit vs not, the share of the open pipeline that is ICP-fit, and
 * per criterion the win rate when matched vs missed. Pure: the records come from stored accounts
 * or a CSV, today is an input. docs/icp-performance.md explains every figure.
 */

/**
 * ICP-fit: the best ICP puts the account in a scored tier other than its lowest, and not DQ.
 * (An ICP with one tier has no "lowest" to exclude: every scored, not-DQ account fits.)
 */
export function isIcpFit(best: Pick<IcpResult, 'tier' | 'tierRank' | 'tierCount'> | undefined): boolean {
  if (!best || best.tier === null || best.tier === 'DQ') return false;
  return best.tierRank < Math.max(1, best.tierCount - 1);
}

export function fitDefinition(playbook: Playbook): string {
  const per = playbook.icps.map((icp) => {
    const top = icp.tiers.length > 1 ? icp.tiers.slice(0, -1) : icp.tiers;
    return `${icp.name}: ${top.map((t) => t.name).join(', ')}`;
  });
  return `ICP-fit means the best-fitting ICP puts the account in a tier above its lowest, and not DQ (${per.join('; ')}).`;
}

const NO_SCORE = 'No score';

export function icpPerformance(records: readonly OutcomeRecord[], playbook: Playbook | CompiledPlaybook, today: string): PerformanceSummary {
  const tally = performanceTally(playbook, today);
  for (const r of records) tally.add(r);
  return tally.finish();
}

/**
 * The running tally behind the summary: counts and sums only, so a record can be taken out
 * again (sign −1) as well as added. The background keeps one up to date as outcomes change
 * (lib/background/outcomes/insights-aggregate.ts) instead of rescoring every account when the
 * view opens. Plain data and Maps: IndexedDB stores it as it is.
 */
export interface PerformanceState {
  count: number;
  fit: GroupTally;
  notFit: GroupTally;
  tiers: Map<string, GroupTally>;
  criteria: Map<string, CriterionTally>;
  agreement: PerformanceSummary['agreement'];
  bestFor: Map<string, number>;
}

export function newPerformanceState(compiled: CompiledPlaybook): PerformanceState {
  return {
    count: 0,
    fit: newTally('fit', 'ICP-fit'),
    notFit: newTally('not-fit', 'Not ICP-fit'),
    tiers: tierTallies(compiled),
    criteria: criterionTallies(compiled),
    agreement: { goodFit: 0, goodFitIcpFit: 0, badFit: 0, badFitIcpFit: 0 },
    bestFor: new Map(),
  };
}

/** Add (sign 1) or take out (sign −1) one record, scored here with the compiled playbook. */
export function applyRecord(s: PerformanceState, compiled: CompiledPlaybook, r: OutcomeRecord, today: string, sign: 1 | -1 = 1): void {
  s.count += sign;
  const result = scoreAccount({ facts: r.facts, answers: r.answers }, compiled, { today });
  const best = result.results[0];
  if (best) s.bestFor.set(best.icpId, (s.bestFor.get(best.icpId) ?? 0) + sign);
  const isFit = isIcpFit(best);
  addRecord(isFit ? s.fit : s.notFit, r, sign);
  addRecord(tierTally(s.tiers, best), r, sign);
  if (r.outcome === 'won' || r.outcome === 'lost') addClosed(s.criteria, result, r.outcome === 'won', sign);
  if (r.outcome === 'good-fit' || r.outcome === 'bad-fit') countAgreement(s.agreement, r.outcome, isFit, sign);
}

export function finishPerformance(s: PerformanceState, compiled: CompiledPlaybook, today: string): PerformanceSummary {
  const { fit, notFit } = s;
  const stats = [...s.criteria.values()].map(finishCriterion);
  const closed = fit.won + fit.lost + notFit.won + notFit.lost;
  const open = fit.open + notFit.open;
  return {
    playbook: { name: compiled.playbook.name, version: compiled.playbook.version },
    today,
    records: s.count,
    closed,
    fitDefinition: fitDefinition(compiled.playbook),
    fit: finishTally(fit),
    notFit: finishTally(notFit),
    tiers: [...s.tiers.values()].filter((t) => t.count > 0).map(finishTally),
    pipeline: { open, openFit: fit.open, share: open > 0 ? fit.open / open : null },
    agreement: { ...s.agreement },
    icps: compiled.icps.map(({ icp }) => ({ id: icp.id, name: icp.name, best: s.bestFor.get(icp.id) ?? 0 })),
    criteria: stats,
    notes: notes(closed, stats.map(criterionNote).filter((n) => n !== undefined)),
  };
}

/**
 * The same, one record at a time: the background scores a page of accounts while IndexedDB
 * reads the next one, instead of holding 10,000 rows before starting.
 */
export function performanceTally(playbook: Playbook | CompiledPlaybook, today: string): { add(r: OutcomeRecord): void; finish(): PerformanceSummary; state: PerformanceState } {
  const compiled = 'tests' in playbook ? playbook : compilePlaybook(playbook);
  const state = newPerformanceState(compiled);
  return { add: (r) => applyRecord(state, compiled, r, today), finish: () => finishPerformance(state, compiled, today), state };
}

type Agreement = PerformanceSummary['agreement'];
function countAgreement(a: Agreement, outcome: 'good-fit' | 'bad-fit', isFit: boolean, sign: 1 | -1): void {
  if (outcome === 'good-fit') {
    a.goodFit += sign;
    if (isFit) a.goodFitIcpFit += sign;
  } else {
    a.badFit += sign;
    if (isFit) a.badFitIcpFit += sign;
  }
}

/** One tally per tier name, in the order of the first ICP that names it (best first), then DQ and no score. */
function tierTallies(compiled: CompiledPlaybook): Map<string, GroupTally> {
  const out = new Map<string, GroupTally>();
  for (const { icp } of compiled.icps) for (const t of icp.tiers) if (!out.has(t.name)) out.set(t.name, newTally(`tier:${t.name}`, t.name));
  out.set('DQ', newTally('tier:DQ', 'DQ'));
  out.set(NO_SCORE, newTally('tier:none', NO_SCORE));
  return out;
}

function tierTally(tiers: Map<string, GroupTally>, best: IcpResult | undefined): GroupTally {
  return tiers.get(best?.tier ?? NO_SCORE) ?? tiers.get(NO_SCORE)!;
}

function notes(closed: number, criterionNotes: InsightNote[]): InsightNote[] {
  if (closed >= MIN_CLOSED_KNOWN) return criterionNotes;
  const text =
    closed === 0
      ? 'No won or lost account yet: mark accounts won or lost in the side panel (or import a CRM export) to see win rates.'
      : `Not enough data yet: ${closed} closed (won or lost) account${closed === 1 ? '' : 's'}. Win rates start to mean something from ${MIN_CLOSED_KNOWN}; keep recording outcomes.`;
  return [{ kind: 'not-enough-data', text }, ...criterionNotes];
}
