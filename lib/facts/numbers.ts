import { isLocaleNumberLang, localeBand, localeCount } from './locale-numbers';
import type { Range } from './model';
import { AMOUNT, amountValue, firstAmount } from './number-token';
import { cleanText } from './text';

export { parseMoney, parseMoneyWithCurrency, parseRevenueBand, type Money, type MoneyOptions } from './money';

// Counts and bands as LinkedIn and Sales Navigator print them. Every parser returns null rather
// than a guess (never NaN); the separator rule is in number-token.ts (English, and any language we
// do not know) and locale-numbers.ts (de, fr, es, pt, nl, it: `lang` is the page's language).

/** Band and count text is short; anything longer is not one of ours, and is not worth scanning. */
const MAX_NUMBER_TEXT = 300;

/**
 * "8K followers" → 8000; "9M followers"; "2,362 followers" → 2362; "44,632 employees on LinkedIn";
 * "100 associated members"; "1.5K" → 1500. The first number in the text counts. Whole numbers
 * only: "1.234" is null (European thousands or a decimal? we do not guess), as is "1,5K" — unless
 * `lang` says how the page writes numbers: parseCount("1.234 Follower", "de") → 1234.
 */
export function parseCount(text: string, lang?: string): number | null {
  const t = cleanText(text, MAX_NUMBER_TEXT);
  if (!t) return null;
  return isLocaleNumberLang(lang) ? localeCount(t, lang) : firstAmount(t, 'count');
}

const BAND = new RegExp(`${AMOUNT}\\s*(?:-|–|—|‒|to)\\s*${AMOUNT}`, 'iu');
const OPEN_BAND = new RegExp(`${AMOUNT}\\s*(?:\\+|or more|and (?:more|over|above))`, 'iu');

/**
 * Employee size bands: "51-200 employees" / "51–200" → {51,200}; "501-1,000"; "10,001+ employees"
 * → {10001,null}; "10K+ employees" → {10000,null}; "Self-employed" → {1,1}. A single number
 * ("201 employees") is an exact count, not a band: null (use parseCount). With a page `lang`:
 * "1.001–5.000 Beschäftigte" (de) → {1001,5000}, "Più di 10.001 dipendenti" (it) → {10001,null}.
 */
export function parseEmployeeBand(text: string, lang?: string): Range | null {
  const t = cleanText(text, MAX_NUMBER_TEXT);
  if (!t) return null;
  if (isLocaleNumberLang(lang)) return localeBand(t, lang);
  // LinkedIn's smallest band is written as words, not numbers
  if (/\bself[\s-]?employed\b|\bmyself only\b/i.test(t)) return { min: 1, max: 1 };
  const range = BAND.exec(t);
  if (range) {
    const min = amountValue(range[1], range[2], range[3], '', 'count');
    const max = amountValue(range[4], range[5], range[6], t.slice(range.index + range[0].length), 'count');
    return min !== null && max !== null && min <= max ? { min, max } : null;
  }
  const open = OPEN_BAND.exec(t);
  if (open) {
    const min = amountValue(open[1], open[2], open[3], '', 'count');
    return min === null ? null : { min, max: null };
  }
  return null;
}
