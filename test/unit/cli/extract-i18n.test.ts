import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { icp } from './run-cli';

// `icp extract` on LinkedIn pages in six more UI languages prints the same facts as on the
// English page of the same company, and its evidence names the language it read.

const dir = path.resolve(import.meta.dirname, '../../fixtures/linkedin');
const NAMES: Record<string, string> = { de: 'Deutsch', fr: 'Français', es: 'Español', pt: 'Português', nl: 'Nederlands', it: 'Italiano' };
const TWIN: Record<string, [slug: string, twin: string]> = {
  de: ['kestrel-data', 'kestrel'], es: ['kestrel-data', 'kestrel'], pt: ['kestrel-data', 'kestrel'], nl: ['kestrel-data', 'kestrel'],
  fr: ['clairval-chimie', 'clairval'], it: ['lumina-digitale', 'lumina'],
};

type Printed = { pageType: string; language?: string; facts: Record<string, { value: unknown; evidence: { text: string } }>; missing: string[] };

async function extract(file: string, url: string): Promise<Printed> {
  const { code, out, err } = await icp('extract', path.join(dir, file), '--url', url);
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return JSON.parse(out.join('\n')) as Printed;
}
const values = (p: Printed) => Object.fromEntries(Object.entries(p.facts).map(([k, v]) => [k, v.value]));

describe('icp extract in the rep’s language', () => {
  it.each(Object.keys(TWIN))('%s: same facts as English, language in the evidence', async (lang) => {
    const [slug, twin] = TWIN[lang]!;
    const page = lang === 'nl' ? 'company' : 'company-about';
    const url = `https://www.linkedin.com/company/${slug}/${page === 'company' ? '' : 'about/'}`;
    const local = await extract(`${page}.i18n-${lang}.html`, url);
    const english = await extract(`${page}.i18n-en-${twin}.html`, url);
    expect(local.language).toBe(lang);
    expect(values(local)).toEqual(values(english));
    expect(local.facts['industry']?.evidence.text.startsWith(`LinkedIn (${NAMES[lang]}): `)).toBe(true);
    expect(local.missing).toEqual(english.missing);
  });

  it('prints "Branche: …" as the German page shows it, with the English industry as the value', async () => {
    const de = await extract('company-about.i18n-de.html', 'https://www.linkedin.com/company/kestrel-data/about/');
    expect(de.facts['industry']).toMatchObject({ value: 'IT Services and IT Consulting', evidence: { text: 'LinkedIn (Deutsch): Branche: IT-Dienstleistungen und IT-Beratung' } });
  });

  it('says when a page is in a language it does not read', async () => {
    const pl = await extract('company.unrecognised-language.html', 'https://www.linkedin.com/company/wisla-cargo/');
    expect(pl.language).toBe('pl');
    expect(pl.missing).toContain('language:pl');
  });
});
