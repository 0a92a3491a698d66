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
  const above = (xs: (number | null)[], t: number) => xs.filter((x) => x !== null && x >= t).length / (xs.length || 1);
  let a = 50;
  let best = -Infinity;
  for (let t = 10; t <= 95; t += 5) {
    const j = above(pos, t) - above(neg, t);
    if (j > best + 1e-9) [best, a] = [j, t];
  }
  let b = 5;
  for (let t = a - 5; t >= 5; t -= 5) {
    b = t;
    if (above(pos, t) >= 0.9 * above(pos, 0)) break;
  }
  const tiers: Tier[] = [
    { name: 'A', min: a, action: ACTIONS.A },
    { name: 'B', min: b, action: ACTIONS.B },
    { name: 'C', min: 0, action: ACTIONS.C },
  ];
  return { tiers, separation: separationOf(tiers, pos, neg) };
}

function separationOf(tiers: Tier[], pos: (number | null)[], neg: (number | null)[]): Separation {
  const tierOf = (x: number | null) => (x === null ? 'DQ' : (tiers.find((t) => x >= t.min)?.name ?? 'C'));
  const rows = [...tiers.map((t) => ({ name: t.name, min: t.min as number | null })), { name: 'DQ', min: null }].map((t) => {
    const won = pos.filter((x) => tierOf(x) === t.name).length;
    const lost = neg.filter((x) => tierOf(x) === t.name).length;
    return { ...t, won, lost, shareWon: pos.length ? won / pos.length : 0, shareLost: neg.length ? lost / neg.length : 0 };
  });
  return { tiers: rows };
}
