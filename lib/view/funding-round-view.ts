import type { FactChange } from '../accounts/changes';
import { newFundingRound, ROUND_FACTS } from '../accounts/funding-round';
import { fundingStageLabel, normaliseFundingStage } from '../facts/funding';
import type { AccountView } from '../messaging/views';
import type { EvidenceItem } from './model';
import { factValueText, toEvidence } from './panel-facts';

/** Issue 20: "New funding round: Series B, $40M, 2026-11-14 (was Series A, 2026-08-14)", with where it was read. */
export interface RoundView {
  text: string;
  evidence: EvidenceItem[];
}

/** "series-b" (or "Series B round") → "Series B"; text that is no known stage is shown as read. */
export function stageLabel(stage: string): string {
  const c = normaliseFundingStage(stage);
  return c ? fundingStageLabel(c) : stage;
}

function valueText(fact: string, v: unknown): string {
  if (v === undefined || v === null) return '';
  return fact === 'fundingStage' && typeof v === 'string' ? stageLabel(v) : factValueText(fact, v);
}

/**
 * The round line, or null when the latest change is no new round. `at`: the visit that read it; a
 * fact that did not change but was read by that visit (a Series B extension keeps its stage)
 * belongs to the new round too, an older one (last round's amount) does not.
 */
export function fundingRoundView(changes: readonly FactChange[], facts: AccountView['facts'], at: number): RoundView | null {
  const round = newFundingRound(changes);
  if (!round) return null;
  const changed = (f: string) => round.find((c) => c.fact === f);
  const current = (f: string) => (Object.hasOwn(facts, f) && facts[f]!.observedAt >= at ? facts[f]!.value : undefined);
  const now = ['fundingStage', 'lastFundingAmount', 'lastFundingDate'].map((f) => valueText(f, changed(f) ? changed(f)!.after : current(f))).filter(Boolean);
  const total = changed('totalFunding')?.after;
  const was = [valueText('fundingStage', changed('fundingStage')?.before), valueText('lastFundingDate', changed('lastFundingDate')?.before)].filter(Boolean);
  const text = `New funding round: ${now.join(', ') || 'details not read'}${total !== undefined ? `; ${valueText('totalFunding', total)} in total` : ''}${was.length ? ` (was ${was.join(', ')})` : ''}`;
  return { text, evidence: evidenceOf(round, facts) };
}

/** Where the round was read: the stored evidence of its first fact that has some (the funding facts of one page share one quote). */
function evidenceOf(round: FactChange[], facts: AccountView['facts']): EvidenceItem[] {
  for (const name of ROUND_FACTS) {
    const e = round.some((c) => c.fact === name) && Object.hasOwn(facts, name) ? facts[name]!.evidence[0] : undefined;
    if (e) return [toEvidence(e)];
  }
  return [];
}
