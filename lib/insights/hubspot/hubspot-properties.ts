import { countryName, type CrmAccount } from '../crm-export';

/**
 * What ICP Fit writes on a HubSpot company (issue 19 §2, docs/hubspot.md lists every field).
 * The group and properties are created once on connect, under our own names so nothing a team
 * already has is overwritten. Property types are the ones the CRM v3 properties API documents:
 * https://developers.hubspot.com/docs/guides/api/crm/properties (type + fieldType pairs).
 */
export const GROUP = { name: 'icp_fit', label: 'ICP Fit', displayOrder: -1 } as const;

export interface PropertyDef {
  name: string;
  label: string;
  type: 'string' | 'number' | 'date';
  fieldType: 'text' | 'textarea' | 'number' | 'date';
  description: string;
}

export const ICP_PROPERTIES: readonly PropertyDef[] = [
  { name: 'icp_fit_score', label: 'ICP Fit score', type: 'number', fieldType: 'number', description: 'Fit score 0–100 of the best-fitting ICP' },
  { name: 'icp_fit_tier', label: 'ICP Fit tier', type: 'string', fieldType: 'text', description: 'Tier of the best-fitting ICP' },
  { name: 'icp_fit_icp', label: 'ICP Fit ICP name', type: 'string', fieldType: 'text', description: 'The ICP the score is for' },
  { name: 'icp_fit_coverage', label: 'ICP Fit coverage', type: 'number', fieldType: 'number', description: 'Share of the criteria whose facts were known, in %' },
  { name: 'icp_fit_matched', label: 'ICP Fit matched criteria', type: 'string', fieldType: 'textarea', description: 'Criteria the company matches' },
  { name: 'icp_fit_missed', label: 'ICP Fit missed criteria', type: 'string', fieldType: 'textarea', description: 'Criteria the company misses' },
  { name: 'icp_fit_playbook_version', label: 'ICP Fit playbook version', type: 'string', fieldType: 'text', description: 'Playbook version that scored it' },
  { name: 'icp_fit_scored_at', label: 'ICP Fit scored at', type: 'date', fieldType: 'date', description: 'Day the score was computed' },
];

/** HubSpot caps a single-line text property at 65,536 characters; we keep far below. */
const MAX_TEXT = 2_000;
const cut = (s: string | undefined) => (s === undefined ? undefined : s.slice(0, MAX_TEXT));

const str = (a: CrmAccount, fact: string): string | undefined => {
  const v = a.facts[fact]?.value;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
};
const num = (a: CrmAccount, fact: string): number | undefined => {
  const v = a.facts[fact]?.value;
  return typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined;
};

/** Normalised so 'Computer Software' finds COMPUTER_SOFTWARE (HubSpot's option values). */
export const industryKey = (s: string) => s.toUpperCase().replace(/&/g, 'AND').replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '');

/**
 * HubSpot's `industry` is an enumeration: a value outside its options is a validation error. We
 * send the option whose value or label matches the page's industry, and nothing otherwise.
 */
export function industryOption(industry: string | undefined, options: readonly { value: string; label: string }[]): string | undefined {
  if (!industry) return undefined;
  const key = industryKey(industry);
  return options.find((o) => industryKey(o.value) === key || industryKey(o.label) === key)?.value;
}

const labels = (a: CrmAccount, states: readonly string[]) => a.best?.criteria.filter((c) => states.includes(c.state)).map((c) => c.label).join('; ');

/**
 * The properties sent for one account: HubSpot's standard company properties
 * (https://knowledge.hubspot.com/properties/hubspots-default-company-properties) and ours.
 * Unknown facts are left out, never sent empty: an update must not erase what a colleague entered.
 */
export function companyProperties(a: CrmAccount, industryOptions: readonly { value: string; label: string }[] = []): Record<string, string> {
  const p: Record<string, string | number | undefined> = {
    name: a.name ?? str(a, 'name') ?? a.domain,
    domain: a.domain,
    industry: industryOption(str(a, 'industry'), industryOptions),
    numberofemployees: num(a, 'employees'),
    city: str(a, 'hqCity'),
    country: countryName(str(a, 'hqCountry')),
    linkedin_company_page: str(a, 'linkedinUrl'),
    icp_fit_score: a.best?.score ?? undefined,
    icp_fit_tier: a.best?.tier ?? undefined,
    icp_fit_icp: a.best?.icpName,
    icp_fit_coverage: a.best ? Math.round(a.best.coverage * 100) : undefined,
    icp_fit_matched: labels(a, ['matched']),
    icp_fit_missed: labels(a, ['missed']),
    icp_fit_playbook_version: a.playbookVersion,
    icp_fit_scored_at: a.scoredAt,
  };
  const out: Record<string, string> = {};
  // HubSpot's API takes every property value as a string (numbers and dates included)
  for (const [k, v] of Object.entries(p)) if (v !== undefined && v !== '') out[k] = cut(String(v))!;
  return out;
}
