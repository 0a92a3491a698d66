// Every selector of LinkedIn's list pages (search results, Sales Navigator lists, a company's People
// tab, job postings and job search), with the layout it matches and where that layout was seen.
// Single pages are in selectors.ts. Rows are read by roles, data attributes, link targets and text
// structure; generated (hashed) class names are never used. "Real page" means a saved page in
// ../shared/real-pages (MANIFEST-lists.tsv); "unverified" means no real page of that layout was seen.

// ---- search results: /search/results/people|companies|all/ ----

/** 2024–25: one `div[data-chameleon-result-urn]` per result, classes hashed (real page: brocc, 2025-04). */
export const SEARCH_ROW_2024 = 'div[data-chameleon-result-urn]';
/** 2025–26: one `div[role=listitem]` per result, classes generated (real page: sirisha-gururaj, 2025-12). */
export const SEARCH_ROW_2025 = 'div[role="listitem"]';
/**
 * The result's title link, in priority order: 2025–26 marks it with data-view-name (real page);
 * 2024–25 shows the name in `span[aria-hidden=true]` inside it (beside a visually hidden
 * "View X's profile"), the first such span in the row (real page).
 */
export const SEARCH_TITLE_2025 = 'a[data-view-name="search-result-lockup-title"][href]';
export const SEARCH_TITLE_2024 = 'a[href] span[aria-hidden="true"]';
/** 2024–25 company results: the name is the company link's own text (unverified: no real company search). */
export const SEARCH_TITLE_COMPANY = 'a[href*="/company/"]';
/**
 * Mutual connections inside a row ("A, B and 12 other mutual connections"): names that are not
 * results. 2025–26 marks their links (real page); 2024–25 puts them in `.entity-result__insights`
 * (real page) and links the rest to a connection-of search.
 */
export const SOCIAL_PROOF = '[data-view-name="search-result-social-proof-insight"], .entity-result__insights, a[href*="facetConnectionOf"]';
/** Text blocks that may hold the "Current: … at X" / "Past: …" line (2025–26 `p`, real page; 2024 `p` summary). */
export const SUMMARY_LINES = 'p';

// ---- Sales Navigator lead / account searches and saved lists (unverified: no real page) ----

/**
 * Sales Navigator hashes its classes; rows are found from their `data-anonymize` values (see
 * ../shared/research/linkedin-dom.md: company-name, industry, company-size, revenue confirmed on
 * real result rows; person-name, title, location reported by scrapers) and the row that holds them.
 */
export const SN = {
  personName: '[data-anonymize="person-name"]',
  title: '[data-anonymize="title"], [data-anonymize="job-title"]',
  location: '[data-anonymize="location"]',
  companyName: '[data-anonymize="company-name"]',
  industry: '[data-anonymize="industry"]',
  size: '[data-anonymize="company-size"]',
  revenue: '[data-anonymize="revenue"]',
};
/** The row around one result: search results are list items, saved lists table rows (unverified). */
export const SN_ROW = 'li, tr, [role="listitem"], [role="row"]';

// ---- a company's People tab: /company/<slug>/people/ (unverified: no real page) ----

/** 2023–25 profile cards as scrapers describe them: `li.org-people-profile-card__profile-card-spacing`. */
export const PEOPLE_CARD = 'li.org-people-profile-card__profile-card-spacing';
/** Inside a card: the name (or "LinkedIn Member"), the headline, the profile link. */
export const PEOPLE_CARD_NAME = ['.org-people-profile-card__profile-title', '.artdeco-entity-lockup__title'];
export const PEOPLE_CARD_HEADLINE = ['.artdeco-entity-lockup__subtitle'];
export const PROFILE_LINK = 'a[href*="/in/"]';

// ---- a job posting: /jobs/view/<id>/ and the detail pane of /jobs/search/ and /jobs/collections/ ----

/**
 * The "About the company" card (real pages: en 2026 tommywu-01, es 2025 diegoale23): a section
 * marked data-view-name, with the name link, "557,099 followers" in the lockup subtitle, then
 * "<industry> <span>10,001+ employees</span> <span>60,894 on LinkedIn</span>".
 */
export const ABOUT_COMPANY = ['section[data-view-name="job-details-about-company-module"]', 'section.jobs-company'];
export const ABOUT_COMPANY_NAME = ['a[data-view-name="job-details-about-company-name-link"]', '.artdeco-entity-lockup__title a'];
export const ABOUT_COMPANY_SUBTITLE = '.artdeco-entity-lockup__subtitle';
export const ABOUT_COMPANY_INFO = '.jobs-company__inline-information';
export const ABOUT_COMPANY_HEADING = 'h2';
/** The posting's top card (real pages, both): job title h1, company link, "New York, NY · 6 days ago · …". */
export const JOB_TITLE = ['.job-details-jobs-unified-top-card__job-title h1', '.jobs-unified-top-card__job-title'];
export const JOB_COMPANY = ['.job-details-jobs-unified-top-card__company-name a[href]', '.jobs-unified-top-card__company-name a[href]'];
export const JOB_DESCRIPTION_LINE = ['.job-details-jobs-unified-top-card__tertiary-description-container'];

/**
 * Job search result cards (2023–25 as scrapers describe them; unverified): each card carries the
 * job id, a link to /jobs/view/<id>/, the company name in the lockup subtitle and the job's
 * location in its caption.
 */
export const JOB_CARD = 'li[data-occludable-job-id], div[data-job-id]';
export const JOB_CARD_LINK = 'a[href*="/jobs/view/"]';
export const JOB_CARD_COMPANY = ['.artdeco-entity-lockup__subtitle'];
export const JOB_CARD_LOCATION = ['.artdeco-entity-lockup__caption'];
export const JOB_CARD_POSTED = ['time'];
