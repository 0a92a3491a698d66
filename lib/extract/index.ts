import type { PageObservation } from '../facts/model';
import { extractCrunchbase } from './crunchbase';
import { detectPage } from './detect';
import { PARSERS } from './parsers';
import { readAs } from './read';
import { linkedInExtractor, readLinkedInFamily } from './sites';
import { readWebsite } from './website';

// The extraction API. The same code runs in the content script (on `document`, via ./sites), in
// the website reader bundle (./website), and in Node on a parsed HTML file (CLI, tests).
//
//   extractPage(url, doc)      one bounded pass → PageObservation; never throws
//   detectPage(url, doc)       the page type, by URL, else by markup (pure)
//   isRecognised(obs)          was the page's markup read at all (company or person name found)
//   isComplete(obs)            does re-reading a late-rendering page still make sense
//   expectedFacts(pageType)    facts a page of that type usually shows (what `missing` is made of)

/** Read the page, whatever it is: LinkedIn family, Crunchbase, or any other http(s) page as a company website. */
export function extractPage(url: string, doc: Document, globalsFound: string[] = []): PageObservation {
  const safeUrl = typeof url === 'string' ? url : '';
  const pageType = detectPage(safeUrl, doc);
  if (pageType === 'company-website') return extractWebsite(safeUrl, doc, globalsFound);
  if (pageType === 'crunchbase-org') return readAs(pageType, safeUrl, doc, PARSERS, extractCrunchbase).observation;
  return readAs(pageType, safeUrl, doc, PARSERS, linkedInExtractor(pageType)).observation;
}

/** One bounded pass over a company website, parsed at once. */
export function extractWebsite(url: string, doc: Document, globalsFound: string[] = []): PageObservation {
  return readWebsite(url, doc, globalsFound, PARSERS).observation;
}

/** One pass over a LinkedIn or Sales Navigator page (by URL), parsed at once. */
export function extractLinkedInFamily(url: string, doc: Document): PageObservation {
  return readLinkedInFamily(url, doc, PARSERS).observation;
}

export { detectPage };
export { expectedFacts, isComplete, isRecognised } from './expected';
export { replayObservation } from './replay';
export { detectTechnologies } from './website/technologies';
export { probePageGlobals } from './website/globals-probe';
