import { COUNTRIES, REGION_CODES } from './location-data';
import { matchWords } from './text';

/** Regions in the order regionsOf reports them: broad area first, then its sub-areas (DE → europe, dach, emea). */
export const REGION_ORDER = ['north-america', 'latam', 'europe', 'uk-ireland', 'dach', 'nordics', 'mena', 'emea', 'apac', 'anz'] as const;
type RegionName = (typeof REGION_ORDER)[number];

/**
 * Countries looked up by code: built by splitting strings only. The side panel shows "DE" as
 * "Germany" with these alone; folding every name and alias into a lookup key (placeKey, ~7 ms on
 * the panel's first render, issue 17) waits until text is parsed (NameTables). Subdivisions and
 * cities have modules of their own (place-tables.ts, place-data.ts), which only location-parse.ts
 * imports: a bundle that names countries (the side panel) carries none of their data (~6 kB).
 */
interface CodeTables {
  /** ISO-2 and ISO-3, upper case → ISO-2 */
  byCode: Map<string, string>;
  names: Map<string, string>;
  regions: Map<string, RegionName[]>;
  /** every country (ISO-2) with all its names, for NameTables: the data is split once */
  countryNames: [string, string[]][];
}

/** Countries looked up by folded name, as a page writes them. */
interface NameTables {
  /** folded English name or alias → ISO-2 */
  byName: Map<string, string>;
}

/** Folded lookup key; a leading "the" is dropped ("The Netherlands", "The Hague" = "Hague"). */
export function placeKey(text: string): string {
  const w = matchWords(text, 80);
  return (w[0] === 'the' && w.length > 1 ? w.slice(1) : w).join('');
}

export const push = <T>(m: Map<string, T[]>, k: string, v: T) => m.set(k, [...(m.get(k) ?? []), v]);

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

let codes: CodeTables | undefined;
let names: NameTables | undefined;

/** Built on first use (a content script that never sees a location pays nothing). Maps only: "__proto__" finds nothing. */
export function codeTables(): CodeTables {
  if (codes) return codes;
  const t: CodeTables = { byCode: new Map(), names: new Map(), regions: new Map(), countryNames: [] };
  loadCountryCodes(t);
  loadRegions(t);
  return (codes = t);
}

/** Built on first use, from codeTables' split data. */
export function nameTables(): NameTables {
  if (names) return names;
  const t: NameTables = { byName: new Map() };
  for (const [iso2, all] of codeTables().countryNames) for (const n of all) t.byName.set(placeKey(n), iso2);
  return (names = t);
}

/** Which tables exist yet (tests: the side panel's code lookups must not fold every name). */
export const tablesBuilt = () => ({ codes: codes !== undefined, names: names !== undefined });
