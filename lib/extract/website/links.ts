import { cleanText } from '../../facts/text';
import { all, first, text } from '../core/dom';
import { put, type Reader } from '../core/facts';
import { jsonLdNodes, str, types } from '../core/json';
import { linkedinCompanyUrl } from '../core/urls';
import { CAREERS_PATH, JOB_POSTING_LINKS, LINKEDIN_LINKS } from './selectors';

// Links that say something about the company: its LinkedIn page (footer/social bar) and its open
// roles (JobPosting JSON-LD, or job-board postings listed on a careers page).

/** The company's LinkedIn page from a page link, when JSON-LD sameAs did not name one. */
export function readLinkedInLink(r: Reader): void {
  for (const a of all(r.doc, LINKEDIN_LINKS, 50)) {
    const href = a.getAttribute('href') ?? '';
    const url = linkedinCompanyUrl(href);
    if (url && put(r, 'linkedinUrl', url, `link: ${href}`, 'page link')) return;
  }
}

function isCareersPage(url: string): boolean {
  try {
    const u = new URL(url);
    return CAREERS_PATH.test(u.pathname) || /^(boards|jobs|careers|apply)\./.test(u.hostname);
  } catch {
    return false;
  }
}

/**
 * Open roles: the job postings the page lists (job-board links), then JobPosting JSON-LD titles the
 * list lacks. On a careers page the listed roles are its openings, so their number is the job
 * count; elsewhere a link or two only proves the company is hiring, not how much.
 */
export function readOpenRoles(r: Reader): void {
  const shown: string[] = [];
  for (const a of all(r.doc, JOB_POSTING_LINKS.join(', '), 300)) {
    const title = text(first(a, ['h2', 'h3', 'h4', '.title', 'strong']) ?? a, 200);
    if (title) shown.push(title);
  }
  const declared: string[] = [];
  for (const node of jsonLdNodes(r.doc, 300)) {
    if (types(node).includes('jobposting') && str(node['title'])) declared.push(cleanText(str(node['title']), 200));
  }
  const roles = [...new Map([...shown, ...declared].map((t) => [t.toLowerCase(), t])).values()];
  if (!roles.length) return;
  const via = `${shown.length} job links, ${declared.length} JobPosting`;
  put(r, 'openRoles', roles, `${via}: ${roles.slice(0, 5).join('; ')}`);
  if (isCareersPage(r.url)) put(r, 'jobCount', roles.length, `${roles.length} roles listed on ${r.url}`);
}
