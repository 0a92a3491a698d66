import { all, first, text } from '../core/dom';
import { put, type Reader } from '../core/facts';
import { websiteFromText } from '../core/urls';
import { putField } from './labels-record';
import { DETAIL_HEADERS_2018, DETAIL_LIST_MARKS, DETAIL_TERMS, DETAIL_TEST_IDS } from './selectors';

// The company's field list: guest `about-us__*` dt/dd pairs, 2018 `org-page-details` dt/dd and the
// early-2018 "Company details" module (h3 label + value), 2025-26 `dt > h3` + dd ("Company size"
// has two dd's: band, then "N associated members"). The same labels appear on the About tab and the
// guest Home page. This reads no label: it records each label with its values, in whatever language
// the page is, and the background maps them with its dictionaries, English included
// (labels-record.ts → labels-read.ts), so the content script carries none.

interface Pair { label: string; values: Element[] }

/**
 * Every label → value(s) pair of the page's field lists, in page order. `anyDt`: look at every `dt`
 * of the page — a tag query walks every element, so it runs on the About tab, where the field list
 * lives, and elsewhere only when a known field-list mark is on the page (selectors.ts DETAIL_LIST_MARKS).
 */
export function detailPairs(doc: Document, anyDt: boolean): Pair[] {
  const out: Pair[] = [];
  // two queries, not one "a, b" list (matched against every element: selectors.ts, EMPLOYEE_LINKS);
  // the two layouts never share a page, so document order across them does not matter
  const dts = anyDt || first(doc, DETAIL_LIST_MARKS) ? all(doc, DETAIL_TERMS, 100) : [];
  const terms = [...dts, ...all(doc, DETAIL_HEADERS_2018, 100)].slice(0, 100);
  for (const term of terms) {
    const values: Element[] = [];
    if (term.tagName === 'DT') {
      for (let el = term.nextElementSibling; el && el.tagName === 'DD' && values.length < 4; el = el.nextElementSibling) values.push(el);
    } else if (term.nextElementSibling && !/^H\d$/.test(term.nextElementSibling.tagName)) values.push(term.nextElementSibling);
    if (values.length) out.push({ label: text(term, 60), values });
  }
  // guest 2024: a field whose dt label is missing is still named by its data-test-id ("about-us__size")
  for (const box of all(doc, '[data-test-id^="about-us__"]', 20)) {
    const field = Object.keys(DETAIL_TEST_IDS).find((f) => DETAIL_TEST_IDS[f] === box.getAttribute('data-test-id'));
    const dd = field && !text(first(box, ['dt']), 60) ? first(box, ['dd']) : null;
    if (field && dd) out.push({ label: field, values: [dd] });
  }
  return out;
}

/** "Connectivity, Artificial Intelligence, …, and Open Compute" → items. */
export function splitSpecialties(s: string): string[] {
  return s.split(/\s*,\s*(?:and\s+)?|\s*;\s*/).map((x) => x.trim()).filter((x) => x && x.length <= 200);
}

/** One pair for the background: the label, what each value shows, and the first link's href. */
function recordPair(r: Reader, { label, values }: Pair): void {
  const href = first(values[0]!, ['a[href]'])?.getAttribute('href') ?? undefined;
  const shown = values.map((dd) => text(first(dd, ['a[href]']) ?? dd, 600));
  // A link whose text is a URL is the website in any language (the href may be LinkedIn's
  // /redir/redirect wrapper): put now, so later readers (the domain) see it here as in the background.
  const url = href ? websiteFromText(shown[0] ?? '') : null;
  if (url) return void put(r, 'website', url, `${label}: ${shown[0]}`);
  // filed under specialties: no completeness check reads it, and the label decides what it sets
  putField(r, 'specialties', { l: label, v: shown, u: href });
}

export function readCompanyDetails(r: Reader): void {
  for (const pair of detailPairs(r.doc, r.source === 'linkedin-company-about')) recordPair(r, pair);
}
