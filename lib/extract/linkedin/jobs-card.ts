import type { JobPosting } from '../../facts/list-model';
import { cleanText } from '../../facts/text';
import { all, first, firstText, text } from '../core/dom';
import { put, putParsed, type Reader } from '../core/facts';
import { linkedinCompanyUrl } from '../core/urls';
import { putField } from './labels-record';
import { isConfidentialCompany, jobUrl, type RowDraft } from './list-row';
import * as S from './list-selectors';

// A job posting's detail (on /jobs/view/ or in the detail pane of a job search): the "About the
// company" card gives the hiring company's facts, the top card the posting itself (a hiring fact:
// openRoles, and the posting as shown). One company row.
//
// Labels, each from a real page (../shared/real-pages/linkedin-jobs):
//   en (2026, tommywu-01): "About the company", "557,099 followers", "10,001+ employees", "60,894 on LinkedIn"
//   es (2025, diegoale23): "Acerca de la empresa", "931.029 seguidores", "10.001+ empleados", "13.892 en LinkedIn"

const FOLLOWERS = /\b(followers|seguidores)\b/i;
const ON_LINKEDIN = /\b(on|en) LinkedIn\b/i;
const EMPLOYEES = /\b(employees|empleados)\b/i;
const BAND = /\d\s*[KMB]?\s*(?:-|–|to)\s*\d|\d\s*[KMB]?\+/i;
/** Card headings by language; languages that group thousands with dots ("13.892"). */
const HEADINGS: Record<string, string> = { 'about the company': 'en', 'acerca de la empresa': 'es' };
const DOT_GROUPING = /^(es|it|pt|de|nl)\b/i;
/** When posted: en "6 days ago", "Reposted 2 weeks ago" (real page); es "hace 2 horas" (real page). */
const POSTED = /\bago\b|^reposted\b|^hace\b/i;

/**
 * "931.029 seguidores" → "931029 seguidores" where the page's language groups thousands with dots
 * (the shared number parser reads dots as decimals and, rightly, refuses "931.029" as ambiguous).
 * Only whole groups of three digits are joined: "1.5K" is left alone.
 */
export function ungroupDots(t: string): string {
  return t.replace(/(?<![\d.,])(\d{1,3})((?:\.\d{3})+)(?![\d.,])/g, (_m, head: string, rest: string) => head + rest.replace(/\./g, ''));
}

function cardLanguage(card: Element): string {
  const heading = text(first(card, [S.ABOUT_COMPANY_HEADING]), 80).toLowerCase();
  return HEADINGS[heading] ?? card.ownerDocument.documentElement.getAttribute('lang') ?? '';
}

/** "IT Services and IT Consulting <span>10,001+ employees</span> …": the industry is the line's own text. */
function ownText(el: Element): string {
  let out = '';
  for (const n of Array.from(el.childNodes).slice(0, 20)) if (n.nodeType === 3) out += n.textContent ?? '';
  return cleanText(out, 300);
}

function readCard(r: Reader, card: Element): string[] {
  const lang = cardLanguage(card);
  const num = (t: string) => (DOT_GROUPING.test(lang) ? ungroupDots(t) : t);
  const subtitle = text(first(card, [S.ABOUT_COMPANY_SUBTITLE]), 200);
  if (FOLLOWERS.test(subtitle)) putParsed(r, 'followers', 'count', num(subtitle), subtitle);
  const items = all(card, S.ABOUT_COMPANY_INFO, 6);
  const industry = items[0]?.parentElement ? ownText(items[0].parentElement) : '';
  if (lang && !/^(en|es)$/.test(lang)) return readOtherLanguage(r, lang, subtitle, industry, items);
  if (industry) put(r, 'industry', industry, industry);
  for (const item of items) {
    const t = text(item, 200);
    if (ON_LINKEDIN.test(t)) putParsed(r, 'employees', 'count', num(t), t);
    else if (EMPLOYEES.test(t) && BAND.test(num(t))) putParsed(r, 'employeeRange', 'band', num(t), t);
  }
  return [subtitle, industry, ...items.map((i) => text(i, 200))];
}

/**
 * A card in another UI language ("952 Follower:innen", "51-200 Mitarbeiter:innen", "30 auf LinkedIn",
 * "31.785 follower", "164.655 su LinkedIn"): its words and numbers are read in the background with the
 * label dictionaries (labels-read.ts), the language travelling with each record (rows are replayed alone).
 */
function readOtherLanguage(r: Reader, lang: string, subtitle: string, industry: string, items: Element[]): string[] {
  const lines = items.map((i) => text(i, 200));
  const g = lang.toLowerCase().split(/[-_]/)[0];
  for (const t of [subtitle, ...lines]) if (/\d/.test(t)) putField(r, 'followers', { h: 'count', v: [t], g });
  if (industry) putField(r, 'industry', { h: 'industry', v: [industry], g });
  return [subtitle, industry, ...lines];
}

/** "New York, NY · 6 days ago · Over 100 people clicked apply" → location and when posted. */
function readPosting(doc: Document, pageUrl: string): JobPosting {
  const job: JobPosting = {};
  const title = firstText(doc, S.JOB_TITLE, 300)?.text;
  if (title) job.title = title;
  const parts = (firstText(doc, S.JOB_DESCRIPTION_LINE, 600)?.text ?? '').split('·').map((p) => p.trim()).filter(Boolean);
  if (parts[0] && !POSTED.test(parts[0])) job.location = parts[0];
  const posted = parts.find((p) => POSTED.test(p));
  if (posted) job.posted = posted;
  const url = jobUrl(pageUrl);
  if (url) job.url = url;
  return job;
}

/** The posting's detail as one company row: the card's company facts plus the posting. */
export function readJobDetail(_el: Element, r: Reader): RowDraft | null {
  const card = first(r.doc, S.ABOUT_COMPANY);
  const nameLink = (card && first(card, S.ABOUT_COMPANY_NAME)) ?? first(r.doc, S.JOB_COMPANY);
  const name = text(nameLink, 200);
  if (!name) return null;
  const linkedinUrl = linkedinCompanyUrl(nameLink?.getAttribute('href') ?? '', 'https://www.linkedin.com/');
  put(r, 'name', name, name);
  put(r, 'linkedinUrl', linkedinUrl, name);
  const cardLines = card ? readCard(r, card) : [];
  const job = readPosting(r.doc, r.url);
  if (job.title) put(r, 'openRoles', [job.title], [job.title, job.location, job.posted].filter(Boolean).join(' · '));
  return {
    kind: 'company',
    key: job.url ?? linkedinUrl ?? undefined,
    job,
    lines: [job.title ?? '', name, ...cardLines],
    ...(isConfidentialCompany(name) && { placeholder: 'confidential-company' as const }),
  };
}
