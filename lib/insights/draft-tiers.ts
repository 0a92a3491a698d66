import type { Icp, Playbook, Tier } from '../playbook/schema';
import { PLAYBOOK_FORMAT } from '../playbook/schema';
import { compilePlaybook, scoreAccount } from '../scoring';
import type { OutcomeRecord } from './record';

/** How the draft's tiers split the records it was built from: the manager's check that it separates. */
export interface Separation {
  tiers: { name: string; min: number | null; won: number; lost: number; shareWon: number; shareLost: number }[];
}

const ACTIONS = {
  A: 'Looks like the accounts we win: route to an AE for same-day follow-up',
  B: 'Partly like our customers: SDR sequence this week',
  C: 'Unlike the accounts we win: nurture, revisit next quarter',
};

/**
 * Tier cut-offs from the draft's own scores on these records: A starts where the share of won
 * accounts above it most exceeds the share of lost ones (Youden's J), B low enough to keep 90%
 * of the won accounts above it. Disqualified records are outside every tier.
 */
export function chooseTiers(icp: Icp, positives: readonly OutcomeRecord[], negatives: readonly OutcomeRecord[], today: string): { tiers: Tier[]; separation: Separation } {
  const probe: Playbook = { format: PLAYBOOK_FORMAT, name: 'probe', version: '0', icps: [icp], personas: [] };
  const compiled = compilePlaybook(probe);
  const scoreOf = (r: OutcomeRecord): number | null => {
    const res = scoreAccount({ facts: r.facts }, compiled, { today }).results[0];
    return !res || res.tier === 'DQ' ? null : (res.score ?? 0);
  };
  const pos = positives.map(scoreOf);
  const neg = negatives.map(scoreOf);
  const abovePos = shareAtOrAbove(pos);
  const aboveNeg = shareAtOrAbove(neg);
  let a = 50;
  let best = -Infinity;
  for (let t = 10; t <= 95; t += 5) {
    const j = abovePos(t) - aboveNeg(t);
    if (j > best + 1e-9) [best, a] = [j, t];
  }
  let b = 5;
  for (let t = a - 5; t >= 5; t -= 5) {
    b = t;
    if (abovePos(t) >= 0.9 * abovePos(0)) break;
  }
  const tiers: Tier[] = [
    { name: 'A', min: a, action: ACTIONS.A },
    { name: 'B', min: b, action: ACTIONS.B },
    { name: 'C', min: 0, action: ACTIONS.C },
  ];
  return { tiers, separation: separationOf(tiers, pos, neg) };
}

/**
 * The share of scores (nulls counted in the denominator) at or above a cut-off, by binary search
 * in the sorted scores: the cut-off search asks ~50 times, and filtering 100,000 scores each time
 * cost ~0.1 s.
 */
export function shareAtOrAbove(xs: readonly (number | null)[]): (t: number) => number {
  // NaN is never >= t, as in a filter: leave it out
  const sorted = Float64Array.from(xs.filter((x): x is number => x !== null && !Number.isNaN(x))).sort();
  const n = xs.length || 1;
  return (t) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return (sorted.length - lo) / n;
  };
}

function separationOf(tiers: Tier[], pos: (number | null)[], neg: (number | null)[]): Separation {
  const tierOf = (x: number | null) => (x === null ? 'DQ' : (tiers.find((t) => x >= t.min)?.name ?? 'C'));
  // each score's tier once, not once per row of the table
  const countTiers = (xs: readonly (number | null)[]) => {
    const n = new Map<string, number>();
    for (const x of xs) {
      const tier = tierOf(x);
      n.set(tier, (n.get(tier) ?? 0) + 1);
    }
    return n;
  };
  const posIn = countTiers(pos);
  const negIn = countTiers(neg);
  const rows = [...tiers.map((t) => ({ name: t.name, min: t.min as number | null })), { name: 'DQ', min: null }].map((t) => {
    const won = posIn.get(t.name) ?? 0;
    const lost = negIn.get(t.name) ?? 0;
    return { ...t, won, lost, shareWon: pos.length ? won / pos.length : 0, shareLost: neg.length ? lost / neg.length : 0 };
  });
  return { tiers: rows };
}
