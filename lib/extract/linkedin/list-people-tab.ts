import { attr, first, firstText, text } from '../core/dom';
import type { Reader } from '../core/facts';
import { linkedinCompanyUrl } from '../core/urls';
import { readPersonLines } from './list-person';
import { linkedinProfileUrl, type RowDraft } from './list-row';
import * as S from './list-selectors';
import { COMPANY_NAME } from './selectors';

// A company's People tab (/company/<slug>/people/): one card per member, the company already known
// from the page (its top card name and the page URL). No real People tab was available: a card is
// read only when it has the profile-card markup scrapers describe, and only name, headline and link.

/** The page's company: the top card's name and the URL's company, read once per row (cheap queries). */
function pageCompany(doc: Document, url: string): { name: string; linkedinUrl: string | null } | null {
  const h1 = first(doc, COMPANY_NAME);
  const name = attr(h1, 'title', 300) || text(h1, 300);
  return name ? { name, linkedinUrl: linkedinCompanyUrl(url) } : null;
}

export function readPeopleCard(card: Element, r: Reader): RowDraft | null {
  const name = firstText(card, S.PEOPLE_CARD_NAME, 200)?.text ?? '';
  if (!name) return null;
  const link = first(card, [S.PROFILE_LINK]);
  const profileUrl = linkedinProfileUrl(link?.getAttribute('href') ?? '');
  const company = pageCompany(r.doc, r.url);
  return readPersonLines(r, {
    name,
    profileUrl,
    headline: firstText(card, S.PEOPLE_CARD_HEADLINE, 600)?.text ?? '',
    location: '',
    ...(company && { company: { ...company, from: 'page' as const, evidence: `People tab of ${company.name}` } }),
  });
}
