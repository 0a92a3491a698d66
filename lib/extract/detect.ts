import type { PageType } from '../facts/model';
import { first, meta, text } from './core/dom';
import { parseUrl } from './core/urls';
import * as L from './linkedin/list-selectors';
import { listPageTypeFromUrl } from './list-detect';

// Which kind of page this is: by URL first (pure predicates), by page markers when the URL says
// nothing (a saved file, a fragment without <head>). LinkedIn country subdomains (uk.linkedin.com)
// and numeric company ids (/company/10529043/) are the same pages as www/slug.

const COMPANY_TAB: Record<string, PageType> = {
  about: 'linkedin-company-about',
  jobs: 'linkedin-company-jobs',
  people: 'linkedin-company-people',
};

/** The page type implied by a URL alone; null when the URL does not decide it. */
export function pageTypeFromUrl(url: string): PageType | null {
  const u = parseUrl(url);
  if (!u) return null;
  const host = u.hostname.toLowerCase();
  const path = u.pathname;
  if (/(^|\.)linkedin\.com$/.test(host)) {
    if (/^\/sales\/(company|account)\/[^/]+/i.test(path)) return 'salesnav-company';
    if (/^\/sales\/(lead|people)\/[^/]+/i.test(path)) return 'salesnav-lead';
    const company = /^\/(?:company|showcase)\/[^/]+(?:\/([^/?#]+))?/i.exec(path);
    if (company) return COMPANY_TAB[(company[1] ?? '').toLowerCase()] ?? 'linkedin-company';
    if (/^\/in\/[^/]+/i.test(path)) return 'linkedin-profile';
    return 'unknown';
  }
  if (/(^|\.)crunchbase\.com$/.test(host)) return /^\/organization\/[^/]+/i.test(path) ? 'crunchbase-org' : 'unknown';
  return 'company-website';
}

// Markers of each layout, used only when the URL does not say (see selectors in each site's module).
const ACTIVE_TAB = ['a.org-page-navigation__item-anchor.active', 'a.org-page-navigation__item-anchor[aria-current="page"]'];

/** A saved list page: a job posting's company card (with result cards: a job search), or search results. */
function listFromMarkup(doc: Document): PageType | null {
  if (first(doc, L.ABOUT_COMPANY)) return first(doc, [L.JOB_CARD]) ? 'linkedin-jobs-search' : 'linkedin-job';
  // people and company rows are told apart by their title links, so "all" reads either
  if (first(doc, [L.SEARCH_ROW_2024, L.SEARCH_TITLE_2025])) return 'linkedin-search-all';
  return null;
}

/** The page type implied by its markup; 'unknown' when nothing is recognised. */
export function pageTypeFromMarkup(doc: Document): PageType {
  const key = meta(doc, 'pageKey');
  if (/org_guest_company/.test(key)) return 'linkedin-company';
  if (/public_profile/.test(key)) return 'linkedin-profile';
  const list = listFromMarkup(doc);
  if (list) return list;
  if (first(doc, ['[data-anonymize="person-name"]'])) return 'salesnav-lead';
  if (first(doc, ['[data-anonymize="company-name"]'])) return 'salesnav-company';
  if (first(doc, ['.org-top-card', '[class*="org-top-card-"]', 'section.top-card-layout [data-test-id="about-us"]'])) {
    const tab = text(first(doc, ACTIVE_TAB), 40).toLowerCase();
    return COMPANY_TAB[tab] ?? 'linkedin-company';
  }
  if (first(doc, ['.pv-text-details__left-panel', '[aria-label^="Current company"]', '.pv-top-card'])) return 'linkedin-profile';
  if (first(doc, ['profile-section', 'fields-card']) && /crunchbase/i.test(meta(doc, 'og:site_name') + text(first(doc, ['title']), 200))) {
    return 'crunchbase-org';
  }
  if (first(doc, ['script[type="application/ld+json"]', 'meta[property="og:site_name"]', 'meta[property="og:title"]'])) return 'company-website';
  return 'unknown';
}

/** The page type of a URL + document. Pure: reads nothing but its arguments. */
export function detectPage(url: string, doc: Document): PageType {
  try {
    return listPageTypeFromUrl(url) ?? pageTypeFromUrl(url) ?? pageTypeFromMarkup(doc);
  } catch {
    return 'unknown';
  }
}
