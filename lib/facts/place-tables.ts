import { CITIES, SUBDIVISIONS } from './place-data';
import { placeKey, push } from './location-tables';

/**
 * Subdivisions and cities, built on first use from place-data.ts: what reading a whole location
 * needs (location-parse.ts) beyond the countries (location-tables.ts). A module of its own so that
 * code naming only countries (the side panel) does not carry this data.
 */
export interface Subdivision {
  country: string;
  code: string;
  name: string;
}

/** Subdivisions (states, provinces, Länder) by code, and with all their names for PlaceNameTables. */
interface SubdivisionTables {
  /** upper-case code → subdivisions with that code (codes collide: WA, CA, BW …) */
  subByCode: Map<string, Subdivision[]>;
  subNames: [Subdivision, string[]][];
}

/** Subdivisions and cities looked up by folded name, as a page writes them. */
interface PlaceNameTables {
  subByName: Map<string, Subdivision[]>;
  cities: Map<string, string>;
}

function loadSubdivisions(t: SubdivisionTables): void {
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

function loadCities(t: PlaceNameTables): void {
  for (const group of CITIES.split(';')) {
    const [country, list] = group.split(':') as [string, string];
    for (const city of list.split(',')) t.cities.set(placeKey(city), country);
  }
}

let subdivisions: SubdivisionTables | undefined;
let places: PlaceNameTables | undefined;

/** Built on first use by splitting strings only. Maps only: "__proto__" finds nothing. */
export function subdivisionTables(): SubdivisionTables {
  if (subdivisions) return subdivisions;
  const t: SubdivisionTables = { subByCode: new Map(), subNames: [] };
  loadSubdivisions(t);
  return (subdivisions = t);
}

/** Built on first use, from subdivisionTables' split data (the same subdivision objects). */
export function placeNameTables(): PlaceNameTables {
  if (places) return places;
  const t: PlaceNameTables = { subByName: new Map(), cities: new Map() };
  for (const [sub, all] of subdivisionTables().subNames) for (const n of all) push(t.subByName, placeKey(n), sub);
  loadCities(t);
  return (places = t);
}

/** Display name of a state code ("US", "CA" → "California"), or null. */
export function subdivisionName(country: string, code: string): string | null {
  const list = typeof code === 'string' ? subdivisionTables().subByCode.get(code.toUpperCase()) : undefined;
  return list?.find((s) => s.country === country)?.name ?? null;
}

/** Which tables exist yet (tests: code that names countries must not build these). */
export const placeTablesBuilt = () => ({ subdivisions: subdivisions !== undefined, places: places !== undefined });
