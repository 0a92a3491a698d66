import { factValueText } from './panel-facts';
import { FACT_INPUTS } from './fact-input';
import type { FactName } from '../facts/model';
import type { SinceLastVisit } from '../accounts/changes';
import type { SinceView } from './model';

export { ageText } from './fact-age';

const dayText = (ms: number) => new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const labelOf = (fact: string) => (Object.hasOwn(FACT_INPUTS, fact) ? FACT_INPUTS[fact as FactName].label : fact);
function valueOf(fact: string, v: unknown): string {
  if (v === null || v === undefined) return 'not known';
  const text = factValueText(fact, v) || String(v);
  if (fact === 'jobCountChange' && typeof v === 'number' && v > 0) return `+${text}`;
  return fact === 'headcountGrowth' || fact === 'followersGrowth' ? `${text}%` : text;
}

/** "Since your last visit" as the panel shows it; undefined when nothing changed. */
export function sinceView(s: SinceLastVisit | undefined): SinceView | undefined {
  if (!s || s.facts.length === 0) return undefined;
  return {
    sinceText: dayText(s.since),
    facts: s.facts.map((f) => ({ fact: f.fact, label: labelOf(f.fact), before: valueOf(f.fact, f.before), after: valueOf(f.fact, f.after) })),
    criteria: s.criteria.map((c) => ({ ...c })),
  };
}
