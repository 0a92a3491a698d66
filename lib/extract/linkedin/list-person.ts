import type { ListPerson } from '../../facts/list-model';
import { cleanText } from '../../facts/text';
import { first, text } from '../core/dom';
import { put, type Reader } from '../core/facts';
import { parseHeadline } from '../core/headline';
import { linkedinCompanyUrl } from '../core/urls';
import { isConfidentialCompany, isMemberPlaceholder, type RowDraft } from './list-row';

// A person row, whatever list it is on: what the row shows of the person, and their current company
// from (in order) the page itself (a People tab), a company link in the row (Sales Navigator), the
// row's "Current: <title> at <company>" line, or the headline ("Title at X", "Title @ X") — the
// last only a candidate, and its evidence says so. The company becomes the row's facts.

export interface PersonLines {
  name: string;
  profileUrl?: string | null;
  headline: string;
  location: string;
  /** text blocks that may hold the "Current: …" line */
  summaries?: Element[];
  /** a company the page or a row link names: it wins over the lines */
  company?: Company;
  key?: string;
}

interface Company {
  name: string;
  linkedinUrl?: string | null;
  salesNavUrl?: string | null;
  from: NonNullable<ListPerson['companyFrom']>;
  evidence: string;
}

// "Current: VP Sales at Acme" (en, real page 2025-12); fr "Entreprise actuelle  : … chez …" (research
// §5, a real French page; no-break spaces before the colon). Other languages' connectors are
// unverified, so their lines give nothing rather than a wrong split.
const CURRENT = /^(?:current|entreprise actuelle|actuel)\s*:\s*(\S.*)$/i;
// The "Current:" / "Past:" labels of a search row in every language read (research §5: de "Aktuell" /
// "Früher", es "Actual" / "Anterior", pt-BR "Atual" / "Anterior", it "Attuale" / "Precedente"): such a
// line is never a headline or location, even where its " at " connector is not known to split it.
const SUMMARY = /^(?:current|past|entreprise actuelle|entreprise précédente|actuel|auparavant|aktuell|früher|actual|anterior|atual|attuale|precedente)\s*:/i;

/** A row's "Current: …" / "Past: …" line: never a headline or location, whatever its place. */
export const isSummaryLine = (t: string): boolean => SUMMARY.test(t);
const AT = /^(.*\S)\s+(?:at|chez)\s+(\S.*)$/i;

/** "Current: Sr. Specialist HR Shared Services at Target" → title + company (the last " at " splits). */
export function parseCurrentLine(line: string): { title: string; company: string } | null {
  const m = CURRENT.exec(cleanText(line, 600));
  const at = m ? AT.exec(m[1]!) : null;
  return at ? { title: at[1]!.trim(), company: at[2]!.replace(/[.,;]+$/, '').trim() } : null;
}

function currentLine(blocks: Element[]): { title: string; company: string; text: string; el: Element } | null {
  for (const el of blocks) {
    const t = text(el, 600);
    const parsed = CURRENT.test(t) ? parseCurrentLine(t) : null;
    if (parsed) return { ...parsed, text: t, el };
  }
  return null;
}

function companyOf(p: PersonLines, cur: ReturnType<typeof currentLine>, headline: { company?: string }): Company | null {
  if (p.company) return p.company;
  if (cur) {
    const link = first(cur.el, ['a[href*="/company/"]']);
    const linkedinUrl = link && text(link, 300) === cur.company ? linkedinCompanyUrl(link.getAttribute('href') ?? '', 'https://www.linkedin.com/') : null;
    return { name: cur.company, linkedinUrl, from: 'current', evidence: cur.text };
  }
  if (headline.company) return { name: headline.company, from: 'headline', evidence: `candidate from headline: ${p.headline}` };
  return null;
}

/** The person row's draft; puts the current company's name and links as the row's facts. */
export function readPersonLines(r: Reader, p: PersonLines): RowDraft {
  const member = !p.name || isMemberPlaceholder(p.name);
  const cur = currentLine(p.summaries ?? []);
  const fromHeadline = parseHeadline(p.headline);
  const person: ListPerson = {};
  if (!member) person.name = cleanText(p.name, 200);
  if (p.profileUrl) person.profileUrl = p.profileUrl;
  const title = cur?.title || fromHeadline.title;
  if (title) person.title = cleanText(title, 300);
  if (p.headline) person.headline = cleanText(p.headline, 600);
  if (p.location) person.location = cleanText(p.location, 300);
  const company = companyOf(p, cur, fromHeadline);
  if (company && company.name && !isConfidentialCompany(company.name)) {
    const linkedinUrl = company.linkedinUrl ?? undefined;
    person.company = { name: cleanText(company.name, 200), ...(linkedinUrl && { linkedinUrl }) };
    person.companyFrom = company.from;
    put(r, 'name', person.company.name, company.evidence);
    put(r, 'linkedinUrl', linkedinUrl, company.evidence);
    put(r, 'salesNavUrl', company.salesNavUrl, company.evidence);
  }
  return {
    kind: 'person',
    key: p.key ?? p.profileUrl ?? undefined,
    person,
    lines: [p.name, p.headline, p.location, cur?.text ?? ''],
    ...(member && { placeholder: 'linkedin-member' as const }),
  };
}
