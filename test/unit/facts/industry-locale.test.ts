import { describe, expect, it } from 'vitest';
import { normaliseIndustry } from '../../../lib/facts/industry';
import { INDUSTRY_IDS, industryById, industryUrnId } from '../../../lib/facts/industry-ids';
import { industryFromLocal, industryTranslations } from '../../../lib/facts/industry-locale';
import { HOSTILE } from './hostile';

describe('industry ids (taxonomy V2)', () => {
  it.each([
    [4, 'Software Development'], [96, 'IT Services and IT Consulting'], [6, 'Technology, Information and Internet'],
    [19, 'Retail Apparel and Fashion'], [25, 'Manufacturing'], [55, 'Machinery Manufacturing'], [1029, 'Transportation Equipment Manufacturing'],
    [24, 'Computers and Electronics Manufacturing'], [23, 'Food and Beverage Manufacturing'], [54, 'Chemical Manufacturing'],
    [104, 'Staffing and Recruiting'], [75, 'Government Administration'], [2190, 'Accommodation Services'], [14, 'Hospitals and Health Care'],
    [48, 'Construction'], [27, 'Retail'],
  ])('%d → %s (the starter playbook’s industries among them)', (id, label) => expect(industryById(id)).toBe(label));

  it('has 434 ids, each once, and all but a few recent labels are in the taxonomy outline', () => {
    const lines = INDUSTRY_IDS.trim().split('\n');
    expect(lines).toHaveLength(434);
    expect(new Set(lines.map((l) => l.split(' ')[0])).size).toBe(434);
    const unknown = lines.map((l) => l.replace(/^\d+ /, '')).filter((l) => normaliseIndustry(l) === null);
    expect(unknown.length).toBeLessThan(20);
  });

  it.each([
    ['urn:li:fsd_industryV2:96', 96], ['urn:li:fs_industry:4', 4], ['urn:li:fsd_industry:6', 6],
    ['urn:li:fsd_company:96', null], ['urn:li:fsd_industryV2:', null], ['96', null], ['urn:li:fsd_industryV2:96x', null],
  ])('%j → %j', (urn, id) => expect(industryUrnId(urn)).toBe(id));

  it.each([[0], [-4], [1.5], [99999999], [Number.NaN]])('no label for id %j', (id) => expect(industryById(id)).toBeNull());
});

describe('localised industry names', () => {
  it('map every translation to an English label the taxonomy knows', () => {
    for (const [lang, local, english] of industryTranslations()) {
      expect(normaliseIndustry(english), `${lang} ${local}`).toBe(english);
      expect(industryFromLocal(local, lang)).toEqual({ label: english, lang });
    }
  });

  it.each([
    ['IT-Dienstleistungen und IT-Beratung', 'de', 'IT Services and IT Consulting'],
    ['Fabrication de machines', 'fr', 'Machinery Manufacturing'],
    ['Hôpitaux et services de santé', 'fr', 'Hospitals and Health Care'],
    ['Fabrication de matériel de transport', 'fr', 'Transportation Equipment Manufacturing'],
    ['Dotación y selección de personal', 'es', 'Staffing and Recruiting'],
    ['Recrutamento e seleção', 'pt', 'Staffing and Recruiting'],
    ['Tecnologia, informazioni e internet', 'it', 'Technology, Information and Internet'],
    ['Softwareontwikkeling', 'nl', 'Software Development'],
  ])('%j (%s) → %s', (local, lang, english) => expect(industryFromLocal(local, lang)?.label).toBe(english));

  it('finds the language when the page does not say it, and keeps English labels English', () => {
    expect(industryFromLocal('Servicios de TI y consultoría de TI')).toEqual({ label: 'IT Services and IT Consulting', lang: 'es' });
    expect(industryFromLocal('Construction')).toEqual({ label: 'Construction', lang: 'en' });
    expect(industryFromLocal('Construction', 'fr')).toEqual({ label: 'Construction', lang: 'fr' });
    expect(industryFromLocal('Computer Software', 'en')).toEqual({ label: 'Computer Software', lang: 'en' });
  });

  it('a name in another language than the page’s is not read as the page’s', () => {
    expect(industryFromLocal('Desarrollo de software', 'de')).toBeNull();
    expect(industryFromLocal('Softwareentwicklung', 'de')).toBeNull(); // no source gave it: unknown, not a guess
  });

  it.each(HOSTILE.map((h) => [h]))('hostile input %# → null', (input) => expect(industryFromLocal(input as string, 'de')).toBeNull());
});
