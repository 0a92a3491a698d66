// Every LinkedIn selector, with the layout it matches. Order inside a list is priority: visible
// labels and data-test-id first, stable classes next, generated (scrambled) classes never.
// A markup change should be fixed here, plus a new fixture in test/fixtures/linkedin/.

/**
 * Company name, newest layout first: a selector that finds nothing costs nothing only when Chrome can
 * rule its class out at once, and on the 2021 page it cannot for the 2018 title class (it walked all
 * 20,000 elements of the bench's page for it, ~0.1 ms: docs/benchmarks.md, session 19).
 */
export const COMPANY_NAME = [
  'h1.top-card-layout__title', // guest 2024
  'h1.org-top-card-summary__title', // logged in 2025-26 (title attribute holds the full name)
  '.org-top-card h1', // logged in 2021 (h1.t-24 inside .org-top-card__primary-content); late 2018 (the title h1 below)
  'h1.org-top-card-primary-content__title', // logged in late 2018
  'h1.org-top-card-module__name', // logged in early 2018 (the "overview" page: org-top-card-module__*)
  '[class*="org-top-card"] h1', // logged in, any later top card
];

/** Tagline under the name. */
export const COMPANY_TAGLINE = [
  'h4.top-card-layout__second-subline', // guest 2024
  'p.org-top-card-summary__tagline', // logged in 2021-26
  'p.org-top-card-primary-content__tagline', // logged in 2018
];

/**
 * Logged in, early 2018 ("overview" page): `p.org-top-card-module__company-descriptions` holds three
 * dot-separated spans — industry (`.company-industries`), location, followers (its `title` repeats
 * "2,587,822 followers"). Classes as 2018 scrapers' selectors name them (h1.org-top-card-module__name,
 * span.company-industries, span.org-top-card-module__followers-count).
 */
export const TOP_CARD_MODULE = {
  list: '.org-top-card-module__company-descriptions',
  industry: '.company-industries',
  hq: '.org-top-card-module__location',
  followers: '.org-top-card-module__followers-count',
};

/** Guest 2024 top card: industry in the headline, "London, London · 5,750 followers" in the first subline. */
export const GUEST_TOP_CARD = 'section.top-card-layout';
export const GUEST_HEADLINE = 'h2.top-card-layout__headline';
export const GUEST_SUBLINE = 'h3.top-card-layout__first-subline';

/** Logged-in 2021-26 info items: industry, HQ, followers (in that order); 2018 used named classes. */
export const INFO_ITEMS = '.org-top-card-summary-info-list__info-item';
export const INFO_2018 = {
  list: 'ul.org-top-card-primary-content__info-list',
  industry: '.org-top-card-primary-content__industry',
  hq: '.org-top-card-primary-content__headquarter',
  followers: '.org-top-card-primary-content__follower-count',
};

/**
 * Links whose text is a headcount: "View all 69 employees" (guest 2024), "38 employees" (2021),
 * "See all 44,632 employees on LinkedIn" (2018), "1K-5K employees" (2025-26: a band, not a count).
 */
export const EMPLOYEE_LINKS = [
  'a.org-top-card-summary-info-list__info-item-link', // 2025-26 band link (currentCompany=<id>)
  'a.org-top-card-secondary-content__see-all-link', // 2021
  // late 2018 "1,145 employees on LinkedIn"; early 2018 "See all 29,293 employees on LinkedIn". Two
  // queries, not one "a, b" list: Chrome answers a lone class/tag selector from its indexes, but
  // matches a selector list against every element (half a querySelectorAll('*') on a 20k-element page)
  '.org-company-employees-snackbar__employees-count a',
  'a.snackbar-description-see-all-link',
  'section.top-card-layout a[href*="currentCompany"]', // guest 2024 "View all N employees"
];
/**
 * Any layout: the people-search link, read when none of EMPLOYEE_LINKS is on the page (on the
 * layouts above it is one of those same links). A tag and attribute query walks every element of a
 * long Home feed, where the class-keyed ones above answer at once (docs/benchmarks.md, session 19).
 */
export const EMPLOYEE_LINK_ANY = 'a[href*="/search/results/people/"][href*="urrentCompany"]';

/** Field lists: guest `div[data-test-id=about-us__*] > dt + dd`, 2018 `dt.org-page-details__*`, 2025 `dt > h3 + dd`. */
export const DETAIL_TERMS = 'dt';
/**
 * A field list outside the About tab: guest 2024 (its Home shows the about-us fields), the logged-in
 * list (`dl.overflow-hidden`, 2018-26), the 2018 dt class. Selectors keyed by a class, or by an
 * attribute no element carries, are answered without walking the page (< 0.001 ms on the bench's
 * 20,000-element page, where `dt` takes ~0.13 ms: session 19).
 */
export const DETAIL_LIST_MARKS = ['[data-test-id^="about-us__"]', 'dl.overflow-hidden', '.org-page-details__definition-term'];
/** Early 2018 "Company details" module: an h3 label (`…-header`) followed by its value element. */
export const DETAIL_HEADERS_2018 = '.org-about-company-module__about-us-extra h3';
export const DETAIL_TEST_IDS: Record<string, string> = {
  website: 'about-us__website',
  industry: 'about-us__industry',
  size: 'about-us__size',
  headquarters: 'about-us__headquarters',
  type: 'about-us__organizationType',
  founded: 'about-us__foundedOn',
  specialties: 'about-us__specialties',
};

/** Description: guest about section, 2025 About tab, 2018 About tab, Home about module. */
export const COMPANY_DESCRIPTION = [
  'p[data-test-id="about-us__description"]', // guest 2024
  'section p.break-words.white-space-pre-wrap', // logged in About 2025-26
  'section p.white-space-pre-wrap', // logged in About 2018
  '.org-about-module__description', // logged in Home 2023+
  'p.org-about-us-organization-description__text', // logged in early 2018 overview ("About us")
];
/** Home 2021 about card: the description is the clamped text before the contact-info box. */
export const HOME_ABOUT_TEXT = 'section.artdeco-card .lt-line-clamp--multi-line';

/** Home tab about module "Contact info <domain>" (2021-26). */
export const CONTACT_INFO = ['.org-contact-info__content a[href]', '.org-about-module__content-box a[href^="http"]'];

/**
 * Funding card: guest `section[data-test-id=funding]`; logged-in Home `.org-funding-info` "Funding via
 * Crunchbase" (2021-26); 2018 About: a card headed "Funding" (found by its heading, see company-funding.ts).
 */
export const FUNDING_BOX = ['section[data-test-id="funding"]', '.org-funding-info'];
/** The company's own Crunchbase link in the card (investor links are other companies). */
export const FUNDING_COMPANY_LINK = [
  'a[href*="crunchbase.com/organization/"][href*="utm_content=profile_cta"]', // 2018-26
  'a[data-control-name^="funding_crunchbase_company"]', // 2018
];

/** Company nav tabs carry the slug even when the URL uses the numeric id. */
export const NAV_LINKS = 'a.org-page-navigation__item-anchor[href*="/company/"]';

/** Embedded page data (logged in): `<code id="bpr-guid-…">` blocks of API JSON, children of <body> on every saved page. */
export const EMBEDDED_ID_PREFIX = 'bpr-guid-';
export const EMBEDDED_DATA = `code[id^="${EMBEDDED_ID_PREFIX}"]`;

/** Jobs tab: job cards and the "N job openings" summary. */
export const JOB_LINKS = 'a[href*="/jobs/view/"]';
export const JOB_TITLE_IN_LINK = ['.job-card-square__title', '.job-card-list__title', '.base-search-card__title', 'h3', 'strong'];
export const JOB_COUNT_TEXT = 'main h1, main h2, main h3, main h4, main p, main a, main button, main span.t-bold, h2, h4';

/** People tab header "1,234 associated members" (`.org-people__header-spacing-carousel h2`, 2023-26), read by its words. */
export const PEOPLE_HEADER = 'h1, h2';

// ---- person profiles ----

export const PROFILE_NAME = [
  'h1.top-card-layout__title', // guest 2024
  'h1.text-heading-xlarge', // logged in 2022-25
  'main h1',
  'h1',
];
export const PROFILE_HEADLINE = [
  'h2.top-card-layout__headline', // guest 2024
  '.pv-text-details__left-panel .text-body-medium', // logged in 2022
  'div.text-body-medium.break-words', // logged in 2024-25
];
export const PROFILE_LOCATION = [
  'h3.top-card-layout__first-subline .not-first-middot > span:first-child', // guest 2024 (the subline also holds a modal)
  'h3.top-card-layout__first-subline span', // guest, simpler variants
  'span.text-body-small.inline.t-black--light.break-words', // logged in 2022-25
];
/** "Current company: X. Click to skip to experience card" (2024-25) and aria-label="Current company" (2022). */
export const CURRENT_COMPANY_ARIA = ['[aria-label^="Current company:"]', '[aria-label="Current company"]'];
/** Guest 2024 top-card current company link. */
export const CURRENT_COMPANY_LINK = 'a[data-tracking-control-name="public_profile_topcard-current-company"]';
/** Experience: guest `li.experience-item`; logged in `#experience` anchor inside its section card. */
export const GUEST_EXPERIENCE = {
  item: 'li.experience-item',
  title: '.experience-item__title',
  company: '.experience-item__subtitle',
  companyLink: 'a[href*="/company/"]',
  dates: '.date-range',
};
export const EXPERIENCE_ANCHOR = '#experience';
export const EXPERIENCE_ENTRY = {
  item: 'li',
  title: '.t-bold span[aria-hidden="true"]',
  subtitle: 'span.t-14.t-normal:not(.t-black--light) > span[aria-hidden="true"]',
  caption: 'span.t-14.t-normal.t-black--light > span[aria-hidden="true"]',
  companyLink: 'a[data-field="experience_company_logo"], a[href*="/company/"]',
};
