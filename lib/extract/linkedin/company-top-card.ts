import { all, attr, first, firstText, text } from '../core/dom';
import { put, putParsed, type Reader } from '../core/facts';
import { isEnglish } from '../core/lang';
import { putPlace } from '../core/place';
import { putField } from './labels-record';
import * as S from './selectors';

// The company top card in its five layouts: guest 2024 (headline + sublines), logged in early 2018
// (org-top-card-module: dot-separated industry, location, followers), late 2018 (named info
// classes), 2021 and 2025-26 (info items in order industry, HQ, followers; the size band as a
// link). Counts may be full ("2,362 followers") or abbreviated ("8K", "10K+ employees"). The layout
// says which item is the industry and which the place whatever the language; on a page in another
// language the words (industry names, "Follower:innen") go to the background to be read
// (labels-record.ts).

const FOLLOWERS = /(\d[\d.,]*\s*[KMB]?)\+?\s+followers/i;
const BAND = /\d[\d.,]*\s*[KMB]?\s*(?:-|–|to)\s*\d|\d\s*[KMB]?\+/i;

export function readName(r: Reader): void {
  const h1 = first(r.doc, S.COMPANY_NAME);
  if (!h1) return;
  // 2025-26 truncates long names visually; the title attribute holds the full one.
  const name = attr(h1, 'title', 2000) || text(h1);
  put(r, 'name', name, name);
}

export function readTagline(r: Reader): void {
  const hit = firstText(r.doc, S.COMPANY_TAGLINE);
  if (hit) put(r, 'tagline', hit.text, hit.text);
}

export function putFollowers(r: Reader, t: string, via = ''): void {
  const m = FOLLOWERS.exec(t);
  if (m) putParsed(r, 'followers', 'count', m[1]!, t, via);
}

/** Headcount text: a band ("1K-5K employees", "10,001+") or an exact count ("38 employees", "View all 69 employees"). */
export function putHeadcount(r: Reader, t: string, via = ''): void {
  if (!/employee|associated member/i.test(t)) return;
  if (BAND.test(t)) putParsed(r, 'employeeRange', 'band', t, t, via);
  else putParsed(r, 'employees', 'count', t, t, via);
}

/** Headquarters text: language-neutral to parse, but read in the background too so its evidence names the language. */
function putHq(r: Reader, t: string, evidence = t): void {
  if (!t) return;
  if (isEnglish(r)) putPlace(r, t, evidence);
  else putField(r, 'hqCountry', { h: 'place', v: [t] });
}

/** The industry as the top card shows it: as is in English, else for the background to map to English. */
function putIndustry(r: Reader, t: string): void {
  if (!t) return;
  if (isEnglish(r)) put(r, 'industry', t, t);
  else putField(r, 'industry', { h: 'industry', v: [t] });
}

const LEADING_NUMBER = /^\+?\s?\d/;

/**
 * A count in the top card: English words here; a number in other words ("952 Follower:innen") by
 * the background, which knows the words, or else takes `d`, what the layout's slot holds.
 */
function putCount(r: Reader, t: string, d: 'followers' | 'headcount'): void {
  if (FOLLOWERS.test(t)) putFollowers(r, t);
  else if (/employees?\b|associated member/i.test(t)) putHeadcount(r, t);
  else if (r.lang !== 'en' && LEADING_NUMBER.test(t)) putField(r, d === 'headcount' ? 'employeeRange' : 'followers', { h: 'count', v: [t], d });
}

function readGuestTopCard(r: Reader): void {
  const card = first(r.doc, [S.GUEST_TOP_CARD]);
  if (!card) return;
  putIndustry(r, text(first(card, [S.GUEST_HEADLINE]), 300));
  const sub = text(first(card, [S.GUEST_SUBLINE]), 300);
  if (!sub) return;
  for (const part of sub.split('·').map((p) => p.trim())) {
    if (FOLLOWERS.test(part)) putFollowers(r, part);
    else if (r.lang !== 'en' && LEADING_NUMBER.test(part)) putCount(r, part, 'followers');
    else if (part && !/employee/i.test(part)) putHq(r, part, sub);
  }
}

function readInfoItems(r: Reader): void {
  const plain: string[] = [];
  for (const el of all(r.doc, S.INFO_ITEMS, 12)) {
    const t = text(el, 300);
    if (!t) continue;
    if (FOLLOWERS.test(t)) putFollowers(r, t);
    // the size band is the item's link (2025-26), whatever its words
    else if (el.closest('a')) putCount(r, t, 'headcount');
    else if (r.lang !== 'en' && LEADING_NUMBER.test(t)) putCount(r, t, 'followers');
    else if (/employees?\b/i.test(t)) putHeadcount(r, t);
    else plain.push(t);
  }
  // The order is the layout's: industry first, then headquarters.
  putIndustry(r, plain[0] ?? '');
  if (plain[1]) putHq(r, plain[1]);
}

/**
 * The 2018 cards, their items by named classes: late 2018 `ul.org-top-card-primary-content__info-list`,
 * early 2018 `p.org-top-card-module__company-descriptions` (dot-separated industry · location · followers).
 */
function read2018(r: Reader, list: Element, sel: typeof S.INFO_2018): void {
  putIndustry(r, text(first(list, [sel.industry]), 300));
  putHq(r, text(first(list, [sel.hq]), 300));
  const followers = text(first(list, [sel.followers]), 200);
  if (followers) putCount(r, followers, 'followers');
}

function readEmployeeLinks(r: Reader): void {
  let seen = 0;
  for (const sel of [...S.EMPLOYEE_LINKS, S.EMPLOYEE_LINK_ANY]) {
    // the generic link only when no layout's own link was there
    if (sel === S.EMPLOYEE_LINK_ANY && seen) break;
    for (const a of all(r.doc, sel, 6)) {
      const t = text(a, 200);
      seen++;
      if (isEnglish(r)) putHeadcount(r, t);
      // only words the background knows make a link a headcount ("See all 37 people from your school" is not one)
      else if (/\d/.test(t)) putField(r, 'employees', { h: 'count', v: [t] });
    }
  }
}

export function readTopCard(r: Reader): void {
  readGuestTopCard(r);
  readInfoItems(r);
  // Either 2018 card, then its items by their named classes. Two queries, not one "a, b" list:
  // a selector list is matched against every element of a huge page (selectors.ts, EMPLOYEE_LINKS).
  const card2018 = first(r.doc, [S.INFO_2018.list, S.TOP_CARD_MODULE.list]);
  if (card2018) read2018(r, card2018, card2018.matches(S.INFO_2018.list) ? S.INFO_2018 : S.TOP_CARD_MODULE);
  readEmployeeLinks(r);
}
