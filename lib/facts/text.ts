const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
const MARKS = /[\u0300-\u036f]/g;

/** Page text → one clean line: invisible/bidi controls removed, whitespace collapsed, capped. */
export function cleanText(input: unknown, max = 2000): string {
  if (typeof input !== 'string') return '';
  const s = input.length > max * 4 ? input.slice(0, max * 4) : input;
  const out = s.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return out.length > max ? out.slice(0, max - 1) + '…' : out;
}

/**
 * Text → lower-case ASCII-folded words for lookups: "Côte d'Ivoire" → ["cote", "divoire"],
 * "Marketing & Advertising" → ["marketing", "and", "advertising"]. Apostrophes and dots vanish
 * (so "U.S." and "US", "Women's" and "Womens" agree); every other non-letter splits words.
 * Longer than `max` characters after cleaning → [] (a label is never that long; no work on junk).
 */
export function matchWords(input: unknown, max = 120): string[] {
  const s = cleanText(input, max + 1);
  if (!s || s.length > max) return [];
  return s
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`´.]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * One lookup key with no separators at all, so "Non-profit" = "Nonprofit" = "non profit" and
 * "Baden-Württemberg" = "Baden Wuerttemberg"… (the latter via an alias). Used as a Map key only:
 * page text such as "__proto__" is just a string that finds nothing.
 */
export function matchKey(input: unknown, max = 120): string {
  return matchWords(input, max).join('');
}
