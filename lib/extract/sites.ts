import type { FactName, PageObservation, PageType } from '../facts/model';
import type { LogEntry, Parsers } from './core/deferred';
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

/** What one pass over a page yields: the observation, and in the content script the log to replay. */
export interface PageRead {
  observation: PageObservation;
  /** present when the reader had no parsers: the background replays it (core/deferred.ts) */
  log?: LogEntry[];
  recognised: boolean;
  /** re-reading would not add what matters (facts waiting in the log count as found) */
  complete: boolean;
}

/** One pass of `extractor` (the page type's own by default) over the page. Never throws. */
export function readAs(pageType: PageType, url: string, doc: Document, parsers?: Parsers, extractor = EXTRACTORS[pageType]): PageRead {
  const safeUrl = typeof url === 'string' ? url : '';
  let r = newReader(doc, safeUrl, pageType, parsers);
  try {
    extractor?.(r);
  } catch {
    r = newReader(doc, safeUrl, pageType, parsers);
  }
  const observation = done(r);
  const found = { ...observation, facts: { ...observation.facts } };
  for (const name of r.pending ?? []) (found.facts as Record<FactName, unknown>)[name] ??= { pending: true };
  return { observation, log: r.log, recognised: isRecognised(observation), complete: isComplete(found) };
}

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
export function readLinkedInFamily(url: string, doc: Document): PageRead {
  return readAs(linkedInPageType(url), url, doc);
}

export { expectedFacts, isComplete, isRecognised };
