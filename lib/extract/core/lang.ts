import type { FactName } from '../../facts/model';
import type { Reader } from './facts';

// The page's UI language, read from <html lang> (LinkedIn sets it: "es", "it", "de"…). It is part
// of the observation: the background parses numbers and maps labels by it, and the panel says so
// when a page is in a language we do not read. The label dictionaries are not here (they live in
// the background, lib/extract/linkedin/labels.ts): the content script only knows the codes.

/** Languages whose LinkedIn labels, numbers or industry names we read. */
export const READ_LANGUAGES: readonly string[] = ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it'];

/** <html lang="de-DE"> / "pt_BR" / "es" → "de" / "pt" / "es"; '' when absent or not a language tag. */
export function pageLanguage(doc: Document | null | undefined): string {
  const raw = doc?.documentElement?.getAttribute('lang') ?? '';
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i.exec(raw.trim().slice(0, 40));
  return m ? m[1]!.toLowerCase() : '';
}

/** The page says it is English, or says nothing: the extractors' own English words apply. */
export const isEnglish = (r: Reader): boolean => !r.lang || r.lang === 'en';

/** A language whose labels we can map in the background (English included). */
export const isReadLanguage = (r: Reader): boolean => !r.lang || READ_LANGUAGES.includes(r.lang);

// Facts that say nothing about fit on their own: a page that yields only these is an empty company.
const IDENTITY: readonly string[] = ['name', 'linkedinUrl', 'salesNavUrl', 'tagline', 'description', 'website', 'domain'];

/**
 * "language:pl" when the page is in a language we do not read and nothing language-independent
 * (embedded data, JSON-LD, a number the layout places) gave a fact beyond its name: the page is
 * then reported as not read, with its language, instead of as an empty company.
 */
export function unreadLanguage(r: Reader): string | null {
  // company pages only: a profile's person (name, headline, experience) is read by its structure
  if (!r.lang || READ_LANGUAGES.includes(r.lang) || !/^(linkedin|salesnav)-company/.test(r.source)) return null;
  const found: string[] = [...Object.keys(r.facts), ...(r.pending ?? new Set<FactName>())];
  return found.some((f) => !IDENTITY.includes(f)) ? null : `language:${r.lang}`;
}

/** The language code in a `missing` entry made by unreadLanguage. */
export function languageMarker(missing: readonly string[] | undefined): string | null {
  for (const m of missing ?? []) {
    const hit = /^language:([a-z]{2,3})$/.exec(m);
    if (hit) return hit[1]!;
  }
  return null;
}
