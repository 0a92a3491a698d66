import { codeTables, nameTables, placeKey } from './location-tables';
import { placeNameTables, subdivisionTables, type Subdivision } from './place-tables';
import { cleanText } from './text';

export interface ParsedLocation {
  city?: string;
  state?: string;
  country?: string;
}

// How a LinkedIn / Sales Navigator / Crunchbase place string is read ("City, ST", "City, Region,
// Country", "Street 1, City, ST 12345, CC", "Greater X Metropolitan Area"):
// 1. The last part is the country when it names one. A code is read only in capitals ("CA", "DEU").
//    When the same text is also a state somewhere else ("CA" California, "DE" Delaware, "BY"
//    Bavaria, "Georgia"), it is the country only if the part before it is a state of that country
//    ("Walldorf, BW, DE") or a city we know there ("Toronto, CA", "Tbilisi, Georgia").
// 2. The next part from the right is the state when it names one. Codes collide across countries;
//    the tie-break, in order: the country already read; the country of the known city before it
//    ("Perth, WA" → AU; "Walldorf, BW" → DE); a US state, for a code after a city ("Menlo Park, CA",
//    "Durham, NC": that is LinkedIn's US HQ format); otherwise only a code or name that means
//    nothing else. "Xyz, BW" (Baden-Württemberg or Botswana?) stays unknown.
// 3. The part left of those is the city. If nothing was read, a known city in the first part
//    still gives its country ("London, London", "Barcelona, Catalonia").
// Unknown text gives {}: we never guess.

const NOWHERE = new Set(['remote', 'worldwide', 'global', 'anywhere', 'online', 'hybrid', 'virtual', 'distributed', 'international', 'various', 'multiplelocations', 'notspecified', 'unknown', 'fullyremote', 'remotefirst']);
const METRO_PREFIX = /^greater\s+/i;
const METRO_SUFFIX = /\s+(?:metropolitan area|metropolitan region|metro area|metroplex|bay area|area|region|metro)$/i;
const LABEL = /^(?:headquarters|hq|head office|location|based in)\s*[:\-–]?\s*/i;

interface Part {
  text: string;
  /** a metro area's name ("Dallas-Fort Worth"), so its first city may stand for it */
  metro: boolean;
}

/** Postcodes and house numbers out, metro wording off: "BW 69190" → "BW", "Greater Seattle Area" → "Seattle". */
function cleanPart(raw: string): Part {
  const noPostcode = raw.replace(/\b\d{4} ?[A-Z]{2}\b/g, ' ').split(' ').filter((w) => !/\d/.test(w)).join(' ').trim();
  const stripped = noPostcode.replace(METRO_PREFIX, '').replace(METRO_SUFFIX, '').trim();
  return { text: stripped, metro: stripped !== noPostcode };
}

const isCode = (s: string) => /^[A-Z]{2,3}$/.test(s);

/** Country named by a part: any name or alias in any case, an ISO code only in capitals. */
function countryOf(part: string): string | null {
  return nameTables().byName.get(placeKey(part)) ?? (isCode(part) ? (codeTables().byCode.get(part) ?? null) : null);
}

function subdivisionsOf(part: string): Subdivision[] {
  return (isCode(part) ? subdivisionTables().subByCode.get(part) : placeNameTables().subByName.get(placeKey(part))) ?? [];
}

function cityCountry(p: Part | undefined): string | undefined {
  if (!p) return undefined;
  const cities = placeNameTables().cities;
  const hit = cities.get(placeKey(p.text));
  return hit ?? (p.metro ? cities.get(placeKey(p.text.split(/\s*[-–]\s*/)[0]!)) : undefined);
}

/** Rule 2 above. `afterCity`: a city part precedes this one (so the "City, ST" reading is open). */
function pickState(part: string, country: string | undefined, cityIn: string | undefined, afterCity: boolean): Subdivision | undefined {
  const options = subdivisionsOf(part);
  if (country) return options.find((s) => s.country === country);
  const inCity = cityIn ? options.find((s) => s.country === cityIn) : undefined;
  if (inCity) return inCity;
  const us = isCode(part) && afterCity ? options.find((s) => s.country === 'US') : undefined;
  if (us) return us;
  return options.length === 1 && countryOf(part) === null ? options[0] : undefined;
}

/** Rule 1 above: the country in the last part, if it is one. */
function trailingCountry(parts: Part[]): string | undefined {
  const last = parts[parts.length - 1]!.text;
  const prev = parts[parts.length - 2];
  const country = countryOf(last);
  if (!country) return undefined;
  const elsewhere = subdivisionsOf(last).some((s) => s.country !== country);
  if (!elsewhere) return country;
  if (!prev) return undefined;
  const prevIsState = subdivisionsOf(prev.text).some((s) => s.country === country);
  return prevIsState || cityCountry(prev) === country ? country : undefined;
}

function result(city: string | undefined, state: Subdivision | undefined, country: string | undefined): ParsedLocation {
  const out: ParsedLocation = {};
  if (city) out.city = city;
  if (state) out.state = state.code;
  if (country) out.country = country;
  return out;
}

function parseParts(parts: Part[]): ParsedLocation {
  let end = parts.length;
  const country = trailingCountry(parts);
  let state: Subdivision | undefined;
  if (country) {
    // "London, England": the country's own nation/state named in the same part
    state = subdivisionsOf(parts[--end]!.text).find((s) => s.country === country);
  }
  const slot = parts[end - 1];
  // "Berlin, Germany": a known city of that country in the last slot is the city, not the Land
  const cityHere = !!country && !!slot && end === 1 && cityCountry(slot) === country;
  if (!state && slot && !cityHere) {
    state = pickState(slot.text, country, cityCountry(parts[end - 2]), end >= 2);
    if (state) end--;
  }
  if (end === parts.length) {
    const known = cityCountry(parts[0]);
    return known ? result(parts[0]!.text, undefined, known) : {};
  }
  const rest = parts.slice(0, end);
  // "City, Region, Country" with a region we do not know: prefer a known city, else the part before the region
  const city = state || rest.length <= 1 ? rest[rest.length - 1] : ([...rest].reverse().find((p) => cityCountry(p)) ?? rest[rest.length - 2]);
  return result(city?.text, state, country ?? state?.country ?? cityCountry(city));
}

function parseSingle(part: Part): ParsedLocation {
  const country = trailingCountry([part]);
  if (country) return result(undefined, subdivisionsOf(part.text).find((s) => s.country === country), country);
  const inCity = cityCountry(part);
  if (inCity) return result(part.text, undefined, inCity);
  const state = pickState(part.text, undefined, undefined, false);
  return state ? result(undefined, state, state.country) : {};
}

/**
 * Free place text → parts, only what is certain. "San Francisco, CA" → {city, state: 'CA',
 * country: 'US'}; "London, England" → GB (state ENG); "Walldorf, BW" → DE; "Greater Stockholm
 * Metropolitan Area" → Stockholm, SE; "Remote" or unknown text → {}. `state` is the region's code
 * (CA, ON, NSW, BW, ENG, KA, SP); `country` is ISO-2.
 */
export function parseLocation(text: string): ParsedLocation {
  const s = cleanText(text, 300).replace(LABEL, '');
  const parts = s
    .split(/\s*[,;|·•]\s*|\s+[-–—]\s+/)
    .map(cleanPart)
    .filter((p) => p.text && !NOWHERE.has(placeKey(p.text)))
    .slice(-5);
  if (parts.length === 0) return {};
  return parts.length === 1 ? parseSingle(parts[0]!) : parseParts(parts);
}
