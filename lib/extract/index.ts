import type { PageObservation } from '../facts/model';
import { detectPage } from './detect';
import { extractLinkedInFamily } from './sites';
import { extractWebsite } from './website';

// The extraction API. The same code runs in the content script (on `document`), in the website
// reader bundle, and in Node on a parsed HTML file (CLI, tests).
//
//   extractPage(url, doc)      one bounded pass → PageObservation; never throws
//   detectPage(url, doc)       the page type (pure)
//   isRecognised(obs)          was the page's markup read at all (company or person name found)
//   isComplete(obs)            does re-reading a late-rendering page still make sense
//   expectedFacts(pageType)    facts a page of that type usually shows (what `missing` is made of)

/** Read the page, whatever it is: LinkedIn family by URL/markup, any other http(s) page as a company website. */
export function extractPage(url: string, doc: Document, globalsFound: string[] = []): PageObservation {
  try {
    if (detectPage(url, doc) === 'company-website') return extractWebsite(url, doc, globalsFound);
  } catch {
    // fall through: the LinkedIn reader never throws and reports 'unknown'
  }
  return extractLinkedInFamily(url, doc);
}

export { detectPage };
export { expectedFacts, isComplete, isRecognised } from './expected';
export { extractLinkedInFamily } from './sites';
export { extractWebsite } from './website';
export { detectTechnologies } from './website/technologies';
export { probePageGlobals } from './website/globals-probe';
