import { AFRICA, CITIES, COUNTRIES, ISO3, REGION_MEMBERS, SUBDIVISIONS } from './location-data';

export const REGIONS = ['north-america', 'latam', 'europe', 'uk-ireland', 'dach', 'nordics', 'emea', 'mena', 'apac', 'anz'] as const;
export type Region = (typeof REGIONS)[number];

const REGION_LABELS: Record<Region, string> = {
  'north-america': 'North America', latam: 'Latin America', europe: 'Europe', 'uk-ireland': 'UK & Ireland', dach: 'DACH',
  nordics: 'Nordics', emea: 'EMEA', mena: 'Middle East & North Africa', apac: 'APAC', anz: 'Australia & New Zealand',
};
export function regionLabel(region: Region): string {
  return REGION_LABELS[region];
}

const key = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.\s]+/g, ' ').trim();

// Lookups are Maps (never plain objects): page text like "__proto__" must find nothing.
let tables: { countries: Map<string, string>; subdivisions: Map<string, { country: string; code: string }[]>; cities: Map<string, string>; regions: Map<string, Region[]> } | undefined;

function load() {
  if (tables) return tables;
  const countries = new Map<string, string>();
  for (const entry of COUNTRIES.split(';')) {
    const [code, ...names] = entry.split('|');
    countries.set(key(code!), code!);
    for (const n of names) countries.set(key(n), code!);
  }
  for (const pair of ISO3.split(',')) {
    const [three, two] = pair.split(':');
    countries.set(key(three!), two!);
  }
  const subdivisions = new Map<string, { country: string; code: string }[]>();
  for (const entry of SUBDIVISIONS.split(';')) {
    const [head, ...names] = entry.split('|');
    const [country, code] = head!.split(':');
    for (const n of [code!, ...names]) {
      const list = subdivisions.get(key(n)) ?? [];
      list.push({ country: country!, code: code! });
      subdivisions.set(key(n), list);
    }
  }
  const cities = new Map<string, string>();
  for (const group of CITIES.split(';')) {
    const [country, list] = group.split(':');
    for (const c of list!.split(',')) if (!cities.has(key(c))) cities.set(key(c), country!);
  }
  const regions = new Map<string, Region[]>();
  const add = (r: Region, codes: string) => codes.split(',').filter(Boolean).forEach((c) => regions.set(c, [...(regions.get(c) ?? []), r]));
  for (const r of REGIONS) add(r, REGION_MEMBERS[r] ?? '');
  add('emea', [REGION_MEMBERS.europe, REGION_MEMBERS.mena, AFRICA].join(','));
  tables = { countries, subdivisions, cities, regions };
  return tables;
}

/** Country name, ISO-2/ISO-3 code or alias ("USA", "UK", "Deutschland", "de") → ISO-2, or null. */
export function countryCode(text: string): string | null {
  if (typeof text !== 'string' || text.length > 100) return null;
  return load().countries.get(key(text)) ?? null;
}

/** Every region a country belongs to (DE → europe, dach, emea). */
export function regionsOf(iso2: string): Region[] {
  if (typeof iso2 !== 'string') return [];
  return [...(load().regions.get(iso2.toUpperCase()) ?? [])].sort((a, b) => REGIONS.indexOf(a) - REGIONS.indexOf(b));
}

export interface ParsedLocation {
  city?: string;
  state?: string;
  country?: string;
}

/**
 * LinkedIn-style HQ text → parts, only what is certain. "San Francisco, CA" → city, state CA, US;
 * "London, England" → GB; "Walldorf, BW" → DE (a known city settles an ambiguous state code);
 * "Greater Stockholm Metropolitan Area" → Stockholm, SE. Unknown text → {}.
 */
export function parseLocation(text: string): ParsedLocation {
  if (typeof text !== 'string' || text.length > 300) return {};
  const t = load();
  const raw = text.replace(/^greater\s+/i, '').replace(/\s+(metropolitan\s+area|metro\s+area|bay\s+area|area|region)$/i, '').trim();
  const parts = raw.split(/\s*[,·]\s*/).filter(Boolean).slice(0, 4);
  if (parts.length === 0) return {};
  const cityHint = t.cities.get(key(parts[0]!));
  const out: ParsedLocation = {};
  let rest = parts;
  if (parts.length >= 2) {
    const last = parts[parts.length - 1]!;
    const sub = pickSubdivision(t.subdivisions.get(key(last)), cityHint);
    const country = t.countries.get(key(last));
    // "Springfield, IL", "San Francisco, CA": a short code after a city is a state, not a country.
    if (sub && (/^[A-Z]{2,3}$/.test(last) || !country)) {
      out.state = last;
      out.country = sub.country;
      rest = parts.slice(0, -1);
    } else if (country) {
      out.country = country;
      if (/^(england|scotland|wales|northern ireland)$/i.test(last)) out.state = last;
      rest = parts.slice(0, -1);
      const middle = rest.length >= 2 ? rest[rest.length - 1]! : undefined;
      if (middle && pickSubdivision(t.subdivisions.get(key(middle)), country)) {
        out.state = middle;
        rest = rest.slice(0, -1);
      }
    }
  } else {
    const only = parts[0]!;
    const country = t.countries.get(key(only));
    const sub = pickSubdivision(t.subdivisions.get(key(only)), undefined);
    if (cityHint) out.country = cityHint;
    else if (country && only.length > 3) return { country };
    else if (sub && only.length > 3) return { state: only, country: sub.country };
  }
  if (rest.length >= 1 && (parts.length >= 2 || cityHint)) {
    const city = rest[0]!;
    if (key(city) !== key(out.state ?? '') || cityHint) out.city = city.replace(/\s+(metropolitan\s+)?area$/i, '');
    out.country ??= cityHint;
  }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as ParsedLocation;
}

/** A state/province code or name names one country, or — when codes collide — the one the city or country says. */
function pickSubdivision(list: { country: string; code: string }[] | undefined, hint: string | undefined) {
  if (!list) return undefined;
  if (hint) return list.find((s) => s.country === hint);
  const countries = new Set(list.map((s) => s.country));
  return countries.size === 1 ? list[0] : list.find((s) => s.country === 'US');
}
