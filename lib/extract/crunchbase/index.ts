import { all, first, firstText, meta, text } from '../core/dom';
import { parseDate } from '../core/dates';
import { put, putParsed, safely, type Reader } from '../core/facts';
import { jsonLdNodes } from '../core/json';
import { labelled, nextValue, pick } from '../core/labels';
import { isOrg, putOrgNode } from '../core/organization';
import { putPlace, yearIn } from '../core/place';
import { crunchbaseOrgUrl, linkedinCompanyUrl, normaliseWebsite, websiteFromText } from '../core/urls';
import * as S from './selectors';

// A Crunchbase organisation page: funding stage, last round (type, date, amount), total raised,
// employee band, HQ, website — every value found by its visible label.

function valueOf(label: Element): Element | null {
  const row = label.closest(S.ROW);
  if (row) {
    for (const v of all(row, S.VALUE_IN_ROW, 4)) if (!v.contains(label) && !label.contains(v)) return v;
  }
  return nextValue(label.closest('label-with-info') ?? label);
}

type Use = (t: string, el: Element) => void;

function fieldRules(r: Reader): [RegExp, Use][] {
  return [
    [/^website$/, (t, el) => put(r, 'website', normaliseWebsite(first(el, ['a[href]'])?.getAttribute('href') ?? '') ?? websiteFromText(t), `Website: ${t}`)],
    [/^(headquarters location|location|headquarters)$/, (t) => putPlace(r, t, `Headquarters: ${t}`)],
    [/^number of employees$|^employees$/, (t) => putParsed(r, 'employeeRange', 'band', t, `Number of Employees: ${t}`)],
    [/^last funding type$/, (t) => putParsed(r, 'fundingStage', 'stage', t, `Last Funding Type: ${t}`)],
    [/^total funding amount$/, (t) => putParsed(r, 'totalFunding', 'money', t, `Total Funding Amount: ${t}`)],
    [/^number of funding rounds$/, (t) => putParsed(r, 'fundingRounds', 'count', t, `Number of Funding Rounds: ${t}`)],
    [/^last funding date$/, (t) => put(r, 'lastFundingDate', parseDate(t), `Last Funding Date: ${t}`)],
    [/^last funding amount$/, (t) => putParsed(r, 'lastFundingAmount', 'money', t, `Last Funding Amount: ${t}`)],
    [/^founded date$|^founded$/, (t) => put(r, 'foundedYear', yearIn(t), `Founded Date: ${t}`)],
    [/^company type$/, (t) => put(r, 'companyType', t, `Company Type: ${t}`)],
    [/^industries$|^industry$/, (t, el) => put(r, 'industry', text(first(el, ['a']), 200) || t.split(',')[0], `Industries: ${t}`)],
    [/^estimated revenue range$|^revenue range$/, (t) => putParsed(r, 'revenueRange', 'revenueBand', t, `Estimated Revenue Range: ${t}`)],
  ];
}

function readFields(r: Reader): void {
  const map = labelled(r.doc, S.LABELS, valueOf, 200);
  for (const [re, use] of fieldRules(r)) {
    const hit = pick(map, re);
    if (hit) use(text(hit.el, 300), hit.el);
  }
}

/** The funding rounds table's first (latest) row: "Announced Date", "Money Raised", "Transaction Name". */
function readRoundsTable(r: Reader): void {
  for (const table of all(r.doc, S.TABLES, 10)) {
    const heads = all(table, 'th', 12).map((th) => text(th, 60).toLowerCase());
    const dateCol = heads.indexOf('announced date');
    const moneyCol = heads.indexOf('money raised');
    if (dateCol < 0 || moneyCol < 0) continue;
    const row = all(table, 'tbody tr', 1)[0];
    if (!row) continue;
    const cells = all(row, 'td', 12).map((td) => text(td, 200));
    const said = cells.join(' | ');
    put(r, 'lastFundingDate', parseDate(cells[dateCol] ?? ''), said);
    putParsed(r, 'lastFundingAmount', 'money', cells[moneyCol] ?? '', said);
    const nameCol = heads.indexOf('transaction name');
    if (nameCol >= 0) putParsed(r, 'fundingStage', 'stage', cells[nameCol] ?? '', said);
    return;
  }
}

function readIdentity(r: Reader): void {
  const h1 = firstText(r.doc, S.NAME, 200);
  const og = meta(r.doc, 'og:title', 300).replace(/\s+-\s+Crunchbase.*$/i, '');
  put(r, 'name', h1?.text || og, h1?.text || `og:title: ${og}`);
  const d = firstText(r.doc, S.DESCRIPTION, 2000);
  if (d) put(r, 'description', d.text, d.text);
  const li = first(r.doc, [S.LINKEDIN_LINK]);
  if (li) put(r, 'linkedinUrl', linkedinCompanyUrl(li.getAttribute('href') ?? ''), li.getAttribute('href') ?? '');
  put(r, 'crunchbaseUrl', crunchbaseOrgUrl(r.url), r.url);
}

export function extractCrunchbase(r: Reader): void {
  safely(() => readIdentity(r));
  safely(() => readFields(r));
  safely(() => readRoundsTable(r));
  safely(() => {
    const org = jsonLdNodes(r.doc, 50).find(isOrg);
    if (org) putOrgNode(r, org, 'JSON-LD');
  });
  const w = r.facts.website;
  if (w) putParsed(r, 'domain', 'domain', w.value, w.evidence.text);
}
