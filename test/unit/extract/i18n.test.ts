// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractPage, isRecognised, replayObservation } from '../../../lib/extract';
import { languageMarker } from '../../../lib/extract/core/lang';
import { extractList } from '../../../lib/extract/list-extract';
import { readLinkedInFamily } from '../../../lib/extract/sites';
import { languageName } from '../../../lib/facts/locale-languages';
import type { PageObservation } from '../../../lib/facts/model';
import { fixtures, parse } from './helpers';

// LinkedIn in the rep's language: the same company's pages in German, French, Spanish, Portuguese,
// Dutch and Italian read to the same facts as its English page, and the evidence says which
// language was read. Each language fixture has an English twin of the same company
// (test/fixtures/linkedin/*.i18n-*.html; the words in each come from the sources named in it).

const all = fixtures(['linkedin']);
const byName = (name: string) => all.find((f) => f.name === `linkedin/${name}`)!;
const read = (name: string): PageObservation => {
  const f = byName(name);
  return extractPage(f.expected.url, parse(f.html));
};
const values = (obs: PageObservation) => Object.fromEntries(Object.entries(obs.facts).map(([k, v]) => [k, v?.value]));

const TWINS: [lang: string, twin: string][] = [['de', 'kestrel'], ['es', 'kestrel'], ['pt', 'kestrel'], ['nl', 'kestrel'], ['fr', 'clairval'], ['it', 'lumina']];

describe('LinkedIn in six more languages reads as in English', () => {
  describe.each(TWINS)('%s', (lang, twin) => {
    const pages = ['company', ...(lang === 'nl' ? [] : ['company-about'])];

    it.each(pages)('%s page: the same facts as the English page, the language in the evidence', (page) => {
      const obs = read(`${page}.i18n-${lang}.html`);
      const english = read(`${page}.i18n-en-${twin}.html`);
      expect(obs.language).toBe(lang);
      expect(english.language).toBe('en');
      expect(values(obs)).toEqual(values(english));
      expect(Object.keys(obs.facts).length).toBeGreaterThanOrEqual(13);
      // the industry was read in the page's language, and says so
      expect(obs.facts.industry?.evidence.text).toMatch(new RegExp(`^LinkedIn \\(${languageName(lang)}\\): `));
      expect(english.facts.industry?.evidence.text).not.toMatch(/^LinkedIn \(/);
      expect(isRecognised(obs)).toBe(true);
    });

    it('profile: the same person and company, whatever the language (the place stays as the page writes it)', () => {
      const obs = read(`profile.i18n-${lang}.html`);
      const english = read('profile.i18n-en.html');
      expect(obs.language).toBe(lang);
      expect(values(obs)).toEqual(values(english));
      expect({ ...obs.person, location: undefined }).toEqual({ ...english.person, location: undefined });
    });
  });

  it('the About tab read its words: labels, numbers and industry names, each in the page language', () => {
    const de = read('company-about.i18n-de.html').facts;
    expect(de.employeeRange?.evidence.text).toBe('LinkedIn (Deutsch): Unternehmensgröße: 1.001–5.000 Beschäftigte');
    expect(de.employees?.evidence.text).toBe('LinkedIn (Deutsch): Unternehmensgröße: 1.234 verknüpfte Mitglieder');
    expect(de.companyType?.evidence.text).toBe('LinkedIn (Deutsch): Typ: Privatunternehmen');
    expect(read('company-about.i18n-fr.html').facts.employeeRange?.evidence.text).toBe('LinkedIn (Français): Taille de l’entreprise: 201-500 employés');
    expect(read('company.i18n-fr.html').facts.followers?.evidence.text).toBe('LinkedIn (Français): 12 k abonnés');
    expect(read('company.i18n-es.html').facts.followers?.evidence.text).toBe('LinkedIn (Español): 8.874 seguidores');
    expect(read('company-about.i18n-it.html').facts.industry?.evidence.text).toBe('LinkedIn (Italiano): Settore: Tecnologia, informazioni e internet');
  });

  it('what no source gave in a language comes from the language-independent page data, and says so', () => {
    // no Dutch word for followers or employees was found: the page data's numbers fill them
    const nl = read('company.i18n-nl.html').facts;
    expect(nl.followers?.evidence.text).toBe('page data followerCount: 8874');
    expect(nl.employeeRange?.evidence.text).toMatch(/^page data staffCountRange/);
    // no Spanish company type was found: the type's code in the page data
    expect(read('company-about.i18n-es.html').facts.companyType?.evidence.text).toBe('LinkedIn (Español): page data companyType: PRIVATELY_HELD');
  });

  it('the content script reads the same, logging words for the background (no dictionary in the page)', () => {
    for (const name of ['company-about.i18n-de.html', 'company.i18n-fr.html', 'company.i18n-nl.html']) {
      const f = byName(name);
      const content = readLinkedInFamily(f.expected.url, parse(f.html));
      expect(content.observation.language).toBe(name.match(/i18n-(\w\w)/)![1]);
      expect(content.log?.some((e) => e.kind === 'field')).toBe(true);
      expect(content.recognised).toBe(true);
      expect(values(replayObservation(content.observation, content.log!))).toEqual(values(read(name)));
    }
  });
});

describe('a job posting’s company card in another language', () => {
  it.each([['de', 'kestrel'], ['it', 'lumina']])('%s: the hiring company’s facts match its English company page', (lang, twin) => {
    const f = byName(`job.loggedin-${lang}-2025.html`);
    const [row] = extractList(f.expected.url, parse(f.html))!.rows;
    const english = values(read(`company.i18n-en-${twin}.html`));
    for (const k of ['name', 'linkedinUrl', 'followers', 'industry', 'employeeRange', 'employees']) expect(row!.facts[k as 'name']?.value, k).toEqual(english[k]);
    expect(row!.facts.industry?.evidence.text).toMatch(new RegExp(`^LinkedIn \\(${languageName(lang)}\\): `));
  });
});

describe('a language we do not read', () => {
  const f = byName('company.unrecognised-language.html');

  it('is reported as not read, with its language, instead of as an empty company', () => {
    const obs = extractPage(f.expected.url, parse(f.html));
    expect(obs.language).toBe('pl');
    expect(languageMarker(obs.missing)).toBe('pl');
    expect(languageName('pl')).toBe('Polski');
    expect(isRecognised(obs)).toBe(false);
  });

  it('the content script does not even send its words (they would read as nothing), and says so too', () => {
    const content = readLinkedInFamily(f.expected.url, parse(f.html));
    expect(content.log?.filter((e) => e.kind === 'field')).toEqual([]);
    expect(content.recognised).toBe(false);
    expect(languageMarker(content.observation.missing)).toBe('pl');
  });

  it('a page in that language with language-independent data is read from that data', () => {
    const withData = f.html.replace('</body>', `<code id="bpr-guid-1" style="display:none">${JSON.stringify({
      included: [
        { $type: 'com.linkedin.voyager.dash.organization.Company', entityUrn: 'urn:li:fsd_company:5', universalName: 'wisla-cargo', '*industry': ['urn:li:fsd_industryV2:92'], employeeCountRange: { start: 201, end: 500 } },
      ],
    }).replace(/</g, '&lt;')}</code></body>`);
    const obs = extractPage(f.expected.url, parse(withData));
    expect(isRecognised(obs)).toBe(true);
    expect(languageMarker(obs.missing)).toBeNull();
    expect(obs.facts.industry?.value).toBe('Truck Transportation');
    expect(obs.facts.employeeRange?.value).toEqual({ min: 201, max: 500 });
  });
});

describe('the layouts since 2018', () => {
  it('early 2018 (org-top-card-module, org-about-us): industry, size band, HQ, website, founded, type, followers', () => {
    const obs = read('company.loggedin-2018-overview.html');
    expect(values(obs)).toMatchObject({
      industry: 'Logistics and Supply Chain', employeeRange: { min: 201, max: 500 }, hqCity: 'Portland', hqState: 'OR', hqCountry: 'US',
      website: 'http://www.tidewaterfreight.com', domain: 'tidewaterfreight.com', foundedYear: 1994, companyType: 'Privately Held', followers: 18402,
    });
  });

  it('2017 (data only in <code> blocks): read from the embedded entities', () => {
    const obs = read('company.loggedin-2017-code.html');
    expect(values(obs)).toMatchObject({ name: 'Pinecrest Software', employeeRange: { min: 11, max: 50 }, followers: 1840 });
    // the V1 industry id names the V2 industry it became, whatever the label beside it says
    expect(obs.facts.industry?.value).toBe('Software Development');
    expect(obs.facts.industry?.evidence.text).toBe('page data industry: Computer Software (urn:li:fs_industry:4)');
  });
});

describe('guards of the language path', () => {
  it('a current role is one whose date range ends in a word, whatever the language; a range of two years has ended', async () => {
    const { currentPosition } = await import('../../../lib/extract/linkedin/profile-position');
    const page = (dates: string) => parse(`<section><div id="experience"></div><ul><li>
      <div class="t-bold"><span aria-hidden="true">Vertriebsleiterin</span></div>
      <span class="t-14 t-normal"><span aria-hidden="true">Kestrel Data</span></span>
      <span class="t-14 t-normal t-black--light"><span aria-hidden="true">${dates}</span></span></li></ul></section>`);
    // the word after the dash is not one we know: the shape says the role goes on
    expect(currentPosition(page('Apr. 2019 – lorem · 5 J. 3 Mon.'))).toMatchObject({ title: 'Vertriebsleiterin', company: 'Kestrel Data' });
    expect(currentPosition(page('2015 – 2019 · 4 J.'))).toBeNull();
  });

  it('a field parser that gives no list, or junk in it, puts nothing and never throws', async () => {
    const { newReader, putParsed } = await import('../../../lib/extract/core/facts');
    const { PARSERS } = await import('../../../lib/extract/parsers');
    for (const bad of [() => null, () => 'oops', () => [null, 'x', 7]]) {
      const r = newReader(parse('<p></p>'), 'https://www.linkedin.com/company/x/', 'linkedin-company', { ...PARSERS, field: bad });
      expect(() => putParsed(r, 'industry', 'field', '{"v":["x"]}', 'x')).not.toThrow();
      expect(r.facts).toEqual({});
    }
  });

  it('a long value is capped before it is recorded, so its record stays whole JSON and is still read', async () => {
    const { newReader } = await import('../../../lib/extract/core/facts');
    const { putField } = await import('../../../lib/extract/linkedin/labels-record');
    const r = newReader(parse('<p></p>'), 'https://www.linkedin.com/company/x/about/', 'linkedin-company-about');
    r.lang = 'de';
    putField(r, 'specialties', { l: 'Spezialgebiete', v: [Array.from({ length: 400 }, (_, i) => `Thema ${i}`).join(', ')] });
    const entry = r.log![0]!;
    expect(typeof entry.value === 'string' && entry.value.length).toBeLessThanOrEqual(2000);
    const replayed = replayObservation({ pageType: 'linkedin-company-about', url: r.url, facts: {}, missing: [], language: 'de' }, r.log!);
    expect(replayed.facts.specialties?.value.slice(0, 2)).toEqual(['Thema 0', 'Thema 1']);
  });
});
