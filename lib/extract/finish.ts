import type { FactName, PageObservation } from '../facts/model';
import type { Reader } from './core/facts';
import { unreadLanguage } from './core/lang';

/** Person fields a profile or lead page usually shows (reported in `missing` as person.<field>). */
const PERSON_FIELDS = ['name', 'title', 'headline', 'location', 'company'] as const;

/**
 * The observation of one finished pass: facts, person (when read), and which of the facts the page
 * type usually shows (`expected`, see expected.ts) it lacked. Takes the list rather than importing
 * the table so each bundle carries only its own page types.
 */
export function finish(r: Reader, expected: readonly FactName[], personPage = false): PageObservation {
  const obs: PageObservation = { pageType: r.source, url: r.url, facts: r.facts, missing: [] };
  if (r.person && Object.keys(r.person).length) obs.person = r.person;
  obs.missing = expected.filter((k) => obs.facts[k] === undefined);
  if (personPage) for (const f of PERSON_FIELDS) if (!obs.person?.[f]) obs.missing.push(`person.${f}`);
  if (r.lang) obs.language = r.lang;
  // a page in a language we do not read, with nothing language-independent on it: say so (the panel names the language)
  const unread = unreadLanguage(r);
  if (unread) obs.missing.push(unread);
  return obs;
}
