import type { Range } from './model';

// Counts and bands as LinkedIn prints them in its German, French, Spanish, Portuguese, Dutch and
// Italian UI: "1.001–5.000 Beschäftigte", "8 874 799 abonnés" (U+00A0 / U+202F between groups),
// "8 k abonnés", "10.001+ empleados", "Più di 10.001 dipendenti", "1,5 Tsd.". The page language
// decides what a dot means: "1.234" is 1234 in de/es/pt/nl/it and ambiguous in English (null there,
// see number-token.ts). Callers pass text already cleaned by cleanText, which turns the no-break
// spaces into plain ones, so a space is a group separator wherever those are.
//
// The rule, so nothing is guessed: a group separator groups exactly three digits; the decimal
// comma only counts before a scale word ("1,5 Tsd."), as counts are whole; a number followed by a
// separator and a digit it could not take ("1.5K" in German) is ambiguous and gives null.

export const LOCALE_NUMBER_LANGS = ['de', 'fr', 'es', 'pt', 'nl', 'it'] as const;
export type LocaleNumberLang = (typeof LOCALE_NUMBER_LANGS)[number];

export const isLocaleNumberLang = (lang: unknown): lang is LocaleNumberLang =>
  typeof lang === 'string' && (LOCALE_NUMBER_LANGS as readonly string[]).includes(lang);

interface Style {
  /** regex character-class body of the group separators */
  group: string;
  /** scale words, regex sources, longest first, with their multipliers */
  scales: [string, number][];
}

const K: [string, number] = ['k', 1e3];
const M: [string, number] = ['m', 1e6];
// "Tsd." / "Mio." / "Mrd." (de), "mil" (es, pt: a thousand — not a million), "k"/"M" everywhere
const STYLES: Record<LocaleNumberLang, Style> = {
  de: { group: ".' ’", scales: [['tsd\\.?', 1e3], ['mio\\.?', 1e6], ['mrd\\.?', 1e9], K, M] },
  fr: { group: ' ', scales: [K, M] },
  es: { group: '. ', scales: [['mil', 1e3], K, M] },
  pt: { group: '. ', scales: [['mil', 1e3], K, M] },
  nl: { group: '. ', scales: [K, M] },
  it: { group: '. ', scales: [K, M] },
};

const esc = (s: string) => s.replace(/[\\\]^-]/g, '\\$&');

interface Compiled {
  amount: string;
  groupRe: RegExp;
  ambiguousAfter: RegExp;
  scales: [RegExp, number][];
}
const compiled = new Map<LocaleNumberLang, Compiled>();

function compile(lang: LocaleNumberLang): Compiled {
  const hit = compiled.get(lang);
  if (hit) return hit;
  const { group, scales } = STYLES[lang];
  const g = `[${esc(group)}]`;
  const words = scales.map(([w]) => w).join('|');
  // three groups: integer part, decimals (after a comma), scale word
  const amount = String.raw`(?<![\d.,'’])(\d{1,3}(?:${g}\d{3})+|\d+)(?:,(\d+))?(?:\s?(${words})(?![\p{L}\p{N}]))?`;
  const c: Compiled = {
    amount,
    groupRe: new RegExp(g, 'g'),
    ambiguousAfter: new RegExp(`^(?:[.,]|${g})?\\d`),
    scales: scales.map(([w, n]) => [new RegExp(`^(?:${w})$`, 'i'), n]),
  };
  compiled.set(lang, c);
  return c;
}

/** Groups in a compiled amount pattern, for callers that combine it into bigger patterns. */
const GROUPS = 3;

function value(c: Compiled, m: RegExpExecArray, at: number, after: string): number | null {
  const [int, decimals, scale] = [m[at], m[at + 1], m[at + 2]];
  if (int === undefined) return null;
  if (c.ambiguousAfter.test(after)) return null;
  let mult = 1;
  if (scale) {
    const found = c.scales.find(([re]) => re.test(scale));
    if (!found) return null;
    mult = found[1];
  } else if (decimals !== undefined) return null;
  const n = Number(`${int.replace(c.groupRe, '')}.${decimals ?? '0'}`) * mult;
  return Number.isFinite(n) && n <= Number.MAX_SAFE_INTEGER ? Math.round(n) : null;
}

/** The first number in the text, read the way `lang` writes numbers; null when none or ambiguous. */
export function localeCount(text: string, lang: LocaleNumberLang): number | null {
  const c = compile(lang);
  const m = new RegExp(c.amount, 'iu').exec(text);
  return m ? value(c, m, 1, text.slice(m.index + m[0].length)) : null;
}

// "10.001+", "10 001 et plus", "10.001 oder mehr", "10.001 o más", "10.001 ou mais", "10.001 of meer",
// "10.001 o più"; and before the number "Più di 10.001", "Plus de 10 001", "+ de 500".
const OPEN_AFTER = String.raw`\s*(?:\+|et plus|oder mehr|o más|ou mais|of meer|o più)`;
const OPEN_BEFORE = String.raw`(?:plus de|più di|\+\s?de)\s+`;
const DASH = String.raw`\s*[-–—‒]\s*`;

/** A size band in `lang`'s writing: "1.001–5.000 Beschäftigte" → {1001,5000}; "10.001+ empleados" → {10001,null}. */
export function localeBand(text: string, lang: LocaleNumberLang): Range | null {
  const c = compile(lang);
  const range = new RegExp(`${c.amount}${DASH}${c.amount}`, 'iu').exec(text);
  if (range) {
    const min = value(c, range, 1, '');
    const max = value(c, range, 1 + GROUPS, text.slice(range.index + range[0].length));
    return min !== null && max !== null && min <= max ? { min, max } : null;
  }
  const open = new RegExp(`${c.amount}${OPEN_AFTER}`, 'iu').exec(text) ?? new RegExp(`${OPEN_BEFORE}${c.amount}`, 'iu').exec(text);
  if (!open) return null;
  const min = value(c, open, 1, '');
  return min === null ? null : { min, max: null };
}
