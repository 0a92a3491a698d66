import type { EvidenceItem, FactEdit, FactRow } from './model';
import { countryName, regionLabel, REGIONS, type Region } from '../facts/location';
import type { FactName } from '../facts/model';
import type { AccountView } from '../messaging/views';
import { format } from '../scoring/format';
import { FACT_INPUTS, editableFact } from './fact-input';
import { sourceLabel } from '../facts/source-label';
import { ageText } from './fact-age';

export { sourceLabel };

export function toEvidence(e: { source: string; url: string; text: string; observedAt?: number }): EvidenceItem {
  // the rep's own value has no page text to quote ("Entered by you" is already the source)
  return { sourceLabel: sourceLabel(e.source), url: e.url, text: e.source === 'rep' ? '' : e.text, observedAt: e.observedAt };
}

/** A stored value as the rep reads it (countries by name, money with $). */
export function factValueText(fact: string, value: unknown): string {
  if (fact === 'hqCountry' && typeof value === 'string') return countryName(value) ?? value;
  if (fact === 'foundedYear' && typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const items = value.filter((v): v is string => typeof v === 'string');
    return items.join(', ');
  }
  return format(value, fact) ?? '';
}

/** A criterion's tested value as the rep reads it (regions and countries by name, ages in years). */
export function criterionValueText(fact: string | undefined, value: unknown): string | undefined {
  if (fact === 'hqRegion' && Array.isArray(value)) {
    const known = value.filter((r): r is Region => (REGIONS as readonly unknown[]).includes(r));
    return known.length ? known.map(regionLabel).join(', ') : undefined;
  }
  if (fact === 'companyAge' && typeof value === 'number') return `${value} year${value === 1 ? '' : 's'}`;
  if (fact) return factValueText(fact, value) || undefined;
  return format(value) ?? undefined;
}

/** How the rep edits a fact on this account (null when the fact is not one a rep may enter). */
export function factEdit(account: AccountView, fact: FactName | undefined): FactEdit | undefined {
  if (!fact) return undefined;
  const spec = FACT_INPUTS[fact];
  const stored = account.facts[fact];
  return { fact, label: spec.label, kind: spec.kind, max: spec.max, current: stored?.value, byRep: stored?.source === 'rep' };
}

/** The edit for a criterion on a (possibly derived) playbook fact. */
export function criterionEdit(account: AccountView, fact: string | undefined): FactEdit | undefined {
  return factEdit(account, editableFact(fact));
}

/** Every known fact, in a fixed order, with its source and evidence; and the facts still unknown. */
export function factRows(account: AccountView): { facts: FactRow[]; addable: FactEdit[] } {
  const facts: FactRow[] = [];
  const addable: FactEdit[] = [];
  for (const fact of Object.keys(FACT_INPUTS) as FactName[]) {
    const edit = factEdit(account, fact)!;
    const stored = account.facts[fact];
    if (!stored) {
      addable.push(edit);
      continue;
    }
    facts.push({
      ...edit,
      valueText: factValueText(fact, stored.value),
      sourceLabel: sourceLabel(stored.source),
      evidence: stored.source === 'rep' ? [] : stored.evidence.map(toEvidence),
      age: ageText(stored.observedAt, Date.now()),
    });
  }
  return { facts, addable };
}
