import type { PageObservation, PageType } from '../facts/model';
import { newReader, type Reader } from './core/facts';
import { pageTypeFromUrl } from './detect';
import { expectedFacts, isComplete, isRecognised, PERSON_PAGES } from './expected';
import { finish } from './finish';
import { extractCompany } from './linkedin/company';
import { extractProfile } from './linkedin/profile';
import { extractSalesNavCompany, extractSalesNavLead } from './salesnav';

// The LinkedIn content script's entry: LinkedIn company pages and profiles, Sales Navigator. It
// deliberately imports neither ./website (the technology rules have their own bundle) nor
// ./crunchbase (the content script only runs on linkedin.com), and detects by URL only (the
// content script always has the real one; markup detection is for saved files, see index.ts).

export type Extractor = (r: Reader) => void;

const EXTRACTORS: Partial<Record<PageType, Extractor>> = {
  'linkedin-company': extractCompany,
  'linkedin-company-about': extractCompany,
  'linkedin-company-jobs': extractCompany,
  'linkedin-company-people': extractCompany,
  'linkedin-profile': extractProfile,
  'salesnav-company': extractSalesNavCompany,
  'salesnav-lead': extractSalesNavLead,
};

const done = (r: Reader) => finish(r, expectedFacts(r.source), PERSON_PAGES.includes(r.source));

/** One pass of `extractor` (the page type's own by default) over the page. Never throws. */
export function extractAs(pageType: PageType, url: string, doc: Document, extractor = EXTRACTORS[pageType]): PageObservation {
  const safeUrl = typeof url === 'string' ? url : '';
  try {
    const r = newReader(doc, safeUrl, pageType);
    extractor?.(r);
    return done(r);
  } catch {
    return done(newReader(doc, safeUrl, pageType));
  }
}

/** One bounded pass over a LinkedIn or Sales Navigator page. Never throws. */
export function extractLinkedInFamily(url: string, doc: Document): PageObservation {
  let pageType: PageType = 'unknown';
  try {
    const t = pageTypeFromUrl(url);
    if (t && EXTRACTORS[t]) pageType = t;
  } catch {
    // not a URL: unknown
  }
  return extractAs(pageType, url, doc);
}

export { expectedFacts, isComplete, isRecognised };
