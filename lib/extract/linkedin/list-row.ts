import type { FactName, PageType } from '../../facts/model';
import type { JobPosting, ListPerson, ListPlaceholder, ListRow, ListRowKind } from '../../facts/list-model';
import { MAX_EVIDENCE_TEXT, MAX_URL } from '../../facts/limits';
import { cleanText } from '../../facts/text';
import type { LogEntry, Parsers } from '../core/deferred';
import { newReader, type Reader } from '../core/facts';
import { parseUrl } from '../core/urls';

// One list row = one small Reader (core/facts.ts) over the row element: its facts are put exactly as
// a page's are, so the content script logs them for the background to parse (core/deferred.ts) and
// Node parses them at once. A row reader returns what the row shows besides facts (a draft).

export interface RowDraft {
  kind: ListRowKind;
  /** the row's subject: profile / company / Sales Navigator / job URL; else the row's text is the key */
  key?: string;
  person?: ListPerson;
  job?: JobPosting;
  placeholder?: ListPlaceholder;
  /** the row's visible lines, joined into the row's text */
  lines: string[];
}

/** Reads one row element; null when the element is not a result (another kind of list item). */
export type RowReader = (el: Element, r: Reader) => RowDraft | null;

/** A row as read, and in a content script the log of its puts to replay (see lists.ts). */
export interface RowRead {
  row: ListRow;
  log?: LogEntry[];
}

/** Facts that name an account: a placeholder row carries none of them. */
export const IDENTITY: readonly FactName[] = ['name', 'linkedinUrl', 'salesNavUrl', 'domain', 'website'];

/** Run one row reader; a failure (hostile markup, a rejected selector) loses only that row. */
export function readRow(source: PageType, url: string, el: Element, read: RowReader, parsers?: Parsers): RowRead | null {
  const r = newReader(el.ownerDocument, url, source, parsers);
  let draft: RowDraft | null;
  try {
    draft = read(el, r);
  } catch {
    return null;
  }
  if (!draft) return null;
  const text = cleanText(draft.lines.filter(Boolean).join(' · '), MAX_EVIDENCE_TEXT);
  const facts = { ...r.facts };
  const log = r.log && draft.placeholder ? r.log.filter((e) => !IDENTITY.includes(e.name)) : r.log;
  if (draft.placeholder) for (const name of IDENTITY) delete facts[name];
  const row: ListRow = { kind: draft.kind, key: cleanText(draft.key, MAX_URL) || `text:${text}`, facts, text };
  if (draft.person && Object.keys(draft.person).length) row.person = draft.person;
  if (draft.job && Object.keys(draft.job).length) row.job = draft.job;
  if (draft.placeholder) row.placeholder = draft.placeholder;
  return log ? { row, log } : { row };
}

// Placeholders: an out-of-network member (LinkedIn's localized strings, research/linkedin-labels.md
// §5) and a company hidden by its poster. Matched whole, so "LinkedIn Member Services" is a name.
const MEMBER = /^(linkedin member|linkedin mitglied|membre de linkedin|miembro de linkedin|usuário do linkedin|membro di linkedin)$/i;
const CONFIDENTIAL = /^confidential( company)?$/i;

export const isMemberPlaceholder = (name: string): boolean => MEMBER.test(name.trim());
export const isConfidentialCompany = (name: string): boolean => CONFIDENTIAL.test(name.trim());

const LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;
const BASE = 'https://www.linkedin.com/';

/** "/in/jane-doe-123?miniProfileUrn=…" (any LinkedIn host) → "https://www.linkedin.com/in/jane-doe-123"; null otherwise. */
export function linkedinProfileUrl(href: string): string | null {
  const u = parseUrl(href, BASE);
  if (!u || !LINKEDIN_HOST.test(u.hostname)) return null;
  const m = /^\/in\/([^/?#]{1,100})\/?$/i.exec(u.pathname);
  if (!m || !/^[\p{L}\p{N}._~%-]+$/u.test(m[1]!)) return null;
  return `https://www.linkedin.com/in/${m[1]!.toLowerCase()}`;
}

/** A Sales Navigator lead link "/sales/lead/ACwAAA1,NAME_SEARCH,x9Yz" → "https://www.linkedin.com/sales/lead/ACwAAA1". */
export function salesNavLeadUrl(href: string): string | null {
  const u = parseUrl(href, BASE);
  if (!u || !LINKEDIN_HOST.test(u.hostname)) return null;
  const m = /^\/sales\/(?:lead|people)\/([\w-]{1,100})/.exec(u.pathname);
  return m ? `https://www.linkedin.com/sales/lead/${m[1]}` : null;
}

/** A job link "/jobs/view/4207705658/?trk=…" or a page with ?currentJobId= → "https://www.linkedin.com/jobs/view/4207705658/". */
export function jobUrl(href: string): string | null {
  const u = parseUrl(href, BASE);
  if (!u || !LINKEDIN_HOST.test(u.hostname)) return null;
  const id = /^\/jobs\/view\/(?:[^/]*-)?(\d{1,20})\/?/.exec(u.pathname)?.[1] ?? u.searchParams.get('currentJobId') ?? '';
  return /^\d{1,20}$/.test(id) ? `https://www.linkedin.com/jobs/view/${id}/` : null;
}
