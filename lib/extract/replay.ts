import type { PageObservation } from '../facts/model';
import type { LogEntry } from './core/deferred';
import { newReader, putParsed, putValue, type Reader } from './core/facts';
import { PARSERS } from './parsers';

/**
 * Replay a content script's log of puts with the parsers (see core/deferred.ts): the same puts in
 * the same order as a parsing reader would have made, so the facts are the same. The log comes
 * from a page: every value is checked again by `put`, and only known parse kinds run.
 */
export function replayObservation(obs: PageObservation, log: readonly LogEntry[]): PageObservation {
  // the page's language, as the content script read it, tells the parsers how numbers and labels are written
  const r: Reader = { ...newReader(null as unknown as Document, obs.url, obs.pageType, PARSERS), lang: obs.language };
  for (const e of log) {
    if (e.kind) {
      if (Object.hasOwn(PARSERS, e.kind) && typeof e.value === 'string') putParsed(r, e.name, e.kind, e.value, e.evidence, e.via);
    } else putValue(r, e.name, e.value, e.evidence, e.via);
  }
  return { ...obs, facts: r.facts, missing: obs.missing.filter((m) => !(m in r.facts)) };
}
