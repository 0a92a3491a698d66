import type { AccountResult, CriterionResult } from '../scoring';
import type { CompiledPlaybook } from '../scoring/compile';
import { winRate } from './performance-groups';
import type { Confidence, CriterionStat, InsightNote } from './performance-schema';
import { pct } from './summary';

/** Closed accounts (won + lost) with the fact known below which a criterion is not judged. */
export const MIN_CLOSED_KNOWN = 30;
/** Closed accounts each side (matched / missed) needs before a difference means anything. */
export const MIN_SIDE = 5;
/** A difference smaller than this many percentage points, and not significant, is "no separation". */
export const NOISE_POINTS = 10;

export interface CriterionTally {
  icpId: string;
  icpName: string;
  criterionId: string;
  label: string;
  points: number;
  mw: number;
  ml: number;
  xw: number;
  xl: number;
  unknown: number;
}

/** Per criterion of every ICP: how closed accounts did when it matched vs when it missed. */
export function criterionTallies(compiled: CompiledPlaybook): Map<string, CriterionTally> {
  const out = new Map<string, CriterionTally>();
  for (const { icp } of compiled.icps) {
    for (const c of icp.criteria) {
      out.set(key(icp.id, c.id), { icpId: icp.id, icpName: icp.name, criterionId: c.id, label: c.label, points: c.points, mw: 0, ml: 0, xw: 0, xl: 0, unknown: 0 });
    }
  }
  return out;
}

const key = (icpId: string, criterionId: string) => `${icpId}\u0000${criterionId}`;

/**
 * Per tally map, per ICP id: the tally of the criterion at each position of that ICP's results.
 * An ICP's criteria come back in the same order account after account, so a tally is found by
 * position (its id checked) instead of building an "ICP + criterion" key string and hashing it for
 * every criterion of every account (~a fifth of the quarterly review's time on 3,333 deals).
 */
const byPosition = new WeakMap<Map<string, CriterionTally>, Map<string, (CriterionTally | undefined)[]>>();

/** Count one closed account's criteria (partial credit of half or more counts as matched). */
export function addClosed(tallies: Map<string, CriterionTally>, result: AccountResult, won: boolean, sign: 1 | -1 = 1): void {
  let icps = byPosition.get(tallies);
  if (!icps) byPosition.set(tallies, (icps = new Map()));
  for (const r of result.results) {
    let slots = icps.get(r.icpId);
    if (!slots) icps.set(r.icpId, (slots = []));
    const criteria = r.criteria;
    for (let i = 0; i < criteria.length; i++) {
      const c = criteria[i]!;
      let t = slots[i];
      // a position whose criterion is another one (or not looked up yet): by key, then remembered
      if (t === undefined || t.criterionId !== c.id) {
        t = tallies.get(key(r.icpId, c.id));
        if (!t) continue;
        slots[i] = t;
      }
      countCriterion(t, c, won, sign);
    }
  }
}

export function countCriterion(t: CriterionTally, c: CriterionResult, won: boolean, sign: 1 | -1): void {
  if (c.state === 'unknown') t.unknown += sign;
  else if (c.state === 'matched' || (c.state === 'partial' && c.credit >= 0.5)) {
    if (won) t.mw += sign;
    else t.ml += sign;
  } else if (won) t.xw += sign;
  else t.xl += sign;
}

/** Two-proportion z statistic (pooled); 0 when it cannot be computed. */
export function zScore(w1: number, n1: number, w2: number, n2: number): number {
  if (n1 === 0 || n2 === 0) return 0;
  const p = (w1 + w2) / (n1 + n2);
  const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  return se === 0 ? 0 : (w1 / n1 - w2 / n2) / se;
}

export function confidenceOf(w1: number, n1: number, w2: number, n2: number): Confidence {
  if (n1 < MIN_SIDE || n2 < MIN_SIDE) return 'insufficient';
  const z = Math.abs(zScore(w1, n1, w2, n2));
  return z >= 2.58 ? 'high' : z >= 1.96 ? 'medium' : 'low';
}

export function finishCriterion(t: CriterionTally): CriterionStat {
  const matched = { won: t.mw, lost: t.ml, winRate: winRate(t.mw, t.ml) };
  const missed = { won: t.xw, lost: t.xl, winRate: winRate(t.xw, t.xl) };
  const difference = matched.winRate !== null && missed.winRate !== null ? 100 * (matched.winRate - missed.winRate) : null;
  const lift = matched.winRate !== null && missed.winRate ? matched.winRate / missed.winRate : null;
  const confidence = confidenceOf(t.mw, t.mw + t.ml, t.xw, t.xw + t.xl);
  return { icpId: t.icpId, icpName: t.icpName, criterionId: t.criterionId, label: t.label, points: t.points, matched, missed, unknown: t.unknown, difference, lift, confidence };
}


/** The "what would change" note for one criterion, when its data says something. */
export function criterionNote(s: CriterionStat): InsightNote | undefined {
  const known = s.matched.won + s.matched.lost + s.missed.won + s.missed.lost;
  if (s.difference === null || s.confidence === 'insufficient') return undefined;
  const rates = `won ${pct(s.matched.winRate ?? 0)} when matched vs ${pct(s.missed.winRate ?? 0)} when missed`;
  const base = { icpId: s.icpId, criterionId: s.criterionId };
  if (s.confidence === 'low' && known >= MIN_CLOSED_KNOWN && Math.abs(s.difference) < NOISE_POINTS) {
    return { ...base, kind: 'noise', text: `“${s.label}” does not separate won from lost on ${known} accounts (${rates}): consider lowering its points or removing it.` };
  }
  // A note asks a manager to change the playbook: only at 99% (several criteria are tested at
  // once, so 95% would flag one criterion in every few playbooks by chance alone).
  if (s.confidence !== 'high') return undefined;
  if (s.difference < 0) {
    return { ...base, kind: 'inverse', text: `“${s.label}” points the wrong way on ${known} accounts (${rates}): check its values, or turn it into a disqualifier.` };
  }
  return { ...base, kind: 'predicts', text: `“${s.label}” predicts wins on ${known} accounts (${rates}, ${s.points} points).` };
}
