import { all, first, text } from '../core/dom';
import { put, type Reader } from '../core/facts';
import { putPlace } from '../core/place';
import { linkedinCompanyUrl } from '../core/urls';
import { putFollowers, putHeadcount } from './company-top-card';
import { isSummaryLine, readPersonLines } from './list-person';
import { isConfidentialCompany, linkedinProfileUrl, type RowDraft } from './list-row';
import * as S from './list-selectors';

// A search result row, in both live layouts (2024–25 `data-chameleon-result-urn`, 2025–26
// `role=listitem`): the title link says what the row is (/in/ → a person, /company/ → a company;
// posts, groups, schools, jobs… are not read), and the lines right after the title block are the
// row's subtitles: headline then location for a person, "Industry • Location" then followers for a
// company. Mutual connections live outside the title block and are never read as results.

/** The row's title link: where it points and the name it shows. */
export function titleOf(row: Element): { a: Element; name: string; href: string } | null {
  const marked = first(row, [S.SEARCH_TITLE_2025]);
  if (marked) return { a: marked, name: text(marked, 300), href: marked.getAttribute('href') ?? '' };
  const span = first(row, [S.SEARCH_TITLE_2024]);
  const a = span?.closest('a');
  if (span && a && !a.closest(S.SOCIAL_PROOF)) return { a, name: text(span, 300), href: a.getAttribute('href') ?? '' };
  // 2024–25 company rows: the name is the company link's own text (the logo link has none)
  for (const link of all(row, S.SEARCH_TITLE_COMPANY, 4)) {
    const name = text(link, 300);
    if (name && !link.closest(S.SOCIAL_PROOF)) return { a: link, name, href: link.getAttribute('href') ?? '' };
  }
  return null;
}

const DEGREE = /^[•·]?\s*(1st|2nd|3rd\+?)\b/i;

/**
 * The text blocks after the title's block, inside the same lockup: from the title's closest block
 * element, climb until a parent holds following siblings with text; those are the subtitles.
 */
export function linesAfter(title: Element, row: Element, max = 4): string[] {
  // rows are divs, so the climb ends at the row at the latest
  for (let block = title.closest('p, div'); block && block !== row; block = block.parentElement) {
    const out: string[] = [];
    for (let sib = block.nextElementSibling; sib && out.length < max; sib = sib.nextElementSibling) {
      // a block holding links to people is a mutual-connections insight, not a subtitle
      if (sib.matches(S.SOCIAL_PROOF) || sib.querySelector(`${S.SOCIAL_PROOF}, a[href*="/in/"]`)) continue;
      const t = text(sib, 600);
      if (t && !DEGREE.test(t) && !isSummaryLine(t)) out.push(t);
    }
    if (out.length) return out;
  }
  return [];
}

const INDUSTRY_AND_PLACE = /^([^•\d]{2,80}?)\s+•\s+([^•]{2,120})$/;

function readCompanyLines(r: Reader, lines: string[]): void {
  lines.forEach((line, i) => {
    if (/\bfollowers\b/i.test(line)) putFollowers(r, line);
    else if (/\bemployees\b/i.test(line)) putHeadcount(r, line);
    else if (i === 0) {
      // "Software Development • Redmond, Washington" (unverified layout: both parts or neither)
      const m = INDUSTRY_AND_PLACE.exec(line);
      if (m) {
        put(r, 'industry', m[1]!.trim(), line);
        putPlace(r, m[2]!.trim(), line);
      }
    }
  });
}

function companyRow(row: Element, r: Reader, title: { a: Element; name: string; href: string }): RowDraft | null {
  const url = linkedinCompanyUrl(title.href, 'https://www.linkedin.com/');
  if (!url || /\/school\//.test(url)) return null;
  const lines = linesAfter(title.a, row);
  const placeholder = isConfidentialCompany(title.name);
  put(r, 'name', title.name, title.name);
  put(r, 'linkedinUrl', url, title.name);
  readCompanyLines(r, lines);
  return { kind: 'company', key: url, lines: [title.name, ...lines], ...(placeholder && { placeholder: 'confidential-company' as const }) };
}

/** One search result: a person or a company row; anything else (posts, groups, jobs) is not read. */
export function readSearchRow(row: Element, r: Reader): RowDraft | null {
  const title = titleOf(row);
  if (!title) return null;
  if (linkedinCompanyUrl(title.href, 'https://www.linkedin.com/')) return companyRow(row, r, title);
  // "LinkedIn Member" rows link to a headless search, not a profile: still a person row
  const profileUrl = linkedinProfileUrl(title.href);
  if (!profileUrl && !/\/search\/results\/people\/headless/i.test(title.href)) return null;
  const lines = linesAfter(title.a, row);
  return readPersonLines(r, {
    name: title.name,
    profileUrl,
    headline: lines[0] ?? '',
    location: lines[1] ?? '',
    summaries: all(row, S.SUMMARY_LINES, 12).filter((p) => !p.closest(S.SOCIAL_PROOF)),
  });
}
