// STUB (to be completed by the normalisers work): signatures are the contract.
export const REGIONS = ['north-america', 'latam', 'europe', 'uk-ireland', 'dach', 'nordics', 'emea', 'mena', 'apac', 'anz'] as const;
export type Region = (typeof REGIONS)[number];

/** Country name, code or demonym-ish text ("United States", "USA", "UK", "Deutschland", "de") → ISO-2 or null. */
export function countryCode(_text: string): string | null {
  return null;
}

/** Every region an ISO-2 country belongs to (e.g. DE → ['europe','dach','emea']). */
export function regionsOf(_iso2: string): Region[] {
  return [];
}

/** Free location text → parts. "San Francisco, CA" → {city:'San Francisco', state:'CA', country:'US'}. */
export function parseLocation(_text: string): { city?: string; state?: string; country?: string } {
  return {};
}
