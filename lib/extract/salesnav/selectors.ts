// Sales Navigator selectors. Its class names are hashed, so everything is read from the
// `data-anonymize` attributes (seen on result rows and account/lead pages, 2023-25) and from
// visible labels. Only company-name / industry / company-size / revenue are confirmed on real
// markup; location, person-name, headline and title are reported by scrapers (unverified).

export const ANON = {
  companyName: '[data-anonymize="company-name"]',
  industry: '[data-anonymize="industry"]',
  size: '[data-anonymize="company-size"]',
  revenue: '[data-anonymize="revenue"]',
  location: '[data-anonymize="location"]',
  personName: '[data-anonymize="person-name"]',
  headline: '[data-anonymize="headline"]',
  title: '[data-anonymize="title"], [data-anonymize="job-title"]',
  description: '[data-anonymize="company-blurb"], [data-anonymize="company-description"]',
  url: '[data-anonymize="url"]',
};

/** Visible label/value pairs on the account page (dt/dd, or a label element followed by its value). */
export const LABEL_ELEMENTS = 'dt, th, h3, h4, span, div';

/** Links out of Sales Navigator: the company's LinkedIn page, its website, the account page. */
export const LINKEDIN_COMPANY_LINK = 'a[href*="linkedin.com/company/"], a[href^="/company/"]';
export const SALESNAV_COMPANY_LINK = 'a[href*="/sales/company/"]';
export const WEBSITE_LINK = ['a[data-anonymize="url"][href^="http"]', 'a[data-control-name="visit_company_website"]', 'a[aria-label^="Visit website"]'];
