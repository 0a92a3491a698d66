import { factValueText } from './panel-facts';
import { FACT_INPUTS } from './fact-input';
import type { FactName } from '../facts/model';
import type { SinceLastVisit } from '../accounts/changes';
import type { SinceView } from './model';
import type { AccountView } from '../messaging/views';
import { ROUND_FACTS } from '../accounts/funding-round';
import { fundingRoundView } from './funding-round-view';

export { ageText } from './fact-age';

const dayText = (ms: number) => new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const labelOf = (fact: string) => (Object.hasOwn(FACT_INPUTS, fact) ? FACT_INPUTS[fact as FactName].label : fact);
function valueOf(fact: string, v: unknown): string {
  if (v === null || v === undefined) return 'not known';
  const text = factValueText(fact, v) || String(v);
  if (fact === 'jobCountChange' && typeof v === 'number' && v > 0) return `+${text}`;
  return fact === 'headcountGrowth' || fact === 'followersGrowth' ? `${text}%` : text;
}

/**
 * "Since your last visit" as the panel shows it; undefined when nothing changed. With the account's
 * facts, a new funding round is one line of its own (and its stage, date, amount are not listed again).
 */
export function sinceView(s: SinceLastVisit | undefined, facts?: AccountView['facts']): SinceView | undefined {
  if (!s || s.facts.length === 0) return undefined;
  const round = facts ? fundingRoundView(s.facts, facts, s.at) : null;
  const listed = round ? s.facts.filter((f) => !ROUND_FACTS.includes(f.fact)) : s.facts;
  return {
    sinceText: dayText(s.since),
    facts: listed.map((f) => ({ fact: f.fact, label: labelOf(f.fact), before: valueOf(f.fact, f.before), after: valueOf(f.fact, f.after) })),
    criteria: s.criteria.map((c) => ({ ...c })),
    ...(round && { round }),
  };
}
