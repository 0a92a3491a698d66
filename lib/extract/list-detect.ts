import type { PageType } from '../facts/model';
import { parseUrl } from './core/urls';

// List pages by URL (lists.ts reads their rows), apart from detect.ts so that the single-page
// LinkedIn content script, which does not read lists, does not carry these patterns. Sales
// Navigator searches and saved lists share a row reader; /jobs/search and /jobs/collections show
// job cards beside one posting's detail pane. A company's People tab is a single page too
// (detect.ts gives it the same type) whose member cards lists.ts reads.
const LIST_PATHS: [RegExp, PageType][] = [
  [/^\/(company|showcase)\/[^/]+\/people(\/|$)/i, 'linkedin-company-people'],
  [/^\/search\/results\/people(\/|$)/i, 'linkedin-search-people'],
  [/^\/search\/results\/companies(\/|$)/i, 'linkedin-search-companies'],
  [/^\/search\/results\/all(\/|$)/i, 'linkedin-search-all'],
  [/^\/sales\/(search|lists)\/people(\/|$)/i, 'salesnav-lead-list'],
  [/^\/sales\/(search|lists)\/compan(y|ies)(\/|$)/i, 'salesnav-account-list'],
  [/^\/jobs\/view\/[^/]+/i, 'linkedin-job'],
  [/^\/jobs\/(search|collections)(\/|$)/i, 'linkedin-jobs-search'],
];

/** The page type of a LinkedIn URL whose rows a content script reads (lists.ts); null for any other page. */
export function listPageTypeFromUrl(url: string): PageType | null {
  const u = parseUrl(url);
  if (!u || !/(^|\.)linkedin\.com$/i.test(u.hostname)) return null;
  for (const [re, type] of LIST_PATHS) if (re.test(u.pathname)) return type;
  return null;
}
