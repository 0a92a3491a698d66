// Company-website selectors: standards (schema.org, OpenGraph, microdata) rather than any one site.

/** Links to the company's LinkedIn page: footers, social bars, "Follow us". */
export const LINKEDIN_LINKS = 'a[href*="linkedin.com/company/"], a[href*="linkedin.com/showcase/"]';

/** Where a postal address lives: <address>, schema.org microdata, footers and contact blocks. */
export const ADDRESS_BLOCKS = [
  'address',
  '[itemtype*="PostalAddress"]',
  'footer p, footer li', // the smallest blocks first, so the evidence is the address line itself
  '[class*="address"], [class*="contact"] p',
  'footer div',
];

/** schema.org microdata address parts. */
export const MICRODATA = {
  city: '[itemprop="addressLocality"]',
  region: '[itemprop="addressRegion"]',
  country: '[itemprop="addressCountry"]',
};

/** Careers links: "Careers", "Jobs", "We're hiring", or a link to a careers path. */
export const CAREERS_LINKS = 'a[href]';
export const CAREERS_TEXT = /^(careers?|jobs|join (us|our team)|we('|’)re hiring|open (positions|roles)|work (with|at) us|karriere|emplois?)$/i;
export const CAREERS_PATH = /\/(careers?|jobs|join-us|work-with-us|karriere)(\/|$)/i;

/** Individual job postings on a careers page (ATS boards and common careers templates). */
export const JOB_POSTING_LINKS = [
  'a[href*="boards.greenhouse.io/"][href*="/jobs/"]',
  'a[href*="job-boards.greenhouse.io/"][href*="/jobs/"]',
  'a[href*="jobs.lever.co/"]',
  'a[href*="apply.workable.com/"][href*="/j/"]',
  'a[href*="jobs.ashbyhq.com/"]',
  'a[href*=".myworkdayjobs.com/"][href*="/job/"]',
];
