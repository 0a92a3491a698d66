// Company search result pages written for ICP Fit, modelled on the 2024–25 logged-in search layout
// (div[data-chameleon-result-urn] rows; the company link's own text is its name, then
// "Industry • Location" and followers, as test/fixtures/linkedin/search-companies.loggedin-2024.html
// shows): any number of rows, for paging and the bench.

export const COMPANY_SEARCH = 'https://www.linkedin.com/search/results/companies/?keywords=software';

export interface CompanyResult {
  slug: string;
  name: string;
  industry: string;
  place: string;
  followers: string;
}

const INDUSTRIES = ['Software Development', 'Financial Services', 'Staffing and Recruiting', 'IT Services and IT Consulting', 'Retail'];
const PLACES = ['Berlin, Germany', 'Austin, Texas', 'London, England, United Kingdom', 'Toronto, Ontario, Canada', 'Lagos, Nigeria'];

/** Results `from` … `from + n - 1`, with industries and places that fall in different tiers. */
export function companyResults(from: number, n: number): CompanyResult[] {
  return Array.from({ length: n }, (_, i) => {
    const k = from + i;
    return { slug: `company-${k}`, name: `Company ${k}`, industry: INDUSTRIES[k % INDUSTRIES.length]!, place: PLACES[k % PLACES.length]!, followers: `${(k * 137) % 9000 + 100} followers` };
  });
}

// quotes too: a name goes into attributes (the logo's alt) as well as text
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function companyRowHtml(r: CompanyResult, urn: number): string {
  return `<li class="reusable-search__result-container">
  <div class="rAJfTquWoGsbeKXgzgsyebRanndEyT" data-chameleon-result-urn="urn:li:company:${urn}" data-view-name="search-entity-result-universal-template">
    <div class="linked-area flex-1 cursor-pointer">
      <div class="display-flex align-items-center"><a class="scale-down" aria-hidden="true" tabindex="-1" href="https://www.linkedin.com/company/${r.slug}/"><img alt="${esc(r.name)}" src="data:,"></a></div>
      <div class="pt3 pb3 t-12 t-black--light"><div class="mb1">
        <div class="t-roman t-sans"><div class="display-flex"><span><span class="t-16"><a href="https://www.linkedin.com/company/${r.slug}/" data-test-app-aware-link="">${esc(r.name)}</a></span></span></div></div>
        <div class="t-14 t-black t-normal"><!---->${esc(r.industry)} • ${esc(r.place)}<!----></div>
        <div class="t-14 t-normal"><!---->${esc(r.followers)}<!----></div>
      </div></div>
    </div>
  </div>
</li>`;
}

export const companyListHtml = (rows: CompanyResult[]) => rows.map((r, i) => companyRowHtml(r, 30000 + i)).join('\n');

export function companySearchPage(rows: CompanyResult[]): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Search | LinkedIn</title></head>
<body><div class="application-outlet"><main class="scaffold-layout__main" id="main"><div class="search-results-container">
<div class="pv0 ph0 mb2 artdeco-card"><ul role="list" class="list-style-none" id="results">
${companyListHtml(rows)}
</ul></div></div></main></div></body></html>`;
}

/**
 * The company page of a search result that shows exactly what its row shows (name, industry,
 * location, followers): the 2018 logged-in top card (org-top-card-module__*, as
 * test/fixtures/linkedin/company.loggedin-2018-overview.html), with no about card. Scored, it must
 * get the row's tier and score (issue 18: a row is scored as its page would be, for the same facts).
 */
export function companyPageLike(r: CompanyResult): string {
  return `<div class="organization-outlet relative"><div class="org-top-card-module"><section class="ember-view">
  <div class="org-top-card-module__container"><div class="org-top-card-module__details"><div class="org-top-card-module__main-column">
    <h1 title="${esc(r.name)}" class="org-top-card-module__name">${esc(r.name)}</h1>
    <p class="org-top-card-module__company-descriptions">
      <span class="company-industries org-top-card-module__dot-separated-list">${esc(r.industry)}</span>
      <span class="org-top-card-module__location org-top-card-module__dot-separated-list">${esc(r.place)}</span>
      <span class="org-top-card-module__followers-count org-top-card-module__dot-separated-list">${esc(r.followers)}</span>
    </p>
  </div></div></div></section></div></div>`;
}
