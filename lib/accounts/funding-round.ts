import { fundingStageRank } from '../facts/funding';
import type { FactChange } from './changes';

/**
 * Issue 20: a new funding round is a change of its own under "Since your last visit", not a changed
 * date next to a changed stage. These facts describe the last round; when a round is new, their
 * changes are told once, as the round.
 */
export const ROUND_FACTS: readonly string[] = ['fundingStage', 'lastFundingDate', 'lastFundingAmount', 'fundingRounds', 'totalFunding'];

const isoDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const rank = (v: unknown) => (typeof v === 'string' ? fundingStageRank(v) : null);

/**
 * The funding changes of the latest change when they say a new round happened: a later round
 * date, more rounds, or a later stage, each against a value read before (a value read for the
 * first time is not news of a round, and a date moved earlier is a correction). Null otherwise.
 */
export function newFundingRound(facts: readonly FactChange[]): FactChange[] | null {
  const funding = facts.filter((f) => ROUND_FACTS.includes(f.fact));
  const by = (name: string) => funding.find((f) => f.fact === name);
  const date = by('lastFundingDate');
  const rounds = by('fundingRounds');
  const stage = by('fundingStage');
  const laterDate = isoDay(date?.before) && isoDay(date.after) && date.after > date.before;
  const moreRounds = typeof rounds?.before === 'number' && typeof rounds.after === 'number' && rounds.after > rounds.before;
  const [was, now] = [rank(stage?.before), rank(stage?.after)];
  const laterStage = was !== null && now !== null && now > was;
  return laterDate || moreRounds || laterStage ? funding : null;
}
