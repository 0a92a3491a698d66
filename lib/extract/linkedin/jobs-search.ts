import type { JobPosting } from '../../facts/list-model';
import { first, firstText, text } from '../core/dom';
import { put, type Reader } from '../core/facts';
import { linkedinCompanyUrl } from '../core/urls';
import { isConfidentialCompany, jobUrl, type RowDraft } from './list-row';
import * as S from './list-selectors';

// A job search result card (/jobs/search/, /jobs/collections/) as a row about the hiring company:
// its name (and link when the card has one) and the posting as a hiring fact. The job's location
// is the job's, not the company's headquarters, so it stays on the posting. No real job search
// page was available: a card is read only when it has a job link and a company line.

/** The job title: the visible copy in the link (LinkedIn doubles it for screen readers). */
function jobTitle(link: Element): string {
  return text(first(link, ['[aria-hidden="true"]', 'strong']), 300) || text(link, 300);
}

export function readJobCard(card: Element, r: Reader): RowDraft | null {
  const link = first(card, [S.JOB_CARD_LINK]);
  const company = firstText(card, S.JOB_CARD_COMPANY, 200)?.text ?? '';
  if (!link || !company) return null;
  const job: JobPosting = {};
  const title = jobTitle(link);
  if (title) job.title = title;
  const location = firstText(card, S.JOB_CARD_LOCATION, 300)?.text;
  if (location) job.location = location;
  const posted = firstText(card, S.JOB_CARD_POSTED, 100)?.text;
  if (posted) job.posted = posted;
  const url = jobUrl(link.getAttribute('href') ?? '');
  if (url) job.url = url;
  const companyLink = first(card, ['a[href*="/company/"]']);
  const linkedinUrl = companyLink ? linkedinCompanyUrl(companyLink.getAttribute('href') ?? '', 'https://www.linkedin.com/') : null;
  put(r, 'name', company, company);
  put(r, 'linkedinUrl', linkedinUrl, company);
  if (title) put(r, 'openRoles', [title], [title, company, location].filter(Boolean).join(' · '));
  return {
    kind: 'company',
    key: url ?? undefined,
    job,
    lines: [title, company, location ?? '', posted ?? ''],
    ...(isConfidentialCompany(company) && { placeholder: 'confidential-company' as const }),
  };
}
