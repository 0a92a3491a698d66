// One number as LinkedIn, Sales Navigator and Crunchbase print it in their English UI:
// "2,362", "44,632", "8K", "1.5K", "4.8M", "$1.2B", "10 million". Shared by counts, bands and money.
//
// The rule for separators, so nothing is ever guessed:
// - a comma is a thousands separator and must group exactly three digits ("1,234,567");
// - a dot is a decimal point; a count may only carry decimals before a scale ("1.5K"), and money
//   only before a scale or as cents ("$4.99");
// - anything else is ambiguous and gives null: European "1.234" (a thousand or one point two?),
//   "1,5K", "1.234,56", a space-grouped "10 000".

const SCALES = new Map<string, number>([
  ['k', 1e3], ['thousand', 1e3],
  ['m', 1e6], ['mm', 1e6], ['mn', 1e6], ['mio', 1e6], ['million', 1e6],
  ['b', 1e9], ['bn', 1e9], ['billion', 1e9],
  ['t', 1e12], ['tn', 1e12], ['trillion', 1e12],
]);

/**
 * Source of the number pattern, three groups: integer part, decimals, scale word. Not preceded by
 * a digit or separator (so the tail of "1,5" is never read as 5); a scale is a whole word.
 */
export const AMOUNT = String.raw`(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(k|thousand|mm|mn|mio|million|m|bn|billion|b|tn|trillion|t)(?![\p{L}\p{N}]))?`;
/** Groups in AMOUNT, for callers that combine it into bigger patterns. */
export const AMOUNT_GROUPS = 3;

export type NumberKind = 'count' | 'money';

/**
 * The value of one AMOUNT match (its three groups and the text right after it), or null when the
 * separators make it ambiguous (see the rule above) or it is not a safe integer-sized number.
 */
export function amountValue(
  int: string | undefined,
  decimals: string | undefined,
  scale: string | undefined,
  after: string,
  kind: NumberKind,
): number | null {
  if (int === undefined) return null;
  const mult = scale ? SCALES.get(scale.toLowerCase()) : 1;
  if (mult === undefined) return null;
  if (/^[.,]\d/.test(after)) return null;
  if (!scale && /^ \d{3}(?!\d)/.test(after)) return null;
  if (decimals !== undefined && !scale && (kind === 'count' || decimals.length > 2)) return null;
  const n = Number(`${int.replace(/,/g, '')}.${decimals ?? '0'}`) * mult;
  if (!Number.isFinite(n) || n > Number.MAX_SAFE_INTEGER) return null;
  return Math.round(n);
}

/** The first number in the text, or null (none, or the first one is ambiguous). */
export function firstAmount(text: string, kind: NumberKind): number | null {
  const m = new RegExp(AMOUNT, 'iu').exec(text);
  if (!m) return null;
  return amountValue(m[1], m[2], m[3], text.slice(m.index + m[0].length), kind);
}
