import type { PageObservation } from '../facts/model';
import type { Reader } from './core/facts';
import { missingOf } from './expected';

/** The observation of one finished pass: facts, person (when read) and what the page type usually shows but lacked. */
export function finish(r: Reader): PageObservation {
  const obs: PageObservation = { pageType: r.source, url: r.url, facts: r.facts, missing: [] };
  if (r.person && Object.keys(r.person).length) obs.person = r.person;
  obs.missing = missingOf(obs);
  return obs;
}
