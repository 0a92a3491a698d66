import { describe, expect, it } from 'vitest';
import { parseCount, parseEmployeeBand, parseMoney, parseMoneyWithCurrency, parseRevenueBand } from '../../../lib/facts/numbers';
import { HOSTILE } from './hostile';

const band = (min: number, max: number | null) => ({ min, max });

describe('parseCount', () => {
  it.each([
    ['8K followers', 8000],
    ['9M followers', 9_000_000],
    ['2,362 followers', 2362],
    ['44,632 employees on LinkedIn', 44632],
    ['See all 44,632 employees', 44632],
    ['100 associated members', 100],
    ['1.5K', 1500],
    ['1.2m', 1_200_000],
    ['12', 12],
    ['1,234,567', 1_234_567],
    ['5 months ago', 5],
    ['3 million', 3_000_000],
  ])('%j → %d', (input, expected) => expect(parseCount(input)).toBe(expected));

  // European separators and other ambiguous shapes: we refuse rather than guess
  it.each([['1.234'], ['1.234 followers'], ['1,5K'], ['1.234,56'], ['10 001 followers'], ['1,23'], ['1.5 followers']])(
    'ambiguous %j → null',
    (input) => expect(parseCount(input)).toBeNull(),
  );

  it.each([['followers'], ['K'], [''], ['—']])('no number %j → null', (input) => expect(parseCount(input)).toBeNull());

  it.each(HOSTILE.map((h) => [h]))('hostile input %# → null, never NaN', (input) => {
    const out = parseCount(input as string);
    expect(out === null || Number.isSafeInteger(out)).toBe(true);
    expect(Number.isNaN(out)).toBe(false);
  });

  it('refuses numbers too large to be exact', () => expect(parseCount('9'.repeat(40))).toBeNull());
});

describe('parseEmployeeBand', () => {
  it.each([
    ['51-200 employees', band(51, 200)],
    ['51–200', band(51, 200)],
    ['51 — 200', band(51, 200)],
    ['1-10', band(1, 10)],
    ['11-50', band(11, 50)],
    ['201-500 employees', band(201, 500)],
    ['501-1,000', band(501, 1000)],
    ['1,001-5,000', band(1001, 5000)],
    ['5,001-10,000 employees', band(5001, 10000)],
    ['10,001+ employees', band(10001, null)],
    ['10K+ employees', band(10000, null)],
    ['2K+ employees', band(2000, null)],
    ['1K-5K', band(1000, 5000)],
    ['Company size 51 to 200 employees', band(51, 200)],
    ['10001 or more', band(10001, null)],
    ['Self-employed', band(1, 1)],
    ['Self employed', band(1, 1)],
  ])('%j → %j', (input, expected) => expect(parseEmployeeBand(input)).toEqual(expected));

  it.each([['201 employees'], ['200-51'], ['1.001-5.000'], ['employees'], [''], ['a-b']])('%j → null', (input) =>
    expect(parseEmployeeBand(input)).toBeNull(),
  );

  it.each(HOSTILE.map((h) => [h]))('hostile input %# → null', (input) => expect(parseEmployeeBand(input as string)).toBeNull());
});

describe('parseMoney', () => {
  it.each([
    ['US$ 4.8M', 4_800_000],
    ['$1.2B', 1_200_000_000],
    ['$250K', 250_000],
    ['$1,200,000', 1_200_000],
    ['1.2M USD', 1_200_000],
    ['USD 5M', 5_000_000],
    ['$ 3.5 million', 3_500_000],
    ['$4.99', 5],
    ['Raised $25M in 2021', 25_000_000],
    ['2021: $25M Series B', 25_000_000],
    ['€5M ($5.4M)', 5_400_000],
  ])('%j → %d', (input, expected) => expect(parseMoney(input)).toBe(expected));

  // never a euro read as a dollar; never an amount without a currency
  it.each([['€3M'], ['3M EUR'], ['£2M'], ['CA$1.5M'], ['A$2M'], ['R$10M'], ['¥100M'], ['4.8M'], ['$1.234'], ['$'], ['try 5M'], ['$1,5M']])(
    '%j → null',
    (input) => expect(parseMoney(input)).toBeNull(),
  );

  it('converts other currencies only with an explicit rate', () => {
    expect(parseMoney('€3M', { usdPer: { EUR: 1.1 } })).toBe(3_300_000);
    expect(parseMoney('CA$1M', { usdPer: { EUR: 1.1 } })).toBeNull();
    expect(parseMoney('€3M', { usdPer: { EUR: Number.NaN } })).toBeNull();
    expect(parseMoney('€3M', { usdPer: JSON.parse('{"__proto__": {"EUR": 2}}') })).toBeNull();
  });

  it.each([
    ['€3M', { amount: 3_000_000, currency: 'EUR' }],
    ['CA$1.5M', { amount: 1_500_000, currency: 'CAD' }],
    ['£250K', { amount: 250_000, currency: 'GBP' }],
    ['4.8M', null],
  ])('parseMoneyWithCurrency(%j) → %j', (input, expected) => expect(parseMoneyWithCurrency(input)).toEqual(expected));

  it.each(HOSTILE.map((h) => [h]))('hostile input %# → null', (input) => expect(parseMoney(input as string)).toBeNull());
});

describe('parseRevenueBand', () => {
  it.each([
    ['$10M-$50M', band(1e7, 5e7)],
    ['$500M - $1B', band(5e8, 1e9)],
    ['$1B+', band(1e9, null)],
    ['$10B+', band(1e10, null)],
    ['Less than $1M', band(0, 1e6)],
    ['Under $1M', band(0, 1e6)],
    ['$1M to $10M', band(1e6, 1e7)],
    ['Over $1B', band(1e9, null)],
    ['$1-5M', band(1e6, 5e6)],
    ['US$ 2.5B - 5B', band(2.5e9, 5e9)],
    ['$100M to $250M', band(1e8, 2.5e8)],
  ])('%j → %j', (input, expected) => expect(parseRevenueBand(input)).toEqual(expected));

  it.each([['€10M-€50M'], ['10M-50M'], ['$50M-$10M'], ['€1M-$5M'], ['Unknown'], ['']])('%j → null', (input) =>
    expect(parseRevenueBand(input)).toBeNull(),
  );

  it('converts a band only with an explicit rate', () => {
    expect(parseRevenueBand('€10M-€50M', { usdPer: { EUR: 1.1 } })).toEqual(band(1.1e7, 5.5e7));
  });

  it.each(HOSTILE.map((h) => [h]))('hostile input %# → null', (input) => expect(parseRevenueBand(input as string)).toBeNull());
});
