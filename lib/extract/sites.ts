import type { PageType } from '../facts/model';
import type { Parsers } from './core/deferred';
import { readAs, type Extractor, type PageRead } from './read';
import { pageTypeFromUrl } from './detect';
import { expectedFacts, isComplete, isRecognised } from './expected';
import { extractCompany } from './linkedin/company';
import { extractProfile } from './linkedin/profile';
import { extractSalesNavCompany, extractSalesNavLead } from './salesnav';

// The LinkedIn content script's entry: LinkedIn company pages and profiles, Sales Navigator. It
// deliberately imports neither ./website (the technology rules have their own bundle) nor
// ./crunchbase (the content script only runs on linkedin.com), and detects by URL only (the
// content script always has the real one; markup detection is for saved files, see index.ts).

const EXTRACTORS: Partial<Record<PageType, Extractor>> = {
  'linkedin-company': extractCompany,
  'linkedin-company-about': extractCompany,
  'linkedin-company-jobs': extractCompany,
  'linkedin-company-people': extractCompany,
  'linkedin-profile': extractProfile,
  'salesnav-company': extractSalesNavCompany,
  'salesnav-lead': extractSalesNavLead,
};

/** The extractor for a LinkedIn or Sales Navigator page type (none for others). */
export const linkedInExtractor = (pageType: PageType): Extractor | undefined => EXTRACTORS[pageType];

/** The page type of a LinkedIn or Sales Navigator URL we read ('unknown' otherwise). */
export function linkedInPageType(url: string): PageType {
  try {
    const t = pageTypeFromUrl(url);
    return t && EXTRACTORS[t] ? t : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * The content script's pass over a LinkedIn or Sales Navigator page: without parsers, so the
 * normaliser tables stay out of its bundle; the background replays the log.
 */
export function readLinkedInFamily(url: string, doc: Document, parsers?: Parsers): PageRead {
  const type = linkedInPageType(url);
  return readAs(type, url, doc, parsers, EXTRACTORS[type]);
}

export { expectedFacts, isComplete, isRecognised, type PageRead };
