import { describe, expect, it } from 'vitest';
import { normaliseIndustry } from '../../../lib/facts/industry';
import { DETAIL_LABELS, TYPE_CODES, UNIT_WORDS } from '../../../lib/extract/linkedin/labels';
import { readField } from '../../../lib/extract/linkedin/labels-read';
import type { FieldRecord } from '../../../lib/extract/linkedin/labels-record';
import { HOSTILE } from '../facts/hostile';

// The background's reading of a recorded field (labels-record.ts → labels-read.ts): the label or
// the layout's role says which fact, the page language how its words and numbers are written.
const rec = (r: FieldRecord) => JSON.stringify(r);
const values = (text: string, lang?: string) => Object.fromEntries(readField(text, lang).map((f) => [f.name, f.value]));

describe('readField: About labels in every language we read', () => {
  it.each([
    ['de', 'Branche', 'IT-Dienstleistungen und IT-Beratung', { industry: 'IT Services and IT Consulting' }],
    ['de', 'Unternehmensgröße', '1.001–5.000 Beschäftigte', { employeeRange: { min: 1001, max: 5000 } }],
    ['de', 'Unternehmensgröße', '30 verknüpfte Mitglieder', { employees: 30 }],
    ['de', 'Hauptsitz', 'Garbsen (near Hannover), Deutschland', { hqCity: 'Garbsen (near Hannover)', hqCountry: 'DE' }],
    ['de', 'Gegründet', '2004', { foundedYear: 2004 }],
    ['de', 'Typ', 'Privatunternehmen', { companyType: 'Privately Held' }],
    ['de', 'Spezialgebiete', 'M2M, IoT, EnOcean', { specialties: ['M2M', 'IoT', 'EnOcean'] }],
    ['fr', 'Secteur', 'Fabrication de produits chimiques', { industry: 'Chemical Manufacturing' }],
    ['fr', 'Taille de l’entreprise', '1 001-5 000 employés', { employeeRange: { min: 1001, max: 5000 } }],
    ['fr', "Taille de l'entreprise", '10 001+ employés', { employeeRange: { min: 10001, max: null } }],
    ['fr', 'Siège social', 'Lyon, France', { hqCity: 'Lyon', hqCountry: 'FR' }],
    ['fr', 'Fondée en', '1987', { foundedYear: 1987 }],
    ['es', 'Sector', 'Comercio al por menor de prendas de vestir y moda', { industry: 'Retail Apparel and Fashion' }],
    ['es', 'Tamaño de la empresa', '10.001+ empleados', { employeeRange: { min: 10001, max: null } }],
    ['es', 'Tamaño de empresa', '1.001-5.000 empleados', { employeeRange: { min: 1001, max: 5000 } }],
    ['es', 'Sede', 'Barcelona, Cataluña', { hqCity: 'Barcelona', hqCountry: 'ES' }],
    ['pt', 'Setor', 'Desenvolvimento de software', { industry: 'Software Development' }],
    ['pt', 'Tamanho da empresa', '10.001 ou mais funcionários', { employeeRange: { min: 10001, max: null } }],
    ['pt', 'Fundada em', '1998', { foundedYear: 1998 }],
    ['it', 'Settore', 'Tecnologia, informazioni e internet', { industry: 'Technology, Information and Internet' }],
    ['it', 'Dimensioni dell’azienda', 'Più di 10.001 dipendenti', { employeeRange: { min: 10001, max: null } }],
    ['it', 'Sede principale', 'Milano, Lombardia', { hqCity: 'Milano', hqCountry: 'IT' }],
    ['it', 'Data di fondazione', '2011', { foundedYear: 2011 }],
    ['en', 'Company size', '51-200 employees', { employeeRange: { min: 51, max: 200 } }],
  ])('%s %j: %j → %j', (lang, label, value, expected) => {
    expect(values(rec({ l: label, v: [value] }), lang)).toEqual(expected);
  });

  it('reads a website from the visible URL, else from the href LinkedIn wraps', () => {
    expect(values(rec({ l: 'Sitio web', v: ['https://www.mangofashiongroup.com'] }), 'es')).toEqual({ website: 'https://www.mangofashiongroup.com' });
    const redirect = 'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww.inside-m2m.de&urlhash=x';
    expect(values(rec({ l: 'Website', v: ['Website besuchen'], u: redirect }), 'de')).toEqual({ website: 'https://www.inside-m2m.de' });
  });

  it('names the language read in the evidence', () => {
    const [f] = readField(rec({ l: 'Branche', v: ['IT-Dienstleistungen und IT-Beratung'] }), 'de');
    expect(f?.evidence).toBe('LinkedIn (Deutsch): Branche: IT-Dienstleistungen und IT-Beratung');
    const [en] = readField(rec({ l: 'Industry', v: ['Software Development'] }), 'en');
    expect(en?.evidence).toBe('Industry: Software Development');
  });

  it('finds the language from the label when the page does not say it', () => {
    const [f] = readField(rec({ l: 'Unternehmensgröße', v: ['1.001–5.000 Beschäftigte'] }));
    expect(f).toMatchObject({ name: 'employeeRange', value: { min: 1001, max: 5000 } });
    expect(f?.evidence).toMatch(/^LinkedIn \(Deutsch\)/);
  });

  it('gives nothing for a label, an industry or a type no source showed — unknown, never a guess', () => {
    expect(readField(rec({ l: 'Telefon', v: ['0049 5137 90950-11'] }), 'de')).toEqual([]);
    expect(readField(rec({ l: 'Branche', v: ['Softwareentwicklung und Beratung'] }), 'de')).toEqual([]);
    expect(readField(rec({ l: 'Tipo', v: ['Empresa privada'] }), 'es')).toEqual([]);
    expect(readField(rec({ l: 'Bedrijfsgrootte', v: ['1.001-5.000 medewerkers'] }), 'nl')).toEqual([]);
  });
});

describe('readField: values the layout places', () => {
  it.each([
    [{ h: 'count', v: ['8.874 Follower:innen'] }, 'de', { followers: 8874 }],
    [{ h: 'count', v: ['952 Follower:innen'] }, undefined, { followers: 952 }],
    [{ h: 'count', v: ['8 874 799 abonnés'] }, 'fr', { followers: 8874799 }],
    [{ h: 'count', v: ['8 k abonnés'] }, 'fr', { followers: 8000 }],
    [{ h: 'count', v: ['931.029 seguidores'] }, undefined, { followers: 931029 }],
    [{ h: 'count', v: ['13.892 en LinkedIn'] }, 'es', { employees: 13892 }],
    [{ h: 'count', v: ['10.001+ empleados'] }, 'es', { employeeRange: { min: 10001, max: null } }],
    [{ h: 'count', v: ['164.655 su LinkedIn'] }, 'it', { employees: 164655 }],
    [{ h: 'count', v: ['30 auf LinkedIn'] }, 'de', { employees: 30 }],
    [{ h: 'count', v: ['51-200 Mitarbeiter:innen'] }, 'de', { employeeRange: { min: 51, max: 200 } }],
    // a word no source gave: the layout's slot decides, or nothing does
    [{ h: 'count', v: ['8.874 volgers'], d: 'followers' }, 'nl', { followers: 8874 }],
    [{ h: 'count', v: ['1.001-5.000 medewerkers'], d: 'headcount' }, 'nl', { employeeRange: { min: 1001, max: 5000 } }],
    [{ h: 'count', v: ['37 Personen von Ihrer Hochschule'] }, 'de', {}],
    [{ h: 'industry', v: ['Softwareontwikkeling'] }, 'nl', { industry: 'Software Development' }],
    [{ h: 'industry', v: ['Softwareentwicklung'], u: 'urn:li:fsd_industryV2:4' }, 'de', { industry: 'Software Development' }],
    [{ h: 'industry', v: [''], u: 'urn:li:fs_industry:96' }, 'pl', { industry: 'IT Services and IT Consulting' }],
    [{ h: 'place', v: ['Hannover, Alemanha'] }, 'pt', { hqCity: 'Hannover', hqCountry: 'DE' }],
    [{ h: 'type', v: [''], u: 'PUBLIC_COMPANY' }, 'it', { companyType: 'Public Company' }],
    [{ h: 'type', v: ['Privatunternehmen'], u: 'PRIVATELY_HELD' }, 'de', { companyType: 'Privately Held' }],
  ] as [FieldRecord, string | undefined, Record<string, unknown>][])('%j (%s) → %j', (r, lang, expected) => {
    expect(values(rec(r), lang)).toEqual(expected);
  });
});

describe('readField on hostile input', () => {
  it.each(HOSTILE.map((h) => [h]))('hostile text %# → no facts', (input) => {
    expect(readField(input as string, 'de')).toEqual([]);
    expect(readField(JSON.stringify({ l: input, v: [input] }), 'de')).toEqual([]);
  });

  it('ignores prototype keys, unknown hints, a code that is an Object member, and a huge record', () => {
    expect(readField('{"__proto__":{"l":"Branche"},"v":["IT-Dienstleistungen und IT-Beratung"]}', 'de')).toEqual([]);
    expect(readField(rec({ h: 'constructor' as never, l: 'Typ', v: ['Privatunternehmen'] }), 'de')).toEqual([{ name: 'companyType', value: 'Privately Held', evidence: 'LinkedIn (Deutsch): Typ: Privatunternehmen' }]);
    for (const code of ['__proto__', 'toString', 'constructor', 'hasOwnProperty']) expect(readField(rec({ h: 'type', v: [''], u: code }), 'de')).toEqual([]);
    expect(readField(rec({ l: 'Spezialgebiete', v: ['x, '.repeat(100_000)] }), 'de')[0]?.evidence.length).toBeLessThanOrEqual(200);
    expect(readField(rec({ h: 'industry', v: [''], u: 'urn:li:fsd_industryV2:99999999999' }), 'de')).toEqual([]);
  });
});

describe('the dictionaries', () => {
  it('map labels only to known fields, in every language, without one label meaning two fields', () => {
    for (const [lang, pairs] of Object.entries(DETAIL_LABELS)) {
      const seen = new Map<string, string>();
      for (const [label, field] of pairs) {
        expect(label.length, lang).toBeGreaterThan(0);
        expect(seen.get(label.toLowerCase()) ?? field, `${lang} ${label}`).toBe(field);
        seen.set(label.toLowerCase(), field);
      }
    }
    expect(DETAIL_LABELS.nl).toEqual([]); // no Dutch label was found in any source
  });

  it('count every unit in every language we have words for', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'pt', 'it']) {
      expect(UNIT_WORDS[lang as keyof typeof UNIT_WORDS].some(([, u]) => u === 'followers'), lang).toBe(true);
      expect(UNIT_WORDS[lang as keyof typeof UNIT_WORDS].some(([, u]) => u === 'employees'), lang).toBe(true);
    }
  });

  it('turn every company type code into a type the facts model knows', async () => {
    const { normaliseCompanyType } = await import('../../../lib/facts/company-type');
    for (const label of Object.values(TYPE_CODES)) expect(normaliseCompanyType(label), label).not.toBeNull();
    expect(normaliseIndustry('IT Services and IT Consulting')).toBe('IT Services and IT Consulting');
  });
});
