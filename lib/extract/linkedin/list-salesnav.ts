import { first, text } from '../core/dom';
import { put, putParsed, type Reader } from '../core/facts';
import { putPlace } from '../core/place';
import { salesNavCompanyUrl } from '../core/urls';
import { putHeadcount } from './company-top-card';
import { readPersonLines } from './list-person';
import { isConfidentialCompany, salesNavLeadUrl, type RowDraft } from './list-row';
import { SN } from './list-selectors';

// Sales Navigator lead and account rows (searches and saved lists). No real Sales Navigator list
// page was available: only `data-anonymize` values are read, each for exactly what it names, and a
// row without its anchor (person-name for leads, company-name for accounts) is not a row. Nothing
// is read from position, order or classes.

const BASE = 'https://www.linkedin.com/';
const get = (row: Element, sel: string, max = 300) => text(first(row, [sel]), max);

/** A lead row: name, title, location, and the current company's name and account link. */
export function readLeadRow(row: Element, r: Reader): RowDraft | null {
  const nameEl = first(row, [SN.personName]);
  if (!nameEl) return null;
  const name = text(nameEl, 200);
  const leadLink = nameEl.closest('a[href]') ?? first(nameEl, ['a[href]']) ?? first(row, ['a[href*="/sales/lead/"]']);
  const leadUrl = salesNavLeadUrl(leadLink?.getAttribute('href') ?? '');
  const companyEl = first(row, [SN.companyName]);
  const companyName = text(companyEl, 200);
  const companyLink = companyEl?.closest('a[href]') ?? (companyEl ? first(companyEl, ['a[href]']) : null);
  const salesNavUrl = salesNavCompanyUrl(companyLink?.getAttribute('href') ?? '', BASE);
  const title = get(row, SN.title);
  const draft = readPersonLines(r, {
    name,
    profileUrl: leadUrl,
    headline: '',
    location: get(row, SN.location),
    ...(companyName && { company: { name: companyName, salesNavUrl, from: 'link' as const, evidence: companyName } }),
    key: leadUrl ?? undefined,
  });
  // Sales Navigator shows the title itself, not a headline: it wins over nothing
  if (title && draft.person) draft.person.title = title;
  draft.lines = [name, title, companyName, get(row, SN.location)];
  return draft;
}

/** An account row: name and account link, industry, size, revenue band, HQ. */
export function readAccountRow(row: Element, r: Reader): RowDraft | null {
  const nameEl = first(row, [SN.companyName]);
  if (!nameEl) return null;
  const name = text(nameEl, 200);
  const link = nameEl.closest('a[href]') ?? first(nameEl, ['a[href]']);
  const url = salesNavCompanyUrl(link?.getAttribute('href') ?? '', BASE);
  put(r, 'name', name, name);
  put(r, 'salesNavUrl', url, name);
  const industry = get(row, SN.industry);
  put(r, 'industry', industry, industry);
  const size = get(row, SN.size, 200);
  if (size) putHeadcount(r, /employee/i.test(size) ? size : `${size} employees`);
  const revenue = get(row, SN.revenue, 200);
  if (revenue) putParsed(r, 'revenueRange', 'revenueBand', revenue, revenue);
  const location = get(row, SN.location);
  if (location) putPlace(r, location, location);
  const placeholder = isConfidentialCompany(name);
  return {
    kind: 'company',
    key: url ?? undefined,
    lines: [name, industry, size, revenue, location],
    ...(placeholder && { placeholder: 'confidential-company' as const }),
  };
}
