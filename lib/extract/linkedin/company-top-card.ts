import { all, attr, first, firstText, text } from '../core/dom';
import { put, putParsed, type Reader } from '../core/facts';
import { putPlace } from '../core/place';
import * as S from './selectors';

// The company top card in its four layouts: guest 2024 (headline + sublines), logged in 2018
// (named info classes), 2021 and 2025-26 (info items in order industry, HQ, followers; the size
// band as a link). Counts may be full ("2,362 followers") or abbreviated ("8K", "10K+ employees").

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

function readGuestTopCard(r: Reader): void {
  const card = first(r.doc, [S.GUEST_TOP_CARD]);
  if (!card) return;
  const industry = text(first(card, [S.GUEST_HEADLINE]), 300);
  if (industry) put(r, 'industry', industry, industry);
  const sub = text(first(card, [S.GUEST_SUBLINE]), 300);
  if (!sub) return;
  for (const part of sub.split('·').map((p) => p.trim())) {
    if (FOLLOWERS.test(part)) putFollowers(r, part);
    else if (part && !/employee/i.test(part)) putPlace(r, part, sub);
  }
}

function readInfoItems(r: Reader): void {
  const plain: string[] = [];
  for (const el of all(r.doc, S.INFO_ITEMS, 12)) {
    const t = text(el, 300);
    if (!t) continue;
    if (FOLLOWERS.test(t)) putFollowers(r, t);
    else if (/employees?\b/i.test(t)) putHeadcount(r, t);
    else if (!el.closest('a')) plain.push(t);
  }
  // The order is the layout's: industry first, then headquarters.
  if (plain[0]) put(r, 'industry', plain[0], plain[0]);
  if (plain[1]) putPlace(r, plain[1], plain[1]);
}

function read2018(r: Reader): void {
  // One query for the info list, then its items by their named classes.
  const list = first(r.doc, [S.INFO_2018.list]);
  if (!list) return;
  const industry = text(first(list, [S.INFO_2018.industry]), 300);
  if (industry) put(r, 'industry', industry, industry);
  const hq = text(first(list, [S.INFO_2018.hq]), 300);
  if (hq) putPlace(r, hq, hq);
  putFollowers(r, text(first(list, [S.INFO_2018.followers]), 200));
}

function readEmployeeLinks(r: Reader): void {
  for (const sel of S.EMPLOYEE_LINKS) for (const a of all(r.doc, sel, 6)) putHeadcount(r, text(a, 200));
}

export function readTopCard(r: Reader): void {
  readGuestTopCard(r);
  readInfoItems(r);
  read2018(r);
  readEmployeeLinks(r);
}
