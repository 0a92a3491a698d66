import { regionLabel, regionsOf, countryCode, type Region } from '../facts/location';
import type { Range } from '../facts/model';
import { resolveFact, type ScoringFacts } from './derive';
import { PLAYBOOK_FACTS, type PlaybookFact } from '../playbook/facts';

const PLAYBOOK_FACT_SET = new Set<string>(PLAYBOOK_FACTS);

/**
 * Fill {{placeholders}} from the account's facts. Returns null when any placeholder has no value,
 * so a rep never reads "{{…}}", "undefined" or "NaN": the point is left out instead.
 */
export function fillTemplate(text: string, facts: ScoringFacts, extras: Record<string, string | undefined>, todayYear: number): string | null {
  let missing = false;
  const out = text.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_m, name: string) => {
    const v = placeholderValue(name, facts, extras, todayYear);
    if (v === null || v === '') missing = true;
    return v ?? '';
  });
  return missing ? null : out;
}

function placeholderValue(name: string, facts: ScoringFacts, extras: Record<string, string | undefined>, todayYear: number): string | null {
  if (Object.hasOwn(extras, name)) return extras[name] ?? null;
  if (name === 'openRoles.count') {
    const roles = facts.openRoles?.value;
    const count = facts.jobCount?.value;
    if (typeof count === 'number') return n(count);
    return Array.isArray(roles) && roles.length ? String(roles.length) : null;
  }
  if (name === 'hqRegion') {
    const c = facts.hqCountry?.value;
    const code = typeof c === 'string' ? countryCode(c) : null;
    const regions = code ? regionsOf(code) : [];
    return regions.length ? regionLabel(regions[0] as Region) : null;
  }
  const resolved = PLAYBOOK_FACT_SET.has(name) ? resolveFact(facts, name as PlaybookFact, todayYear)?.value : facts[name]?.value;
  return format(resolved);
}

const numbers = new Intl.NumberFormat('en-US');
const n = (x: number) => numbers.format(x);

export function format(v: unknown): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? n(v) : null;
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return v.length ? joinNaturally(v.map(String)) : null;
  if (v && typeof v === 'object' && 'min' in v) {
    const r = v as Range;
    return r.max === null ? `${n(r.min)}+` : `${n(r.min)}–${n(r.max)}`;
  }
  return null;
}

/** ["A"] → "A"; ["A","B"] → "A and B"; ["A","B","C"] → "A, B and C" */
export function joinNaturally(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
