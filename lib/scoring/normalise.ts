import { normaliseCompanyType } from '../facts/company-type';
import { normaliseFundingStage } from '../facts/funding';
import { industryKey, normaliseIndustry } from '../facts/industry';
import { countryCode } from '../facts/location';
import { parseLocation } from '../facts/location-parse';
import type { PlaybookFact } from '../playbook/facts';

/** Text folded for equality: accents, case and punctuation do not matter. */
export const fold = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ').replace(/[^\p{L}\p{N}+#]+/gu, ' ').trim();

/**
 * One category value → the key both sides are compared by, using the lib/facts normalisers
 * ("Computer Software" and "software development" → "Software Development"; "Germany" → "DE";
 * "Series B" → "series-b"). Text a normaliser does not know compares by its folded form.
 */
export function normaliseCategory(fact: PlaybookFact, text: string): string {
  if (text.length > 200) return normaliseUncached(fact, text);
  let byText = memo.get(fact);
  if (!byText) memo.set(fact, (byText = new Map()));
  let out = byText.get(text);
  if (out === undefined) {
    if (byText.size >= MEMO_LIMIT) byText.clear();
    byText.set(text, (out = normaliseUncached(fact, text)));
  }
  return out;
}

// Page vocabularies repeat (industries, countries, stages, technology names): memoising the
// normalisers makes scoring a lookup. Bounded, so memory stays flat over millions of accounts.
const MEMO_LIMIT = 10_000;
const memo = new Map<PlaybookFact, Map<string, string>>();

function normaliseUncached(fact: PlaybookFact, text: string): string {
  switch (fact) {
    case 'industry':
      return normaliseIndustry(text) ?? `?${industryKey(text)}`;
    case 'hqCountry':
      return countryCode(text) ?? `?${fold(text)}`;
    case 'companyType':
      return normaliseCompanyType(text) ?? `?${fold(text)}`;
    case 'fundingStage':
      return normaliseFundingStage(text) ?? `?${fold(text)}`;
    case 'hqState':
      // "California" and "CA", "Bavaria" and "Bayern" meet at the subdivision code where it is known
      return fold(parseLocation(text).state ?? text);
    default:
      return fold(text);
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word, case-insensitive "any of these phrases"; letters and digits around a hit break it. */
export function wordPattern(values: string[]): RegExp | null {
  const words = values.map((s) => s.trim()).filter(Boolean);
  if (!words.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

