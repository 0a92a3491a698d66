import { all, attr, first, firstText, text } from '../core/dom';
import { has, put, putParsed, type Reader } from '../core/facts';
import { linkedinCompanyUrl, normaliseWebsite, websiteFromText } from '../core/urls';
import * as S from './selectors';

// Company facts outside the top card and field list: description, the Home tab's contact info,
// the People tab's member count, the Jobs tab's openings, and the company's own LinkedIn URL.

export function readDescription(r: Reader): void {
  const hit = firstText(r.doc, S.COMPANY_DESCRIPTION) ?? firstText(r.doc, [S.HOME_ABOUT_TEXT]);
  if (hit) put(r, 'description', hit.text, hit.text);
}

/** Home tab "Contact info" (2021-26): the link the company put there, usually its website. */
export function readContactInfo(r: Reader): void {
  const a = first(r.doc, S.CONTACT_INFO);
  if (!a) return;
  const shown = text(a, 300);
  const url = normaliseWebsite(a.getAttribute('href') ?? '') ?? websiteFromText(shown);
  put(r, 'website', url, `Contact info: ${shown}`);
}

/** People tab header "1,234 associated members". */
export function readPeopleCount(r: Reader): void {
  for (const h of all(r.doc, S.PEOPLE_HEADER, 60)) {
    const t = text(h, 200);
    if (/^\s*\d[\d.,]*\s*[KMB]?\s+associated members?\b/i.test(t)) {
      putParsed(r, 'employees', 'count', t, t);
      return;
    }
  }
}

const JOB_COUNT = /(\d[\d,]*)\s+(?:open\s+)?(?:job openings?|jobs?(?! alert)|open positions?|open roles?|job postings?)\b/i;

/** Jobs tab: "Acme has 12 job openings", "See all 23 jobs"; job cards linking to /jobs/view/. */
export function readJobs(r: Reader): void {
  for (const el of all(r.doc, S.JOB_COUNT_TEXT, 400)) {
    const t = text(el, 300);
    const m = t.length <= 200 ? JOB_COUNT.exec(t) : null;
    if (m) {
      put(r, 'jobCount', Number(m[1]!.replace(/,/g, '')), t);
      break;
    }
  }
  const roles: string[] = [];
  for (const a of all(r.doc, S.JOB_LINKS, 200)) {
    const title = firstText(a, S.JOB_TITLE_IN_LINK, 200)?.text ?? text(a, 200);
    if (title) roles.push(title);
  }
  if (roles.length) put(r, 'openRoles', roles, `${roles.length} job cards: ${roles.slice(0, 5).join('; ')}`);
}

const isNumericId = (url: string): boolean => /\/company\/\d+$/.test(url);

/**
 * The company's LinkedIn URL as https://www.linkedin.com/company/<slug>. The page's own address
 * comes first (after in-app navigation a <link rel=canonical> may still name the previous page); a
 * numeric-id URL (/company/10529043/) gives way to the slug the canonical link or the page's own
 * tabs name, so both forms of the address lead to one account.
 */
export function readLinkedInUrl(r: Reader): void {
  const fromPage = linkedinCompanyUrl(r.url);
  if (fromPage && !isNumericId(fromPage)) {
    put(r, 'linkedinUrl', fromPage, r.url);
    return;
  }
  // <head> only: a page without the link would otherwise be walked to its end looking for it
  const canonical = linkedinCompanyUrl(attr(first(r.doc.head ?? r.doc, ['link[rel="canonical"]']), 'href'));
  const nav = first(r.doc, [S.NAV_LINKS]);
  const fromNav = nav ? linkedinCompanyUrl(nav.getAttribute('href') ?? '', 'https://www.linkedin.com/') : null;
  for (const url of [canonical, fromNav]) {
    if (url && !isNumericId(url)) {
      put(r, 'linkedinUrl', url, url);
      return;
    }
  }
}

/** Last resort, after embedded data had its chance to name the slug: the numeric-id URL. */
export function readNumericLinkedInUrl(r: Reader): void {
  put(r, 'linkedinUrl', linkedinCompanyUrl(r.url), r.url);
}

/** The registrable domain of the website, once the website is known (by the Public Suffix List, in the background). */
export function deriveDomain(r: Reader): void {
  const site = r.facts.website;
  if (site && !has(r, 'domain')) putParsed(r, 'domain', 'domain', site.value, site.evidence.text);
}
