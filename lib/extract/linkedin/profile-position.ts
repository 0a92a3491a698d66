import { all, first, text } from '../core/dom';
import { jsonLdNodes, obj, str, strings, types, type JsonObject } from '../core/json';
import { linkedinCompanyUrl } from '../core/urls';
import { EXPERIENCE_ANCHOR, EXPERIENCE_ENTRY, GUEST_EXPERIENCE } from './selectors';

// The current position (title + company) from a profile's experience list, in three layouts:
// logged in 2022-25 (`#experience` card, entries with `.t-bold` title and "Company · Full-time"),
// guest 2024 (`li.experience-item`), and the guest page's JSON-LD Person (worksFor + jobTitle).

export interface Position { title?: string; company?: string; companyUrl?: string; evidence: string }

const isCurrent = (dates: string) => !dates || /present|current|heute|aujourd/i.test(dates);
const companyUrl = (a: Element | null) => (a ? linkedinCompanyUrl(a.getAttribute('href') ?? '', 'https://www.linkedin.com/') ?? undefined : undefined);

function loggedIn(doc: Document): Position | null {
  const anchor = first(doc, [EXPERIENCE_ANCHOR]);
  const section = anchor?.closest('section') ?? anchor?.parentElement;
  const entry = section ? first(section, [EXPERIENCE_ENTRY.item]) : null;
  if (!entry) return null;
  const bolds = all(entry, EXPERIENCE_ENTRY.title, 4).map((e) => text(e, 200));
  const captions = all(entry, EXPERIENCE_ENTRY.caption, 4).map((e) => text(e, 200));
  const sub = text(first(entry, [EXPERIENCE_ENTRY.subtitle]), 200);
  const nested = all(entry, `:scope li ${EXPERIENCE_ENTRY.title}`, 2).map((e) => text(e, 200));
  const url = companyUrl(first(entry, [EXPERIENCE_ENTRY.companyLink]));
  // Several roles at one company: the outer bold line is the company, the nested ones are roles.
  if (nested.length && bolds[0] && bolds[0] !== nested[0]) {
    return { title: nested[0], company: bolds[0], companyUrl: url, evidence: `${nested[0]} · ${bolds[0]}` };
  }
  if (!bolds[0] || !isCurrent(captions.find((c) => /\d{4}/.test(c)) ?? '')) return null;
  const company = sub.split(' · ')[0]?.trim() || undefined;
  return { title: bolds[0], company, companyUrl: url, evidence: `${bolds[0]} · ${sub}` };
}

function guest(doc: Document): Position | null {
  for (const item of all(doc, GUEST_EXPERIENCE.item, 10)) {
    if (!isCurrent(text(first(item, [GUEST_EXPERIENCE.dates]), 200))) continue;
    const title = text(first(item, [GUEST_EXPERIENCE.title]), 200);
    const company = text(first(item, [GUEST_EXPERIENCE.company]), 200);
    if (!title) continue;
    return { title, company: company || undefined, companyUrl: companyUrl(first(item, [GUEST_EXPERIENCE.companyLink])), evidence: `${title} · ${company}` };
  }
  return null;
}

function personNode(doc: Document): JsonObject | null {
  return jsonLdNodes(doc).find((n) => types(n).includes('person')) ?? null;
}

function jsonLd(doc: Document): Position | null {
  const person = personNode(doc);
  if (!person) return null;
  const works = Array.isArray(person['worksFor']) ? person['worksFor'] : [person['worksFor']];
  const current = works.map((w) => obj(w)).find((w) => w && !str(obj(w['member'])?.['endDate']));
  const title = strings(person['jobTitle'])[0];
  const company = current ? str(current['name']) : '';
  if (!title && !company) return null;
  const url = current ? linkedinCompanyUrl(str(current['url'])) ?? undefined : undefined;
  return { title, company: company || undefined, companyUrl: url, evidence: `JSON-LD: ${title ?? ''} · ${company}` };
}

export function currentPosition(doc: Document): Position | null {
  for (const read of [loggedIn, guest, jsonLd]) {
    try {
      const p = read(doc);
      if (p) return p;
    } catch {
      // try the next layout
    }
  }
  return null;
}

export { personNode };
