import { codeTables, nameTables, placeKey } from './location-tables';

export const REGIONS = ['north-america', 'latam', 'europe', 'uk-ireland', 'dach', 'nordics', 'emea', 'mena', 'apac', 'anz'] as const;
export type Region = (typeof REGIONS)[number];

const REGION_LABELS = new Map<string, string>([
  ['north-america', 'North America'], ['latam', 'LATAM'], ['europe', 'Europe'], ['uk-ireland', 'UK & Ireland'],
  ['dach', 'DACH'], ['nordics', 'Nordics'], ['emea', 'EMEA'], ['mena', 'MENA'], ['apac', 'APAC'], ['anz', 'ANZ'],
]);

/** Display name of a region ("north-america" → "North America", "dach" → "DACH"). */
export function regionLabel(region: Region): string {
  return REGION_LABELS.get(region) ?? String(region);
}

/** Country name, ISO-2/ISO-3 code or alias ("United States", "USA", "U.S.", "UK", "Deutschland", "de") → ISO-2, or null. */
export function countryCode(text: string): string | null {
  const key = placeKey(text);
  if (!key) return null;
  return nameTables().byName.get(key) ?? codeTables().byCode.get(key.toUpperCase()) ?? null;
}

/** English display name of an ISO-2 country ("DE" → "Germany"), or null. */
export function countryName(iso2: string): string | null {
  return typeof iso2 === 'string' ? (codeTables().names.get(iso2.trim().toUpperCase()) ?? null) : null;
}

/** Every region a country belongs to, broad first (US → [north-america]; DE → [europe, dach, emea]; AE → [mena, emea]). */
export function regionsOf(iso2: string): Region[] {
  if (typeof iso2 !== 'string') return [];
  return [...(codeTables().regions.get(iso2.trim().toUpperCase()) ?? [])];
}
