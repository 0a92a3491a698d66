import { describe, expect, it } from 'vitest';
import { countryCode, countryName, regionLabel, regionsOf, REGIONS } from '../../../lib/facts/location';
import { parseLocation, type ParsedLocation } from '../../../lib/facts/location-parse';
import { subdivisionName } from '../../../lib/facts/place-tables';
import { COUNTRIES } from '../../../lib/facts/location-data';
import { REGION_ORDER } from '../../../lib/facts/location-tables';
import { HOSTILE } from './hostile';

const ALL_ISO2 = COUNTRIES.split('|').map((e) => e.slice(0, 2));

describe('countryCode', () => {
  it.each([
    ['United States', 'US'], ['USA', 'US'], ['U.S.', 'US'], ['U.S.A.', 'US'], ['United States of America', 'US'], ['us', 'US'],
    ['UK', 'GB'], ['U.K.', 'GB'], ['United Kingdom', 'GB'], ['Great Britain', 'GB'], ['England', 'GB'], ['Scotland', 'GB'],
    ['Wales', 'GB'], ['Northern Ireland', 'GB'], ['GBR', 'GB'],
    ['Germany', 'DE'], ['Deutschland', 'DE'], ['de', 'DE'], ['DEU', 'DE'],
    ['Holland', 'NL'], ['The Netherlands', 'NL'], ['Netherlands', 'NL'],
    ['Czechia', 'CZ'], ['Czech Republic', 'CZ'], ['UAE', 'AE'], ['United Arab Emirates', 'AE'],
    ['South Korea', 'KR'], ['Korea', 'KR'], ['Republic of Korea', 'KR'], ['North Korea', 'KP'],
    ['Türkiye', 'TR'], ['Turkey', 'TR'], ['Turkiye', 'TR'], ['Österreich', 'AT'], ['Schweiz', 'CH'], ['Suisse', 'CH'],
    ["Côte d'Ivoire", 'CI'], ['Ivory Coast', 'CI'], ['Viet Nam', 'VN'], ['Russian Federation', 'RU'], ['Eswatini', 'SZ'],
    ['Swaziland', 'SZ'], ['Burma', 'MM'], ['Macedonia', 'MK'], ['Brasil', 'BR'], ['España', 'ES'], ['Kosovo', 'XK'],
    ['  france ', 'FR'], ['JPN', 'JP'], ['Saudi Arabia', 'SA'], ['KSA', 'SA'], ['Hong Kong SAR', 'HK'], ['The Bahamas', 'BS'],
    ['Congo', 'CG'], ['DR Congo', 'CD'], ['Timor-Leste', 'TL'], ['East Timor', 'TL'], ['Ireland', 'IE'],
  ])('%j → %s', (input, expected) => expect(countryCode(input)).toBe(expected));

  it('knows every ISO 3166-1 country by name, ISO-2 and ISO-3', () => {
    expect(ALL_ISO2.length).toBeGreaterThanOrEqual(249);
    for (const entry of COUNTRIES.split('|')) {
      const [iso2, iso3, name] = [entry.slice(0, 2), entry.slice(3, 6), entry.slice(7).split('/')[0]!];
      expect(countryCode(iso2), entry).toBe(iso2);
      expect(countryCode(iso3), entry).toBe(iso2);
      expect(countryCode(name), entry).toBe(iso2);
      expect(countryName(iso2)).toBe(name);
    }
  });

  it.each([['Atlantis'], ['Europe'], ['EMEA'], ['ZZ'], ['Remote'], ['']])('unknown %j → null', (input) => expect(countryCode(input)).toBeNull());

  it.each(HOSTILE.map((h) => [h]))('hostile input %# → null', (input) => expect(countryCode(input as string)).toBeNull());
});

describe('regionsOf', () => {
  it.each([
    ['US', ['north-america']], ['CA', ['north-america']], ['MX', ['latam']], ['BR', ['latam']],
    ['DE', ['europe', 'dach', 'emea']], ['AT', ['europe', 'dach', 'emea']], ['CH', ['europe', 'dach', 'emea']],
    ['GB', ['europe', 'uk-ireland', 'emea']], ['IE', ['europe', 'uk-ireland', 'emea']],
    ['SE', ['europe', 'nordics', 'emea']], ['NO', ['europe', 'nordics', 'emea']], ['FI', ['europe', 'nordics', 'emea']],
    ['FR', ['europe', 'emea']], ['TR', ['europe', 'emea']],
    ['AE', ['mena', 'emea']], ['SA', ['mena', 'emea']], ['IL', ['mena', 'emea']], ['EG', ['mena', 'emea']],
    ['ZA', ['emea']], ['NG', ['emea']], ['KZ', ['emea']],
    ['AU', ['apac', 'anz']], ['NZ', ['apac', 'anz']], ['JP', ['apac']], ['IN', ['apac']], ['SG', ['apac']],
    ['de', ['europe', 'dach', 'emea']], ['AQ', []], ['ZZ', []], ['', []],
  ])('%s → %j', (iso2, expected) => expect(regionsOf(iso2)).toEqual(expected));

  it('puts every inhabited country in at least one region, and names only real countries', () => {
    const uninhabited = new Set(['AQ', 'BV', 'GS', 'HM', 'TF', 'IO']);
    for (const c of ALL_ISO2) if (!uninhabited.has(c)) expect(regionsOf(c).length, c).toBeGreaterThan(0);
  });

  it('reports regions in one fixed order that covers exactly REGIONS', () => {
    expect([...REGION_ORDER].sort()).toEqual([...REGIONS].sort());
  });

  it.each(HOSTILE.map((h) => [h]))('hostile input %# → []', (input) => expect(regionsOf(input as string)).toEqual([]));
});

describe('regionLabel', () => {
  it.each([
    ['north-america', 'North America'], ['latam', 'LATAM'], ['europe', 'Europe'], ['uk-ireland', 'UK & Ireland'],
    ['dach', 'DACH'], ['nordics', 'Nordics'], ['emea', 'EMEA'], ['mena', 'MENA'], ['apac', 'APAC'], ['anz', 'ANZ'],
  ] as const)('%s → %s', (region, label) => expect(regionLabel(region)).toBe(label));
});

const loc = (city?: string, state?: string, country?: string): ParsedLocation =>
  Object.fromEntries(Object.entries({ city, state, country }).filter(([, v]) => v !== undefined));

describe('parseLocation', () => {
  it.each([
    ['San Francisco, CA', loc('San Francisco', 'CA', 'US')],
    ['London, England', loc('London', 'ENG', 'GB')],
    ['Walldorf, BW', loc('Walldorf', 'BW', 'DE')],
    ['Paris, France', loc('Paris', undefined, 'FR')],
    ['Greater Stockholm Metropolitan Area', loc('Stockholm', undefined, 'SE')],
    ['Menlo Park, CA', loc('Menlo Park', 'CA', 'US')],
    ['Palo Alto, California, United States', loc('Palo Alto', 'CA', 'US')],
    ['London, London', loc('London', undefined, 'GB')],
    ['Durham, NC', loc('Durham', 'NC', 'US')],
    ['Freiburg im Breisgau', loc('Freiburg im Breisgau', undefined, 'DE')],
    ['New York, NY', loc('New York', 'NY', 'US')],
    ['Toronto, Ontario', loc('Toronto', 'ON', 'CA')],
    ['Sydney, NSW', loc('Sydney', 'NSW', 'AU')],
    ['Bengaluru, Karnataka', loc('Bengaluru', 'KA', 'IN')],
    ['São Paulo, SP', loc('São Paulo', 'SP', 'BR')],
    ['Berlin Area, Germany', loc('Berlin', undefined, 'DE')],
    ['Dublin, Ireland', loc('Dublin', undefined, 'IE')],
  ])('brief example %j', (input, expected) => expect(parseLocation(input)).toEqual(expected));

  it.each([
    // the code after a city is a US state unless the city says otherwise
    ['Wilmington, DE', loc('Wilmington', 'DE', 'US')],
    ['Spokane, WA', loc('Spokane', 'WA', 'US')],
    ['Dublin, CA', loc('Dublin', 'CA', 'US')],
    ['Perth, WA', loc('Perth', 'WA', 'AU')],
    ['Munich, BY', loc('Munich', 'BY', 'DE')],
    ['Toronto, CA', loc('Toronto', undefined, 'CA')],
    ['Berlin, DE', loc('Berlin', undefined, 'DE')],
    ['Minsk, BY', loc('Minsk', undefined, 'BY')],
    ['London, ON', loc('London', 'ON', 'CA')],
    ['Atlanta, Georgia', loc('Atlanta', 'GA', 'US')],
    ['Tbilisi, Georgia', loc('Tbilisi', undefined, 'GE')],
    // ambiguous and no city to settle it: nothing
    ['Xyz, BW', {}],
    ['Batumi, Georgia', {}],
    ['Georgia', {}],
    ['CA', {}],
  ])('collision %j', (input, expected) => expect(parseLocation(input)).toEqual(expected));

  it.each([
    ['Dietmar-Hopp-Allee 16, Walldorf, BW 69190, DE', loc('Walldorf', 'BW', 'DE')],
    ['1 Hacker Way, Menlo Park, CA 94025, US', loc('Menlo Park', 'CA', 'US')],
    ['Seattle, WA, US', loc('Seattle', 'WA', 'US')],
    ['Stockholm, Stockholm County, Sweden', loc('Stockholm', undefined, 'SE')],
    ['Munich, Bavaria, Germany', loc('Munich', 'BY', 'DE')],
    ['Berlin, Berlin', loc('Berlin', 'BE', 'DE')],
    ['Berlin, Germany', loc('Berlin', undefined, 'DE')],
    ['Barcelona, Catalonia', loc('Barcelona', undefined, 'ES')],
    ['Greater Seattle Area', loc('Seattle', undefined, 'US')],
    ['San Francisco Bay Area', loc('San Francisco', undefined, 'US')],
    ['New York City Metropolitan Area', loc('New York City', undefined, 'US')],
    ['Dallas-Fort Worth Metroplex', loc('Dallas-Fort Worth', undefined, 'US')],
    ['Boise, ID', loc('Boise', 'ID', 'US')],
    ['Austin, Texas, United States', loc('Austin', 'TX', 'US')],
    ['HQ: Austin, Texas', loc('Austin', 'TX', 'US')],
    ['Perth, Scotland', loc('Perth', 'SCT', 'GB')],
    ['Remote - US', loc(undefined, undefined, 'US')],
    ['California', loc(undefined, 'CA', 'US')],
    ['Germany', loc(undefined, undefined, 'DE')],
    ['England', loc(undefined, 'ENG', 'GB')],
    ['Berlin', loc('Berlin', undefined, 'DE')],
    ['Rio de Janeiro, RJ, Brazil', loc('Rio de Janeiro', 'RJ', 'BR')],
    ['Vancouver, British Columbia, Canada', loc('Vancouver', 'BC', 'CA')],
    ['Kleinstadt, Germany', loc('Kleinstadt', undefined, 'DE')],
    ['Amsterdam, North Holland, Netherlands', loc('Amsterdam', undefined, 'NL')],
  ])('LinkedIn / Crunchbase form %j', (input, expected) => expect(parseLocation(input)).toEqual(expected));

  it.each([['Remote'], [''], ['Worldwide'], ['Springfield, Zorkland'], ['Somewhere'], ['Bay Area'], ['n/a, n/a']])(
    'unknown or placeless %j → {}',
    (input) => expect(parseLocation(input)).toEqual({}),
  );

  it.each(HOSTILE.map((h) => [h]))('hostile input %# → {}', (input) => expect(parseLocation(input as string)).toEqual({}));

  it('never reads prototype names as places, even in a list', () => {
    expect(parseLocation('constructor, toString, __proto__')).toEqual({});
    expect(parseLocation('toString, CA')).toEqual({ city: 'toString', state: 'CA', country: 'US' });
  });
});

describe('subdivisionName / countryName', () => {
  it.each([
    ['US', 'CA', 'California'], ['AU', 'WA', 'Western Australia'], ['DE', 'BW', 'Baden-Württemberg'], ['CA', 'ON', 'Ontario'],
  ])('%s %s → %s', (country, code, name) => expect(subdivisionName(country, code)).toBe(name));

  it('gives null for unknown codes', () => {
    expect(subdivisionName('US', 'ZZ')).toBeNull();
    expect(countryName('ZZ')).toBeNull();
    expect(countryName('__proto__')).toBeNull();
  });
});
