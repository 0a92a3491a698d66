import type { PageObservation, PageType } from '../facts/model';
import { newReader, type Reader } from './core/facts';
import { extractCrunchbase } from './crunchbase';
import { detectPage } from './detect';
import { isComplete, isRecognised } from './expected';
import { finish } from './finish';
import { extractCompany } from './linkedin/company';
import { extractProfile } from './linkedin/profile';
import { extractSalesNavCompany, extractSalesNavLead } from './salesnav';

// The LinkedIn content script's entry: LinkedIn company pages and profiles, Sales Navigator and
// Crunchbase. It deliberately does not import ./website (the technology rules have their own bundle).

const EXTRACTORS: Partial<Record<PageType, (r: Reader) => void>> = {
  'linkedin-company': extractCompany,
  'linkedin-company-about': extractCompany,
  'linkedin-company-jobs': extractCompany,
  'linkedin-company-people': extractCompany,
  'linkedin-profile': extractProfile,
  'salesnav-company': extractSalesNavCompany,
  'salesnav-lead': extractSalesNavLead,
  'crunchbase-org': extractCrunchbase,
};

const empty = (url: string, doc: Document, type: PageType) => finish(newReader(doc, url, type));

/** One bounded pass over a LinkedIn, Sales Navigator or Crunchbase page. Never throws. */
export function extractLinkedInFamily(url: string, doc: Document): PageObservation {
  const safeUrl = typeof url === 'string' ? url : '';
  let pageType: PageType = detectPage(safeUrl, doc);
  if (pageType === 'company-website') pageType = 'unknown';
  const r = newReader(doc, safeUrl, pageType);
  try {
    EXTRACTORS[pageType]?.(r);
    return finish(r);
  } catch {
    return empty(safeUrl, doc, pageType);
  }
}

export { detectPage, isComplete, isRecognised };
export { expectedFacts } from './expected';
