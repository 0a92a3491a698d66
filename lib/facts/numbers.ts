// STUB (to be completed by the normalisers work): signatures are the contract.
import type { Range } from './model';

/** "8K followers" → 8000; "2,362" → 2362; "1.2M" → 1200000; no number → null. */
export function parseCount(text: string): number | null {
  const m = /(\d[\d,.]*)\s*([KkMmBb])?/.exec(text);
  if (!m) return null;
  const n = Number(m[1]!.replace(/,/g, ''));
  const mult = { k: 1e3, m: 1e6, b: 1e9 }[(m[2] ?? '').toLowerCase() as 'k'] ?? 1;
  return Number.isFinite(n) ? Math.round(n * mult) : null;
}

/** "51-200 employees" → {min:51,max:200}; "10,001+ employees" / "10K+" → {min:10001|10000,max:null}. */
export function parseEmployeeBand(_text: string): Range | null {
  return null;
}

/** "US$ 4.8M" → 4800000; "$1.2B" → 1.2e9; "€3M" → USD-converted? (no: returns null for non-USD unless documented) */
export function parseMoney(_text: string): number | null {
  return null;
}

/** "$10M-$50M" → {min:1e7,max:5e7}; "$500M - $1B"; "$1B+" → max null. */
export function parseRevenueBand(_text: string): Range | null {
  return null;
}
