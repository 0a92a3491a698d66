import { expect, it, vi } from 'vitest';

// A fresh copy of the modules: the tables are built once per module instance.
it('names a country, its regions and a state from their codes without folding every place name (the side panel, issue 17)', async () => {
  vi.resetModules();
  const { countryName, regionsOf, subdivisionName, countryCode } = await import('../../../lib/facts/location');
  const { tablesBuilt } = await import('../../../lib/facts/location-tables');
  expect(tablesBuilt()).toEqual({ codes: false, names: false });
  expect(countryName('DE')).toBe('Germany');
  expect(regionsOf('DE')).toEqual(['europe', 'dach', 'emea']);
  expect(subdivisionName('US', 'CA')).toBe('California');
  expect(tablesBuilt()).toEqual({ codes: true, names: false });
  // reading text needs the folded names, and finds the same subdivisions
  expect(countryCode('Deutschland')).toBe('DE');
  expect(tablesBuilt()).toEqual({ codes: true, names: true });
});
