import { describe, expect, it } from 'vitest';
import { cleanText, matchKey, matchWords } from '../../../lib/facts/text';

describe('cleanText', () => {
  it.each([
    ['  Software\n\tDevelopment  ', 'Software Development'],
    ['Soft\u200Bware\u00AD De\u202Evelopment\uFEFF', 'Software Development'],
    ['a   b', 'a b'],
    ['', ''],
  ])('cleanText(%j) = %j', (input, expected) => expect(cleanText(input)).toBe(expected));

  it('returns "" for anything that is not a string', () => {
    for (const v of [undefined, null, 42, {}, ['a']]) expect(cleanText(v)).toBe('');
  });

  it('caps long text with an ellipsis, without scanning all of a 100 KB string', () => {
    const out = cleanText('a'.repeat(100_000), 10);
    expect(out).toBe('aaaaaaaaa…');
  });
});

describe('matchWords / matchKey', () => {
  it.each([
    ['Marketing & Advertising', ['marketing', 'and', 'advertising']],
    ["Côte d'Ivoire", ['cote', 'divoire']],
    ['U.S.A.', ['usa']],
    ["Women's Handbag", ['womens', 'handbag']],
    ['Non-profit Organizations', ['non', 'profit', 'organizations']],
    ['  Zürich  ', ['zurich']],
    ['Ö\u200Bsterreich', ['osterreich']],
  ])('matchWords(%j) = %j', (input, expected) => expect(matchWords(input)).toEqual(expected));

  it.each([
    ['Non-profit', 'Nonprofit'],
    ['Non profit', 'NONPROFIT'],
    ['Oil, Gas, and Mining', 'oil gas and mining'],
    ['U.S.', 'US'],
  ])('matchKey(%j) = matchKey(%j)', (a, b) => expect(matchKey(a)).toBe(matchKey(b)));

  it('gives no key for text longer than a label, or for non-strings', () => {
    expect(matchKey('x'.repeat(500))).toBe('');
    expect(matchKey(undefined)).toBe('');
    expect(matchKey('\u200B\u200B')).toBe('');
  });

  it('keeps the key a plain string, so prototype names are just words', () => {
    expect(matchKey('__proto__')).toBe('proto');
    expect(matchKey('constructor')).toBe('constructor');
  });
});
