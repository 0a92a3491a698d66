import { all, first, text } from '../core/dom';
import { put, putParsed, type Reader } from '../core/facts';
import { isEnglish } from '../core/lang';
import { putPlace, yearIn } from '../core/place';
import { normaliseWebsite, websiteFromText } from '../core/urls';
import { putField } from './labels-record';
import { DETAIL_HEADERS_2018, DETAIL_TERMS, DETAIL_TEST_IDS } from './selectors';

// The company's field list, read by its visible labels: guest `about-us__*` dt/dd pairs, 2018
// `org-page-details` dt/dd and the early-2018 "Company details" module (h3 label + value), 2025-26
// `dt > h3` + dd ("Company size" has two dd's: band, then "N associated members"). The same labels
// appear on the About tab and the guest Home page. English labels are read here; a page in another
// language (or a label not known here) is recorded as label + values for the background to map
// with its dictionaries (labels-record.ts → labels-read.ts).

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

interface Pair { label: string; values: Element[] }

/** Every label → value(s) pair of the page's field lists, in page order (one query: pages can be huge). */
export function detailPairs(doc: Document): Pair[] {
  const out: Pair[] = [];
  for (const term of all(doc, `${DETAIL_TERMS}, ${DETAIL_HEADERS_2018}`, 100)) {
    const values: Element[] = [];
    if (term.tagName === 'DT') {
      for (let el = term.nextElementSibling; el && el.tagName === 'DD' && values.length < 4; el = el.nextElementSibling) values.push(el);
    } else if (term.nextElementSibling && !/^H\d$/.test(term.nextElementSibling.tagName)) values.push(term.nextElementSibling);
    if (values.length) out.push({ label: text(term, 60), values });
  }
  return out;
}

/** English label → the value elements after it. */
export function readDetails(doc: Document, pairs = detailPairs(doc)): Map<Field, Element[]> {
  const out = new Map<Field, Element[]>();
  for (const { label, values } of pairs) {
    const field = fieldOf(label);
    if (field && !out.has(field)) out.set(field, values);
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

/** One pair for the background: the label, what each value shows, and the first link's href. */
function recordPair(r: Reader, { label, values }: Pair): void {
  const href = first(values[0]!, ['a[href]'])?.getAttribute('href') ?? undefined;
  const shown = values.map((dd) => text(first(dd, ['a[href]']) ?? dd, 600));
  // a link whose text is a URL is the website in any language: put now, so later readers (the
  // domain) see it here as they will in the background
  const url = href ? websiteFromText(shown[0] ?? '') : null;
  if (url) return void put(r, 'website', url, `${label}: ${shown[0]}`);
  // filed under specialties: no completeness check reads it, and the label decides what it sets
  putField(r, 'specialties', { l: label, v: shown, u: href });
}

function readEnglish(r: Reader, d: Map<Field, Element[]>): void {
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

export function readCompanyDetails(r: Reader): void {
  const pairs = detailPairs(r.doc);
  if (!isEnglish(r)) {
    // the page's own language: every pair goes to the background's dictionaries (English ones too)
    for (const pair of pairs) recordPair(r, pair);
    return;
  }
  readEnglish(r, readDetails(r.doc, pairs));
  // a page that does not say its language may still be in another one: its labels are not ours
  if (!r.lang) for (const pair of pairs) if (!fieldOf(pair.label)) recordPair(r, pair);
}
