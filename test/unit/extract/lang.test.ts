// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { languageMarker, pageLanguage, unreadLanguage } from '../../../lib/extract/core/lang';
import { newReader } from '../../../lib/extract/core/facts';
import { languageName } from '../../../lib/facts/locale-languages';
import { parse } from './helpers';

describe('pageLanguage', () => {
  it.each([
    ['<html lang="de">', 'de'], ['<html lang="de-DE">', 'de'], ['<html lang="pt_BR">', 'pt'], ['<html lang="ES">', 'es'],
    ['<html lang=" it ">', 'it'], ['<html>', ''], ['<html lang="">', ''], ['<html lang="x">', ''], ['<html lang="de;drop">', ''],
    ['<html lang="__proto__">', ''], [`<html lang="${'a'.repeat(5000)}">`, ''],
  ])('%s → %j', (html, lang) => expect(pageLanguage(parse(`${html}<body></body></html>`))).toBe(lang));

  it('a missing document says nothing', () => expect(pageLanguage(null)).toBe(''));
});

describe('unreadLanguage', () => {
  const reader = (lang: string, source: 'linkedin-company' | 'linkedin-profile' = 'linkedin-company') => {
    const r = newReader(parse('<p></p>'), 'https://www.linkedin.com/company/x/', source);
    r.lang = lang;
    return r;
  };

  it('marks a company page in a language we do not read that gave only its name', () => {
    const r = reader('pl');
    (r.facts as Record<string, unknown>).name = { value: 'X', evidence: { source: 'linkedin-company', url: '', text: 'X' } };
    expect(unreadLanguage(r)).toBe('language:pl');
    expect(languageMarker(['industry', 'language:pl'])).toBe('pl');
  });

  it('does not mark a page with any other fact, read or waiting in the log', () => {
    const r = reader('pl');
    r.pending!.add('employeeRange');
    expect(unreadLanguage(r)).toBeNull();
  });

  it('does not mark languages we read, pages without a language, or profiles (read by their structure)', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it', '']) expect(unreadLanguage(reader(lang))).toBeNull();
    expect(unreadLanguage(reader('pl', 'linkedin-profile'))).toBeNull();
  });

  it.each([[[]], [['language:']], [['language:toString()']], [['xlanguage:pl']], [undefined]])('no marker in %j', (missing) => {
    expect(languageMarker(missing as string[] | undefined)).toBeNull();
  });
});

describe('languageName', () => {
  it.each([['de', 'Deutsch'], ['fr', 'Français'], ['es', 'Español'], ['pt', 'Português'], ['nl', 'Nederlands'], ['it', 'Italiano'], ['pl', 'Polski']])(
    '%s → %s',
    (code, name) => expect(languageName(code)).toBe(name),
  );
  it.each([['zz', 'zz'], ['', ''], ['__proto__', ''], ['<b>', '']])('%j → %j', (code, name) => expect(languageName(code)).toBe(name));
});
