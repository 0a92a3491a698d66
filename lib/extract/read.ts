import type { FactName, PageObservation, PageType } from '../facts/model';
import type { LogEntry, Parsers } from './core/deferred';
import { newReader, type Reader } from './core/facts';
import { expectedFacts, isComplete, isRecognised, PERSON_PAGES } from './expected';
import { finish } from './finish';

export type Extractor = (r: Reader) => void;

/** What one pass over a page yields: the observation, and in a content script the log to replay. */
export interface PageRead {
  observation: PageObservation;
  /** present when the reader had no parsers: the background replays it (core/deferred.ts) */
  log?: LogEntry[];
  recognised: boolean;
  /** re-reading would not add what matters (facts waiting in the log count as found) */
  complete: boolean;
}

/**
 * One pass of `extractor` over the page as `pageType`. Never throws. Each site's entry passes its
 * own extractors, so a content script's bundle carries only its own site.
 */
export function readAs(pageType: PageType, url: string, doc: Document, parsers?: Parsers, extractor?: Extractor): PageRead {
  const safeUrl = typeof url === 'string' ? url : '';
  let r = newReader(doc, safeUrl, pageType, parsers);
  try {
    extractor?.(r);
  } catch {
    r = newReader(doc, safeUrl, pageType, parsers);
  }
  const observation = finish(r, expectedFacts(pageType), PERSON_PAGES.includes(pageType));
  const found = { ...observation, facts: { ...observation.facts } };
  for (const name of r.pending ?? []) (found.facts as Record<FactName, unknown>)[name] ??= { pending: true };
  return { observation, log: r.log, recognised: isRecognised(observation), complete: isComplete(found) };
}
