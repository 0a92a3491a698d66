import { put, putParsed, type Reader } from './facts';

/** Headquarters text ("London, England", "Menlo Park, CA") → hqCity / hqState / hqCountry, each with the text as evidence. */
export function putPlace(r: Reader, place: string, evidence: string, via = ''): void {
  if (!place || place.length > 300) return;
  putParsed(r, 'hqCountry', 'place', place, evidence, via);
}

/** Structured address parts (JSON-LD PostalAddress, LinkedIn's embedded headquarter). */
export function putAddress(
  r: Reader,
  parts: { city?: string; state?: string; country?: string },
  evidence: string,
  via = '',
): void {
  put(r, 'hqCity', parts.city, evidence, via);
  put(r, 'hqState', parts.state, evidence, via);
  const c = parts.country ?? '';
  if (c) putParsed(r, 'hqCountry', 'country', c, evidence, via);
}

/** The first four-digit year in a text ("2004", "Founded in 2011", "2015-03-01"). */
export function yearIn(text: string): number | null {
  const m = /\b(1[6-9]\d\d|2[0-1]\d\d)\b/.exec(text);
  return m ? Number(m[1]) : null;
}
