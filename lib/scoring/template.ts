import { regionLabel, REGIONS, type Region } from '../facts/location';
import { PLAYBOOK_FACTS, type PlaybookFact } from '../playbook/facts';
import { resolveFact, type ScoringFacts } from './derive';
import { format } from './format';

// format() lives in format.ts: the side panel imports it without the scoring engine behind this file
export { format, joinNaturally } from './format';

const PLAYBOOK_FACT_SET = new Set<string>(PLAYBOOK_FACTS);
const PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;

/** A talking point split once into literal text and placeholder names (parts = names + 1). */
export interface CompiledTemplate {
  parts: string[];
  names: string[];
}

export function compileTemplate(text: string): CompiledTemplate {
  const parts: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(last, m.index));
    names.push(m[1]!);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return { parts, names };
}

/**
 * Fill the placeholders, or null when any has no value: a rep never reads "{{…}}", "undefined"
 * or "NaN" — the point is left out instead.
 */
export function renderTemplate(t: CompiledTemplate, valueOf: (name: string) => string | null): string | null {
  let out = t.parts[0]!;
  for (let i = 0; i < t.names.length; i++) {
    const v = valueOf(t.names[i]!);
    if (v === null || v === '') return null;
    out += v + t.parts[i + 1]!;
  }
  return out;
}

/** One placeholder's text from the account's facts (derived facts included), or null. */
export function placeholderValue(name: string, facts: ScoringFacts, todayYear: number): string | null {
  if (name === 'openRoles.count') return openRolesCount(facts);
  const value = PLAYBOOK_FACT_SET.has(name) ? resolveFact(facts, name as PlaybookFact, todayYear)?.value : facts[name]?.value;
  return placeholderText(name, value);
}

/** "{{openRoles.count}}": the job count when the page gave one, else the number of roles listed. */
export function openRolesCount(facts: ScoringFacts): string | null {
  const count = facts.jobCount?.value;
  if (typeof count === 'number' && Number.isFinite(count) && count > 0) return format(count);
  const roles = facts.openRoles?.value;
  return Array.isArray(roles) && roles.length ? String(roles.length) : null;
}

/** A placeholder's text from its value (for a playbook fact: the resolved value the tests read). */
export function placeholderText(name: string, value: unknown): string | null {
  if (name === 'hqRegion') {
    const first = Array.isArray(value) ? value.find((r): r is Region => (REGIONS as readonly string[]).includes(r)) : undefined;
    return first ? regionLabel(first) : null;
  }
  return format(value, name);
}
