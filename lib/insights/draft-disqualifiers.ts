import type { Analysis, Pattern } from './analyze';
import { passOf } from './draft-tests';
import type { OutcomeRecord } from './record';

export const MAX_DISQUALIFIERS = 5;
/** A draft's disqualifiers, together, may put at most this share of the won deals in DQ (issue 19 §3). */
export const MAX_WON_EXCLUDED = 0.05;

/**
 * The negative patterns a draft proposes as disqualifiers, strongest first: each with evidence
 * and a lift under ⅓, and — added one by one — only while all of them together still exclude at
 * most 5% of the won deals. Checking each alone is not enough: five candidates of 4% each would
 * disqualify a fifth of the accounts the team wins.
 */
export function disqualifierCandidates(analysis: Analysis, positives: readonly OutcomeRecord[]): Pattern[] {
  const budget = Math.floor(MAX_WON_EXCLUDED * positives.length);
  const excluded = new Set<number>();
  const out: Pattern[] = [];
  for (const p of analysis.patterns) {
    if (out.length >= MAX_DISQUALIFIERS) break;
    if (p.confidence === 'weak' || p.lift >= 1 / 3 || p.shareWon > MAX_WON_EXCLUDED) continue;
    const pass = passOf(p.range ? { attribute: p.attribute, range: p.range } : { attribute: p.attribute, values: [p.key] });
    const hits: number[] = [];
    positives.forEach((r, i) => {
      if (!excluded.has(i) && pass(r)) hits.push(i);
    });
    if (excluded.size + hits.length > budget) continue;
    for (const i of hits) excluded.add(i);
    out.push(p);
  }
  return out;
}
