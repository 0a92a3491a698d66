import { describe, expect, it } from 'vitest';
import { isLocaleNumberLang, localeBand, localeCount } from '../../../lib/facts/locale-numbers';
import { parseCount, parseEmployeeBand } from '../../../lib/facts/numbers';
import { HOSTILE } from './hostile';

const band = (min: number, max: number | null) => ({ min, max });
const NBSP = '\u00a0';
const NNBSP = '\u202f';

// Every shape below is LinkedIn's own where a source showed it (../shared/research/linkedin-labels.md,
// ../shared/real-pages/linkedin-jobs/): the page language decides what "." and "," mean.
describe('parseCount with the page language', () => {
  it.each([
    ['13.892 en LinkedIn', 'es', 13892],
    ['931.029 seguidores', 'es', 931029],
    ['371.141 seguidores', 'es', 371141],
    ['2.082.808 follower', 'it', 2082808],
    ['164.655 su LinkedIn', 'it', 164655],
    ['1.234 Follower:innen', 'de', 1234],
    ['952 Follower:innen', 'de', 952],
    ['30 verknüpfte Mitglieder', 'de', 30],
    [`8${NBSP}874${NBSP}799 abonnés`, 'fr', 8874799],
    [`8${NNBSP}874${NNBSP}799 abonnés`, 'fr', 8874799],
    ['14 399 abonnés sur LinkedIn', 'fr', 14399],
    ['8 k abonnés', 'fr', 8000],
    ['2 k abonnés', 'fr', 2000],
    [`8${NBSP}k abonnés`, 'fr', 8000],
    ['4K abonnés', 'fr', 4000],
    ['1,5 M abonnés', 'fr', 1_500_000],
    ['1,5 Tsd. Follower', 'de', 1500],
    ['2,3 Mio. Follower', 'de', 2_300_000],
    ["1'234 Follower", 'de', 1234],
    ['12 mil seguidores', 'es', 12000],
    ['8 mil seguidores', 'pt', 8000],
    ['3 M seguidores', 'es', 3_000_000],
    ['19.502.706 resultados', 'pt', 19502706],
    ['960  seguidores', 'pt', 960],
    ['+ de 500 conexões', 'pt', 500],
    ['1.234 volgers', 'nl', 1234],
    ['2,5k volgers', 'nl', 2500],
  ])('%j (%s) → %d', (input, lang, expected) => expect(parseCount(input, lang)).toBe(expected));

  // ambiguous in that language, or not whole: refused rather than guessed
  it.each([
    ['1.5K Follower', 'de'],
    ['1,5 Follower', 'de'],
    ['1.23 seguidores', 'es'],
    ['1.2345 seguidores', 'es'],
    ['1,234.5', 'it'],
    ['1.234 abonnés', 'fr'],
    ['12 34 abonnés', 'fr'],
  ])('%j (%s) → null', (input, lang) => expect(parseCount(input, lang)).toBeNull());

  it('keeps the English rule without a language, in English, and in a language it does not know', () => {
    expect(parseCount('1.234')).toBeNull();
    expect(parseCount('1.234', 'en')).toBeNull();
    expect(parseCount('1.234', 'pl')).toBeNull();
    expect(parseCount('2,362 followers', 'en')).toBe(2362);
    expect(parseCount('1.5K', 'xx')).toBe(1500);
    // the language flips the reading: the same text means 1234 in German
    expect(parseCount('1.234', 'de')).toBe(1234);
  });

  it.each(HOSTILE.map((h) => [h]))('hostile input %# → null or a safe integer, in every language', (input) => {
    for (const lang of ['de', 'fr', 'es', 'pt', 'nl', 'it']) {
      const out = parseCount(input as string, lang);
      expect(out === null || Number.isSafeInteger(out)).toBe(true);
    }
  });

  it('refuses numbers too large to be exact', () => expect(parseCount('9'.repeat(40), 'de')).toBeNull());
});

describe('parseEmployeeBand with the page language', () => {
  it.each([
    ['1.001–5.000 Beschäftigte', 'de', band(1001, 5000)],
    ['1.001-5.000 Mitarbeiter:innen', 'de', band(1001, 5000)],
    ['51–200 Beschäftigte', 'de', band(51, 200)],
    ['51-200 Mitarbeiter:innen', 'de', band(51, 200)],
    ['10.001 oder mehr Beschäftigte', 'de', band(10001, null)],
    ['10.001+ empleados', 'es', band(10001, null)],
    ['1.001-5.000 empleados', 'es', band(1001, 5000)],
    ['10.001 o más empleados', 'es', band(10001, null)],
    ['1 001-5 000 employés', 'fr', band(1001, 5000)],
    [`1${NBSP}001 – 5${NBSP}000 employés`, 'fr', band(1001, 5000)],
    [`10${NNBSP}001 et plus`, 'fr', band(10001, null)],
    ['Plus de 10 001 employés', 'fr', band(10001, null)],
    ['10 001+ employés', 'fr', band(10001, null)],
    ['1.001-5.000 dipendenti', 'it', band(1001, 5000)],
    ['Più di 10.001 dipendenti', 'it', band(10001, null)],
    ['10.001 o più dipendenti', 'it', band(10001, null)],
    ['10.001 ou mais funcionários', 'pt', band(10001, null)],
    ['501-1.000 funcionários', 'pt', band(501, 1000)],
    ['10.001 of meer medewerkers', 'nl', band(10001, null)],
    ['1K-5K Beschäftigte', 'de', band(1000, 5000)],
    ['10K+ employés', 'fr', band(10000, null)],
  ])('%j (%s) → %j', (input, lang, expected) => expect(parseEmployeeBand(input, lang)).toEqual(expected));

  it.each([
    ['201 Beschäftigte', 'de'],
    ['5.000-1.001', 'de'],
    ['1.5K-5K', 'de'],
    ['Beschäftigte', 'de'],
    ['', 'fr'],
  ])('%j (%s) → null', (input, lang) => expect(parseEmployeeBand(input, lang)).toBeNull());

  it('reads "1.001-5.000" only when the language says dots group thousands', () => {
    expect(parseEmployeeBand('1.001-5.000')).toBeNull();
    expect(parseEmployeeBand('1.001-5.000', 'en')).toBeNull();
    expect(parseEmployeeBand('1.001-5.000', 'es')).toEqual(band(1001, 5000));
  });

  it.each(HOSTILE.map((h) => [h]))('hostile input %# → null, in every language', (input) => {
    for (const lang of ['de', 'fr', 'es', 'pt', 'nl', 'it']) expect(parseEmployeeBand(input as string, lang)).toBeNull();
  });
});

describe('the locale number module itself', () => {
  it('knows exactly the six languages', () => {
    expect(['de', 'fr', 'es', 'pt', 'nl', 'it'].every(isLocaleNumberLang)).toBe(true);
    for (const other of ['en', 'pl', '', undefined, '__proto__', 'toString']) expect(isLocaleNumberLang(other)).toBe(false);
  });

  it('never reads across a decimal comma as a second number', () => {
    expect(localeCount('1,5', 'de')).toBeNull();
    expect(localeBand('1,5-2', 'de')).toBeNull();
  });
});
