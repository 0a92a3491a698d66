import { expect, it, vi } from 'vitest';

// A fresh copy of the modules: the tables are built once per module instance.
it('names a country, its regions and a state from their codes without folding every place name (the side panel, issue 17)', async () => {
  vi.resetModules();
  const { countryName, regionsOf, countryCode } = await import('../../../lib/facts/location');
  const { parseLocation } = await import('../../../lib/facts/location-parse');
  const { subdivisionName, placeTablesBuilt } = await import('../../../lib/facts/place-tables');
  const { tablesBuilt } = await import('../../../lib/facts/location-tables');
  const built = () => ({ ...tablesBuilt(), ...placeTablesBuilt() });
  expect(built()).toEqual({ codes: false, names: false, subdivisions: false, places: false });
  expect(countryName('DE')).toBe('Germany');
  expect(regionsOf('DE')).toEqual(['europe', 'dach', 'emea']);
  // what the side panel uses (a country's name, a typed country): no subdivision or city table
  expect(built()).toEqual({ codes: true, names: false, subdivisions: false, places: false });
  expect(countryCode('Deutschland')).toBe('DE');
  expect(built()).toEqual({ codes: true, names: true, subdivisions: false, places: false });
  expect(subdivisionName('US', 'CA')).toBe('California');
  expect(built()).toEqual({ codes: true, names: true, subdivisions: true, places: false });
  // reading a whole location folds subdivisions and cities too, and finds the same subdivisions
  expect(parseLocation('Austin, Texas')).toMatchObject({ country: 'US' });
  expect(built()).toEqual({ codes: true, names: true, subdivisions: true, places: true });
});
