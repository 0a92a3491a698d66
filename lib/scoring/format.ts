import type { Range } from '../facts/model';

// How a fact value reads in a sentence. Apart from template.ts (talking points, which resolve facts
// with the scoring engine) so that the side panel, which only formats, does not bundle the engine's
// tables (issue 17: the side panel's JS stays within 300 kB).

const MONEY = new Set(['revenue', 'revenueRange', 'lastFundingAmount', 'totalFunding']);
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
