import { regionLabel, REGIONS, type Region } from '../facts/location';
import type { Range } from '../facts/model';
import { PLAYBOOK_FACTS, type PlaybookFact } from '../playbook/facts';
import { resolveFact, type ScoringFacts } from './derive';

const PLAYBOOK_FACT_SET = new Set<string>(PLAYBOOK_FACTS);
const MONEY = new Set(['revenue', 'revenueRange', 'lastFundingAmount', 'totalFunding']);
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

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const MAX_LISTED = 5;

// Intl formatting is slow next to a lookup, and the same counts repeat across accounts: memoised
// (bounded; -0 is left out, a Map would take it for 0 but Intl writes "-0")
const numMemo = [new Map<number, string>(), new Map<number, string>()] as const;
function num(x: number, money: boolean): string {
  if (Object.is(x, -0)) return money ? `$${compact.format(x)}` : plain.format(x);
  const memo = numMemo[money ? 1 : 0];
  let s = memo.get(x);
  if (s !== undefined) return s;
  s = money ? `$${compact.format(x)}` : plain.format(x);
  if (memo.size >= 10_000) memo.clear();
  memo.set(x, s);
  return s;
}

/** A fact value as a rep reads it: 1,200; 51–200; $12M; "A, B and C"; null when there is nothing to say. */
export function format(v: unknown, fact?: string): string | null {
  const money = fact !== undefined && MONEY.has(fact);
  if (typeof v === 'number') return Number.isFinite(v) ? num(v, money) : null;
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const items = v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    return items.length ? joinNaturally(items) : null;
  }
  if (v && typeof v === 'object' && typeof (v as Range).min === 'number' && Number.isFinite((v as Range).min)) {
    const r = v as Range;
    if (typeof r.max !== 'number' || !Number.isFinite(r.max)) return `${num(r.min, money)}+`;
    return r.max === r.min ? num(r.min, money) : `${num(r.min, money)}–${num(r.max, money)}`;
  }
  return null;
}

/** ["A"] → "A"; ["A","B"] → "A and B"; ["A","B","C"] → "A, B and C"; past five: "…, E and 3 more". */
export function joinNaturally(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length > MAX_LISTED) return `${items.slice(0, MAX_LISTED).join(', ')} and ${items.length - MAX_LISTED} more`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
