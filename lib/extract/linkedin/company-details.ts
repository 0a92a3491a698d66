import { all, first, text } from '../core/dom';
import { put, putParsed, type Reader } from '../core/facts';
import { putPlace, yearIn } from '../core/place';
import { normaliseWebsite, websiteFromText } from '../core/urls';
import { DETAIL_TERMS, DETAIL_TEST_IDS } from './selectors';

// The company's field list, read by its visible labels: guest `about-us__*` dt/dd pairs, 2018
// `org-page-details` dt/dd, 2025-26 `dt > h3` + dd ("Company size" has two dd's: band, then
// "N associated members"). The same labels appear on the About tab and the guest Home page.

type Field = 'website' | 'industry' | 'size' | 'headquarters' | 'type' | 'founded' | 'specialties';

const LABELS: [RegExp, Field][] = [
  [/^website$/, 'website'],
  [/^industry$|^industries$/, 'industry'],
  [/^company size$|^size$/, 'size'],
  [/^headquarters?$/, 'headquarters'],
  [/^(type|company type|organi[sz]ation type)$/, 'type'],
  [/^(founded|year founded)$/, 'founded'],
  [/^specialt(y|ies)$|^specialities$/, 'specialties'],
];

function fieldOf(label: string): Field | null {
  const l = label.toLowerCase().replace(/:$/, '').trim();
  for (const [re, f] of LABELS) if (re.test(l)) return f;
  return null;
}

/** Label → the dd elements after its dt (stopping at the next dt). */
export function readDetails(doc: Document): Map<Field, Element[]> {
  const out = new Map<Field, Element[]>();
  for (const dt of all(doc, DETAIL_TERMS, 80)) {
    const field = fieldOf(text(dt, 60));
    if (!field || out.has(field)) continue;
    const dds: Element[] = [];
    for (let el = dt.nextElementSibling; el && el.tagName === 'DD' && dds.length < 4; el = el.nextElementSibling) dds.push(el);
    if (dds.length) out.set(field, dds);
  }
  // guest 2024: the same fields by data-test-id, for a list whose dt labels are missing or renamed
  for (const box of all(doc, '[data-test-id^="about-us__"]', 20)) {
    const id = box.getAttribute('data-test-id') ?? '';
    const field = (Object.keys(DETAIL_TEST_IDS) as Field[]).find((f) => DETAIL_TEST_IDS[f] === id);
    const dd = field && !out.has(field) ? first(box, ['dd']) : null;
    if (field && dd) out.set(field, [dd]);
  }
  return out;
}

function websiteOf(dd: Element): { url: string | null; shown: string } {
  const a = first(dd, ['a[href]']);
  const shown = text(a ?? dd, 300);
  // The visible text is the real URL; the href may be LinkedIn's /redir/redirect wrapper.
  const url = websiteFromText(shown) ?? (a ? normaliseWebsite(a.getAttribute('href') ?? '', 'https://www.linkedin.com/') : null);
  return { url, shown };
}

/** "Connectivity, Artificial Intelligence, …, and Open Compute" → items. */
export function splitSpecialties(s: string): string[] {
  return s.split(/\s*,\s*(?:and\s+)?|\s*;\s*/).map((x) => x.trim()).filter((x) => x && x.length <= 200);
}

export function readCompanyDetails(r: Reader): void {
  const d = readDetails(r.doc);
  const one = (f: Field) => text(d.get(f)?.[0], 2000);
  const web = d.get('website')?.[0];
  if (web) {
    const { url, shown } = websiteOf(web);
    put(r, 'website', url, `Website: ${shown}`);
  }
  if (one('industry')) put(r, 'industry', one('industry'), `Industry: ${one('industry')}`);
  for (const dd of d.get('size') ?? []) {
    const t = text(dd, 200);
    if (/associated members|on linkedin/i.test(t)) putParsed(r, 'employees', 'count', t, `Company size: ${t}`);
    else putParsed(r, 'employeeRange', 'band', t, `Company size: ${t}`);
  }
  if (one('headquarters')) putPlace(r, one('headquarters'), `Headquarters: ${one('headquarters')}`);
  if (one('type')) put(r, 'companyType', one('type'), `Type: ${one('type')}`);
  if (one('founded')) put(r, 'foundedYear', yearIn(one('founded')), `Founded: ${one('founded')}`);
  if (one('specialties')) put(r, 'specialties', splitSpecialties(one('specialties')), `Specialties: ${one('specialties')}`);
}
