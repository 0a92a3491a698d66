import type { Range } from './model';

// Numbers as LinkedIn, Crunchbase and CRMs print them. Every parser returns null rather than a
// guess (or NaN) when the text does not clearly hold a number.

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, mn: 1e6, mio: 1e6, b: 1e9, bn: 1e9, t: 1e12 };
const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|mm|mn|mio|m|bn|b|t)?\b`;

function toNumber(digits: string, suffix: string | undefined): number | null {
  const n = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  const mult = suffix ? SUFFIX[suffix.toLowerCase()] : 1;
  return mult === undefined ? null : Math.round(n * mult);
}

/**
 * "8K followers" → 8000; "2,362 followers" → 2362; "1.5K" → 1500; "44,632 employees on LinkedIn".
 * Commas are thousands separators; a dot is a decimal point (LinkedIn's English UI). Text longer
 * than 200 characters is not a count.
 */
export function parseCount(text: string): number | null {
  if (typeof text !== 'string' || text.length > 200) return null;
  const m = new RegExp(NUM, 'i').exec(text);
  return m ? toNumber(m[1]!, m[2]) : null;
}

/**
 * Employee bands: "51-200 employees" → {51,200}; "10,001+ employees" → {10001,null};
 * "10K+ employees" → {10000,null}; "1K-5K"; "Self-employed" → {1,1}; a single "201 employees" is not a band.
 */
export function parseEmployeeBand(text: string): Range | null {
  if (typeof text !== 'string' || text.length > 200) return null;
  if (/self[- ]employed/i.test(text)) return { min: 1, max: 1 };
  const range = new RegExp(`${NUM}\\s*(?:-|–|—|to)\\s*${NUM}`, 'i').exec(text);
  if (range) {
    const min = toNumber(range[1]!, range[2]);
    const max = toNumber(range[3]!, range[4]);
    return min !== null && max !== null && min <= max ? { min, max } : null;
  }
  const open = new RegExp(`${NUM}\\s*\\+`, 'i').exec(text);
  if (open) {
    const min = toNumber(open[1]!, open[2]);
    return min === null ? null : { min, max: null };
  }
  return null;
}

const USD = /(?:US\$|USD|\$)/i;
const OTHER_CURRENCY = /(€|£|¥|₹|EUR|GBP|JPY|INR|CHF|SEK|CAD|AUD|C\$|A\$)/i;

/** "US$ 4.8M" → 4800000; "$1.2B"; "$250K"; "$1,200,000"; "1.2M USD". Other currencies → null (never treated as USD). */
export function parseMoney(text: string): number | null {
  if (typeof text !== 'string' || text.length > 200) return null;
  if (OTHER_CURRENCY.test(text.replace(/US\$/gi, '')) || !USD.test(text)) return null;
  return parseCount(text.replace(USD, ' '));
}

/** "$10M-$50M" → {1e7,5e7}; "$500M - $1B"; "$1B+" → max null; "Less than $1M" → {0,1e6}; "$1M to $10M". */
export function parseRevenueBand(text: string): Range | null {
  if (typeof text !== 'string' || text.length > 200) return null;
  if (OTHER_CURRENCY.test(text.replace(/US\$/gi, ''))) return null;
  const clean = text.replace(/US\$|USD|\$/gi, '');
  const under = /(?:less than|under|<)\s*/i.exec(clean);
  if (under) {
    const max = parseCount(clean.slice(under.index + under[0].length));
    return max === null ? null : { min: 0, max };
  }
  return parseEmployeeBand(clean);
}
