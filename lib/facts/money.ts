import type { Range } from './model';
import { AMOUNT, amountValue } from './number-token';
import { cleanText } from './text';

// Money as Crunchbase, LinkedIn and Sales Navigator print it. Facts hold USD (model: revenue,
// lastFundingAmount), so an amount in any other currency is null unless the caller passes an
// explicit rate: a euro is never silently counted as a dollar. Rates are the caller's choice and
// stay outside this module (no network, and same input → same output).

export interface Money {
  amount: number;
  /** ISO-4217 code, or the symbol itself when the symbol alone does not name one currency ("¥", "kr"). */
  currency: string;
}

export interface MoneyOptions {
  /** US dollars per one unit of a currency, e.g. { EUR: 1.08 }. Without it non-USD amounts are null. */
  usdPer?: Readonly<Record<string, number>>;
}

// Longest first, so "CA$" is never read as "$". A bare "$" is USD: in an English UI the other dollars
// carry a prefix (CA$, A$, NZ$ …). Three-letter codes count only in capitals ("try", "sar" are words;
// the patterns are case-insensitive for "4.8m", so isMarker re-checks the case).
const MARKERS: [string, string][] = [
  ['US$', 'USD'], ['U.S.$', 'USD'], ['CA$', 'CAD'], ['C$', 'CAD'], ['AU$', 'AUD'], ['A$', 'AUD'],
  ['NZ$', 'NZD'], ['HK$', 'HKD'], ['SG$', 'SGD'], ['S$', 'SGD'], ['R$', 'BRL'], ['MX$', 'MXN'],
  ['NT$', 'TWD'], ['CN¥', 'CNY'], ['JP¥', 'JPY'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'],
  ['₹', 'INR'], ['₩', 'KRW'], ['₪', 'ILS'], ['₺', 'TRY'], ['₽', 'RUB'], ['₦', 'NGN'], ['¥', '¥'],
];
const CODES = 'USD|EUR|GBP|JPY|CNY|RMB|INR|CHF|SEK|NOK|DKK|CAD|AUD|NZD|HKD|SGD|BRL|MXN|KRW|ILS|PLN|CZK|HUF|ZAR|AED|SAR|TRY|RUB|TWD|NGN';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MARKER = `(?:${MARKERS.map(([m]) => escape(m)).join('|')}|\\b(?:${CODES})\\b|\\bkr\\b|\\bzł)`;
const BY_MARKER = new Map<string, string>([...MARKERS, ['RMB', 'CNY'], ['ZŁ', 'PLN'], ['KR', 'kr']]);

const currencyOf = (marker: string) => BY_MARKER.get(marker.toUpperCase()) ?? marker.toUpperCase();
const isMarker = (m: string) => !/^[a-z]{3}$/i.test(m) || /^[A-Z]{3}$/.test(m);
const PREFIXED = new RegExp(`(${MARKER})\\s?${AMOUNT}`, 'giu');
// "1.2 Mio. €": German abbreviations of a scale word end with a dot before the currency
const SUFFIXED = new RegExp(`${AMOUNT}\\.?\\s?(${MARKER})`, 'giu');
const ANY_MARKER = new RegExp(MARKER, 'giu');

/** Every amount written next to a currency marker, in text order. */
function amountsIn(t: string): Money[] {
  const found: (Money & { at: number })[] = [];
  for (const m of t.matchAll(PREFIXED)) {
    if (!isMarker(m[1]!)) continue;
    const amount = amountValue(m[2], m[3], m[4], t.slice(m.index + m[0].length), 'money');
    if (amount !== null) found.push({ amount, currency: currencyOf(m[1]!), at: m.index });
  }
  for (const m of t.matchAll(SUFFIXED)) {
    // the last group of a space-grouped "1 200 000 €" is not an amount of its own (ambiguous: null)
    if (!isMarker(m[4]!) || /\d\s$/.test(t.slice(0, m.index))) continue;
    const amount = amountValue(m[1], m[2], m[3], t.slice(m.index + m[0].length - m[4]!.length), 'money');
    if (amount !== null) found.push({ amount, currency: currencyOf(m[4]!), at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map(({ amount, currency }) => ({ amount, currency }));
}

/**
 * "US$ 4.8M" → {4800000, USD}; "€3M" → {3000000, EUR}; "1.2M USD". An amount with no currency
 * marker is null (we do not assume one). When a text shows several, an explicit USD figure wins
 * ("€5M ($5.4M)"), else the first.
 */
export function parseMoneyWithCurrency(text: string): Money | null {
  const t = cleanText(text, 300);
  const all = t ? amountsIn(t) : [];
  return all.find((m) => m.currency === 'USD') ?? all[0] ?? null;
}

function toUsd(m: Money | null, opts?: MoneyOptions): number | null {
  if (!m) return null;
  if (m.currency === 'USD') return m.amount;
  const rates = opts?.usdPer;
  const rate = rates && Object.hasOwn(rates, m.currency) ? rates[m.currency] : undefined;
  return typeof rate === 'number' && Number.isFinite(rate) && rate > 0 ? Math.round(m.amount * rate) : null;
}

/**
 * Amount in US dollars: "US$ 4.8M" → 4800000; "$1.2B"; "$250K"; "$1,200,000"; "1.2M USD".
 * Other currencies → null unless `opts.usdPer` gives that currency's rate. Whole dollars.
 */
export function parseMoney(text: string, opts?: MoneyOptions): number | null {
  return toUsd(parseMoneyWithCurrency(text), opts);
}

const BOUND = `\\s*${AMOUNT}`;
const RANGE = new RegExp(`${AMOUNT}\\s*(?:-|–|—|‒|to)${BOUND}`, 'iu');
const BELOW = new RegExp(`(?:less than|under|below|up to|<)${BOUND}`, 'iu');
const ABOVE = new RegExp(`(?:more than|over|above|greater than|>)${BOUND}|${AMOUNT}\\s*\\+`, 'iu');

/** Every currency named in the text ("1.2 Mio. €" → ["EUR"]), whether or not an amount could be read. */
export function currenciesIn(text: string): string[] {
  const t = cleanText(text, 300);
  return [...new Set([...t.matchAll(ANY_MARKER)].filter((m) => isMarker(m[0])).map((m) => currencyOf(m[0])))];
}

/** The one currency a band is written in, or null when none or several are shown. */
function bandCurrency(t: string): string | null {
  const codes = new Set([...t.matchAll(ANY_MARKER)].filter((m) => isMarker(m[0])).map((m) => currencyOf(m[0])));
  return codes.size === 1 ? [...codes][0]! : null;
}

/** "$1-5M" means one to five million: a bare lower bound takes the upper bound's scale when that keeps it lower. */
function rangeBounds(m: RegExpExecArray, rest: string): Range | null {
  let min = amountValue(m[1], m[2], m[3], '', 'money');
  const max = amountValue(m[4], m[5], m[6], rest, 'money');
  if (min === null || max === null) return null;
  if (!m[3] && m[6]) {
    const scaled = amountValue(m[1], m[2], m[6], '', 'money');
    if (scaled !== null && scaled <= max) min = scaled;
  }
  return min <= max ? { min, max } : null;
}

function usdBand(t: string): Range | null {
  const range = RANGE.exec(t);
  if (range) return rangeBounds(range, t.slice(range.index + range[0].length));
  const below = BELOW.exec(t);
  if (below) {
    const max = amountValue(below[1], below[2], below[3], t.slice(below.index + below[0].length), 'money');
    return max === null ? null : { min: 0, max };
  }
  const above = ABOVE.exec(t);
  if (!above) return null;
  const g = above[1] !== undefined ? 1 : 4;
  const min = amountValue(above[g], above[g + 1], above[g + 2], g === 1 ? t.slice(above.index + above[0].length) : '', 'money');
  return min === null ? null : { min, max: null };
}

/**
 * Revenue bands in USD: "$10M-$50M" → {1e7,5e7}; "$500M - $1B"; "$1M to $10M"; "$1B+" and "Over
 * $1B" → max null; "Less than $1M" → {0,1e6}. Needs one currency marker; other currencies → null
 * unless `opts.usdPer` has the rate; mixed currencies → null.
 */
export function parseRevenueBand(text: string, opts?: MoneyOptions): Range | null {
  const t = cleanText(text, 300);
  const currency = t ? bandCurrency(t) : null;
  if (!currency) return null;
  const band = usdBand(t.replace(ANY_MARKER, (m) => (isMarker(m) ? ' ' : m)).replace(/ +/g, ' '));
  if (!band) return null;
  if (currency === 'USD') return band;
  const min = toUsd({ amount: band.min, currency }, opts);
  const max = band.max === null ? null : toUsd({ amount: band.max, currency }, opts);
  return min === null || (band.max !== null && max === null) ? null : { min, max };
}
