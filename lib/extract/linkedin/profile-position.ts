import { all, first, text } from '../core/dom';
import { jsonLdNodes, obj, str, strings, types, type JsonObject } from '../core/json';
import { linkedinCompanyUrl } from '../core/urls';
import { EXPERIENCE_ANCHOR, EXPERIENCE_ENTRY, GUEST_EXPERIENCE } from './selectors';

// The current position (title + company) from a profile's experience list, in three layouts:
// logged in 2022-25 (`#experience` card, entries with `.t-bold` title and "Company · Full-time"),
// guest 2024 (`li.experience-item`), and the guest page's JSON-LD Person (worksFor + jobTitle).

export interface Position { title?: string; company?: string; companyUrl?: string; evidence: string }

const YEAR = /\b(?:19|20)\d\d\b/g;
/**
 * A current role: its range ends in a word, not a year — "Jan 2020 - Present", "Jan. 2020–Heute",
 * "ene. de 2020 - actualidad" — so one year and a dash say so in any language; "2019 - 2021" ended.
 */
const isCurrent = (dates: string) =>
  !dates || /present|current|heute|aujourd/i.test(dates) || ((dates.match(YEAR)?.length ?? 0) === 1 && /[-–—]/.test(dates));
const companyUrl = (a: Element | null) => (a ? linkedinCompanyUrl(a.getAttribute('href') ?? '', 'https://www.linkedin.com/') ?? undefined : undefined);

/** Roles nested under one company entry: sub-list items with their own bold title and a date range. */
function nestedRoles(entry: Element): { title: string; dates: string }[] {
  const out: { title: string; dates: string }[] = [];
  for (const li of all(entry, ':scope li', 20)) {
    const title = text(first(li, [EXPERIENCE_ENTRY.title]), 200);
    const dates = all(li, EXPERIENCE_ENTRY.caption, 3).map((e) => text(e, 200)).find((c) => /\d{4}/.test(c)) ?? '';
    if (title && dates) out.push({ title, dates });
  }
  return out;
}

function loggedIn(doc: Document): Position | null {
  const anchor = first(doc, [EXPERIENCE_ANCHOR]);
  const section = anchor?.closest('section') ?? anchor?.parentElement;
  const entry = section ? first(section, [EXPERIENCE_ENTRY.item]) : null;
  if (!entry) return null;
  const bold = text(first(entry, [EXPERIENCE_ENTRY.title]), 200);
  const url = companyUrl(first(entry, [EXPERIENCE_ENTRY.companyLink]));
  // Several roles at one company: the outer bold line is the company, the nested ones are roles.
  const roles = nestedRoles(entry);
  if (roles[0] && bold && roles[0].title !== bold) {
    if (!isCurrent(roles[0].dates)) return null;
    return { title: roles[0].title, company: bold, companyUrl: url, evidence: `${roles[0].title} · ${bold}` };
  }
  const dates = all(entry, EXPERIENCE_ENTRY.caption, 4).map((e) => text(e, 200)).find((c) => /\d{4}/.test(c)) ?? '';
  if (!bold || !isCurrent(dates)) return null;
  const sub = text(first(entry, [EXPERIENCE_ENTRY.subtitle]), 200);
  const company = sub.split(' · ')[0]?.trim() || undefined;
  return { title: bold, company, companyUrl: url, evidence: `${bold} · ${sub}` };
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
