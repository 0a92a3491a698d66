import { CITIES, COUNTRIES, REGION_CODES, SUBDIVISIONS } from './location-data';
import { matchWords } from './text';

/** Regions in the order regionsOf reports them: broad area first, then its sub-areas (DE → europe, dach, emea). */
export const REGION_ORDER = ['north-america', 'latam', 'europe', 'uk-ireland', 'dach', 'nordics', 'mena', 'emea', 'apac', 'anz'] as const;
type RegionName = (typeof REGION_ORDER)[number];

export interface Subdivision {
  country: string;
  code: string;
  name: string;
}

/**
 * Looked up by code: built by splitting strings only. The side panel shows "DE" as "Germany" with
 * these alone; folding every name and alias into a lookup key (placeKey, ~7 ms on the panel's
 * first render, issue 17) waits until text is parsed (NameTables).
 */
interface CodeTables {
  /** ISO-2 and ISO-3, upper case → ISO-2 */
  byCode: Map<string, string>;
  names: Map<string, string>;
  regions: Map<string, RegionName[]>;
  /** upper-case code → subdivisions with that code (codes collide: WA, CA, BW …) */
  subByCode: Map<string, Subdivision[]>;
  /** every country (ISO-2) and subdivision with all its names, for NameTables: the data is split once */
  countryNames: [string, string[]][];
  subNames: [Subdivision, string[]][];
}

/** Looked up by folded name: countries, subdivisions and cities as a page writes them. */
interface NameTables {
  /** folded English name or alias → ISO-2 */
  byName: Map<string, string>;
  subByName: Map<string, Subdivision[]>;
  cities: Map<string, string>;
}

/** Folded lookup key; a leading "the" is dropped ("The Netherlands", "The Hague" = "Hague"). */
export function placeKey(text: string): string {
  const w = matchWords(text, 80);
  return (w[0] === 'the' && w.length > 1 ? w.slice(1) : w).join('');
}

const push = <T>(m: Map<string, T[]>, k: string, v: T) => m.set(k, [...(m.get(k) ?? []), v]);

function loadCountryCodes(t: CodeTables): void {
  for (const entry of COUNTRIES.split('|')) {
    const [iso2, iso3] = [entry.slice(0, 2), entry.slice(3, 6)];
    const names = entry.slice(7).split('/');
    t.byCode.set(iso2, iso2);
    t.byCode.set(iso3, iso2);
    t.names.set(iso2, names[0]!);
    t.countryNames.push([iso2, names]);
  }
}

function loadRegions(t: CodeTables): void {
  const add = (region: RegionName, codes: string) => {
    for (let i = 0; i < codes.length; i += 2) push(t.regions, codes.slice(i, i + 2), region);
  };
  for (const region of REGION_ORDER) {
    add(region, REGION_CODES[region] ?? '');
    if (region === 'emea') add(region, (REGION_CODES.europe ?? '') + (REGION_CODES.mena ?? ''));
  }
  for (const list of t.regions.values()) list.sort((a, b) => REGION_ORDER.indexOf(a) - REGION_ORDER.indexOf(b));
}

function loadSubdivisions(t: CodeTables): void {
  for (const group of SUBDIVISIONS.split(';')) {
    const [head, list] = group.split(':') as [string, string];
    const country = head.slice(0, 2);
    const codesReadable = !head.endsWith('*');
    for (const item of list.split(',')) {
      const space = item.indexOf(' ');
      const code = item.slice(0, space);
      const names = item.slice(space + 1).split('/');
      const sub: Subdivision = { country, code, name: names[0]! };
      if (codesReadable) push(t.subByCode, code, sub);
      t.subNames.push([sub, names]);
    }
  }
}

function loadCities(t: NameTables): void {
  for (const group of CITIES.split(';')) {
    const [country, list] = group.split(':') as [string, string];
    for (const city of list.split(',')) t.cities.set(placeKey(city), country);
  }
}

let codes: CodeTables | undefined;
let names: NameTables | undefined;

/** Built on first use (a content script that never sees a location pays nothing). Maps only: "__proto__" finds nothing. */
export function codeTables(): CodeTables {
  if (codes) return codes;
  const t: CodeTables = { byCode: new Map(), names: new Map(), regions: new Map(), subByCode: new Map(), countryNames: [], subNames: [] };
  loadCountryCodes(t);
  loadRegions(t);
  loadSubdivisions(t);
  return (codes = t);
}

/** Built on first use, from codeTables' split data (the same subdivision objects). */
export function nameTables(): NameTables {
  if (names) return names;
  const t: NameTables = { byName: new Map(), subByName: new Map(), cities: new Map() };
  const { countryNames, subNames } = codeTables();
  for (const [iso2, all] of countryNames) for (const n of all) t.byName.set(placeKey(n), iso2);
  for (const [sub, all] of subNames) for (const n of all) push(t.subByName, placeKey(n), sub);
  loadCities(t);
  return (names = t);
}

/** Which tables exist yet (tests: the side panel's code lookups must not fold every name). */
export const tablesBuilt = () => ({ codes: codes !== undefined, names: names !== undefined });
