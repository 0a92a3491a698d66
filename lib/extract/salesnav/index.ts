import { cleanText } from '../../facts/text';
import { all, first, firstText, text } from '../core/dom';
import { put, putParsed, safely, type Reader } from '../core/facts';
import { parseHeadline } from '../core/headline';
import { labelled, pick } from '../core/labels';
import { isEnglish, pageLanguage } from '../core/lang';
import { putPlace, yearIn } from '../core/place';
import { linkedinCompanyUrl, normaliseWebsite, salesNavCompanyUrl, websiteFromText } from '../core/urls';
import { putHeadcount } from '../linkedin/company-top-card';
import { putField } from '../linkedin/labels-record';
import { ANON, LINKEDIN_COMPANY_LINK, SALESNAV_COMPANY_LINK, WEBSITE_LINK } from './selectors';

// Sales Navigator account (/sales/company/<id>) and lead (/sales/lead/…) pages, read from
// data-anonymize attributes first and visible labels second.

const BASE = 'https://www.linkedin.com/';

/** "+12% 1-year growth", "8% decrease" → 12 / -8 (percent). */
export function parseGrowth(t: string): number | null {
  const m = /([+−-]?\s?\d+(?:\.\d+)?)\s?%/.exec(t);
  if (!m) return null;
  const n = Number(m[1]!.replace(/\s/g, '').replace('−', '-'));
  if (!Number.isFinite(n)) return null;
  return /decrease|decline|down|shrink/i.test(t) && n > 0 ? -n : n;
}

function readLabels(r: Reader): void {
  const map = labelled(r.doc, 'dt, th', undefined, 60);
  const website = pick(map, /^website$/);
  if (website) {
    const a = first(website.el, ['a[href]']);
    put(r, 'website', (a && normaliseWebsite(a.getAttribute('href') ?? '')) || websiteFromText(text(website.el, 300)), `Website: ${text(website.el, 200)}`);
  }
  const simple: [RegExp, (t: string) => void][] = [
    [/^industry$/, (t) => put(r, 'industry', t, `Industry: ${t}`)],
    [/^(headquarters|location)$/, (t) => putPlace(r, t, `Headquarters: ${t}`)],
    [/^(company size|employees|headcount)$/, (t) => putHeadcount(r, /employee/i.test(t) ? t : `${t} employees`)],
    [/^revenue|^annual revenue/, (t) => putParsed(r, 'revenueRange', 'revenueBand', t, `Revenue: ${t}`)],
    [/^founded|^year founded/, (t) => put(r, 'foundedYear', yearIn(t), `Founded: ${t}`)],
    [/^(type|company type)$/, (t) => put(r, 'companyType', t, `Type: ${t}`)],
    [/headcount growth|employee growth/, (t) => put(r, 'headcountGrowth', parseGrowth(t), `Headcount growth: ${t}`)],
    [/employees on linkedin|total employees/, (t) => putParsed(r, 'employees', 'count', t, `Employees on LinkedIn: ${t}`)],
  ];
  for (const [re, use] of simple) {
    const hit = pick(map, re);
    if (hit) use(text(hit.el, 300));
  }
}

function readAnonymised(r: Reader): void {
  const get = (sel: string, max = 300) => firstText(r.doc, [sel], max)?.text ?? '';
  const name = get(ANON.companyName, 200);
  put(r, 'name', name, name);
  const industry = get(ANON.industry);
  // in another UI language the industry name goes to the background to be mapped to English (labels-read.ts)
  if (isEnglish(r)) put(r, 'industry', industry, industry);
  else if (industry) putField(r, 'industry', { h: 'industry', v: [industry] });
  const size = get(ANON.size, 200);
  if (size) putHeadcount(r, /employee/i.test(size) ? size : `${size} employees`);
  const revenue = get(ANON.revenue, 200);
  putParsed(r, 'revenueRange', 'revenueBand', revenue, revenue);
  const loc = get(ANON.location);
  if (loc) putPlace(r, loc, loc);
  const description = get(ANON.description, 2000);
  put(r, 'description', description, description);
}

function readLinks(r: Reader): void {
  for (const a of all(r.doc, LINKEDIN_COMPANY_LINK, 10)) {
    if (put(r, 'linkedinUrl', linkedinCompanyUrl(a.getAttribute('href') ?? '', BASE), text(a, 200) || 'LinkedIn page link')) break;
  }
  const site = first(r.doc, WEBSITE_LINK);
  if (site) put(r, 'website', normaliseWebsite(site.getAttribute('href') ?? ''), text(site, 200) || 'website link');
  const w = r.facts.website;
  if (w) putParsed(r, 'domain', 'domain', w.value, w.evidence.text);
}

export function extractSalesNavCompany(r: Reader): void {
  // sizes like "1.001-5.000" and industry names are read in the page's language
  r.lang = pageLanguage(r.doc);
  safely(() => readAnonymised(r));
  safely(() => readLabels(r));
  safely(() => readLinks(r));
  safely(() => put(r, 'salesNavUrl', salesNavCompanyUrl(r.url), r.url));
}

export function extractSalesNavLead(r: Reader): void {
  const get = (sel: string, max = 300) => firstText(r.doc, [sel], max)?.text ?? '';
  safely(() => {
    const headline = get(ANON.headline, 500);
    const parsed = parseHeadline(headline);
    const companyLink = first(r.doc, [`${SALESNAV_COMPANY_LINK}${ANON.companyName}`, ANON.companyName]);
    const company = text(companyLink, 200) || parsed.company || '';
    const title = get(ANON.title, 200) || parsed.title || '';
    const li = first(r.doc, [LINKEDIN_COMPANY_LINK]);
    const linkedinUrl = li ? linkedinCompanyUrl(li.getAttribute('href') ?? '', BASE) ?? undefined : undefined;
    r.person = {
      ...(get(ANON.personName, 200) && { name: get(ANON.personName, 200) }),
      ...(title && { title }),
      ...(headline && { headline }),
      ...(get(ANON.location) && { location: get(ANON.location) }),
      ...((company || linkedinUrl) && { company: { ...(company && { name: cleanText(company, 200) }), ...(linkedinUrl && { linkedinUrl }) } }),
    };
    put(r, 'name', company, company);
    const sn = companyLink?.getAttribute('href') ?? '';
    put(r, 'salesNavUrl', salesNavCompanyUrl(sn, BASE), `${company} (${sn})`);
    put(r, 'linkedinUrl', linkedinUrl, linkedinUrl ?? '');
  });
}
