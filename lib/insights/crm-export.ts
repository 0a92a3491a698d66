import type { OutcomeStatus } from './record';
import { toCsv, type Cell } from './csv-out';

/**
 * "Export for the CRM" (issue #8 part 4): one row per account with its score, tier, ICP, matched
 * criteria and key facts, under column names a HubSpot company import or a Salesforce account
 * import (Data Import Wizard) maps without editing. docs/crm-export.md lists the mapping and the
 * custom properties / fields to create once. Unknown facts stay empty: nothing is guessed.
 */

export const CRM_TARGETS = ['hubspot', 'salesforce'] as const;
export type CrmTarget = (typeof CRM_TARGETS)[number];

export interface CrmAccount {
  name?: string;
  domain?: string;
  facts: Partial<Record<string, { value?: unknown }>>;
  /** the best ICP's result, when the account could be scored */
  best?: {
    icpName: string;
    tier: string | null;
    score: number | null;
    coverage: number;
    criteria: { label: string; state: string }[];
    disqualifiers: { reason: string }[];
  };
  playbookVersion?: string;
  /** YYYY-MM-DD */
  scoredAt?: string;
  outcome?: OutcomeStatus;
  /** the imported CRM list's answer (issue 19); absent when no list is imported */
  crm?: CrmColumns;
}

/** What `icp score --crm` prints per account, and what the exports add as columns. */
export interface CrmColumns {
  matched: boolean;
  matchedBy: 'domain' | 'linkedin' | 'salesNav' | 'name' | null;
  owner: string | null;
  stage: string | null;
  /** YYYY-MM-DD */
  lastActivity: string | null;
  /** `icp score --crm`: the playbook's CRM rule mark for it, when a rule gives one */
  mark?: string;
}

interface Column {
  hubspot: string;
  /** null: Salesforce accounts have no such standard field (Website carries the domain) */
  salesforce: string | null;
  value: (a: CrmAccount) => Cell;
}

const str = (a: CrmAccount, fact: string): string | undefined => {
  const v = a.facts[fact]?.value;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
};
const num = (a: CrmAccount, fact: string): number | undefined => {
  const v = a.facts[fact]?.value;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};
const range = (a: CrmAccount, fact: string): string | undefined => {
  const v = a.facts[fact]?.value as { min?: unknown; max?: unknown } | undefined;
  if (!v || typeof v !== 'object' || typeof v.min !== 'number') return undefined;
  return typeof v.max === 'number' ? `${v.min}-${v.max}` : `${v.min}+`;
};

let regionNames: Intl.DisplayNames | undefined;
/** "US" → "United States": both CRMs expect a country name, the facts hold ISO codes. */
export function countryName(code: string | undefined): string | undefined {
  if (!code || !/^[A-Z]{2}$/.test(code)) return undefined;
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function website(a: CrmAccount): string | undefined {
  const w = str(a, 'website');
  if (w && /^https?:\/\//i.test(w)) return w;
  const d = a.domain ?? str(a, 'domain');
  return d ? `https://${d}` : undefined;
}

const matched = (a: CrmAccount) => a.best?.criteria.filter((c) => c.state === 'matched').map((c) => c.label).join('; ');

export const COLUMNS: readonly Column[] = [
  { hubspot: 'Company name', salesforce: 'Account Name', value: (a) => a.name ?? str(a, 'name') ?? a.domain },
  { hubspot: 'Company Domain Name', salesforce: null, value: (a) => a.domain ?? str(a, 'domain') },
  { hubspot: 'Website URL', salesforce: 'Website', value: website },
  { hubspot: 'Industry', salesforce: 'Industry', value: (a) => str(a, 'industry') },
  { hubspot: 'Number of Employees', salesforce: 'Employees', value: (a) => num(a, 'employees') },
  { hubspot: 'Annual Revenue', salesforce: 'Annual Revenue', value: (a) => num(a, 'revenue') },
  { hubspot: 'City', salesforce: 'Billing City', value: (a) => str(a, 'hqCity') },
  { hubspot: 'State/Region', salesforce: 'Billing State/Province', value: (a) => str(a, 'hqState') },
  { hubspot: 'Country/Region', salesforce: 'Billing Country', value: (a) => countryName(str(a, 'hqCountry')) },
  { hubspot: 'Year Founded', salesforce: 'Year Started', value: (a) => num(a, 'foundedYear') },
  { hubspot: 'LinkedIn Company Page', salesforce: 'LinkedIn Company Page', value: (a) => str(a, 'linkedinUrl') },
  { hubspot: 'ICP Fit Score', salesforce: 'ICP Fit Score', value: (a) => a.best?.score },
  { hubspot: 'ICP Fit Tier', salesforce: 'ICP Fit Tier', value: (a) => a.best?.tier },
  { hubspot: 'ICP Fit ICP', salesforce: 'ICP Fit ICP', value: (a) => a.best?.icpName },
  { hubspot: 'ICP Fit Matched Criteria', salesforce: 'ICP Fit Matched Criteria', value: matched },
  { hubspot: 'ICP Fit Disqualifiers', salesforce: 'ICP Fit Disqualifiers', value: (a) => a.best?.disqualifiers.map((d) => d.reason).join('; ') },
  { hubspot: 'ICP Fit Coverage', salesforce: 'ICP Fit Coverage', value: (a) => (a.best ? Math.round(a.best.coverage * 100) : undefined) },
  { hubspot: 'ICP Fit Employee Range', salesforce: 'ICP Fit Employee Range', value: (a) => range(a, 'employeeRange') },
  { hubspot: 'ICP Fit Outcome', salesforce: 'ICP Fit Outcome', value: (a) => a.outcome },
  { hubspot: 'ICP Fit Playbook Version', salesforce: 'ICP Fit Playbook Version', value: (a) => a.playbookVersion },
  { hubspot: 'ICP Fit Scored At', salesforce: 'ICP Fit Scored At', value: (a) => a.scoredAt },
];

/**
 * The CRM list's answer, as `icp score --crm` gives it (cli/crm.ts), once a list is imported. Named
 * "ICP Fit CRM …" so that neither CRM's import maps them onto its own owner or stage fields: the
 * export must never reassign a company or move its lifecycle stage.
 */
const crmCell = (key: 'matchedBy' | 'owner' | 'stage' | 'lastActivity') => (a: CrmAccount): Cell => (a.crm?.matched ? (a.crm[key] ?? undefined) : undefined);
export const CRM_LIST_COLUMNS: readonly Column[] = [
  { hubspot: 'ICP Fit In CRM', salesforce: 'ICP Fit In CRM', value: (a) => (a.crm ? (a.crm.matched ? 'yes' : 'no') : undefined) },
  { hubspot: 'ICP Fit CRM Matched By', salesforce: 'ICP Fit CRM Matched By', value: crmCell('matchedBy') },
  { hubspot: 'ICP Fit CRM Owner', salesforce: 'ICP Fit CRM Owner', value: crmCell('owner') },
  { hubspot: 'ICP Fit CRM Stage', salesforce: 'ICP Fit CRM Stage', value: crmCell('stage') },
  { hubspot: 'ICP Fit CRM Last Activity', salesforce: 'ICP Fit CRM Last Activity', value: crmCell('lastActivity') },
];

// the CRM columns only when a CRM list answered for some account (none imported: the file is as before)
const columnsFor = (target: CrmTarget, accounts: readonly CrmAccount[] = []) =>
  [...COLUMNS, ...(accounts.some((a) => a.crm) ? CRM_LIST_COLUMNS : [])].filter((c) => c[target] !== null);

export const crmHeader = (target: CrmTarget, accounts: readonly CrmAccount[] = []): string[] => columnsFor(target, accounts).map((c) => c[target]!);

/** The CSV text (UTF-8 BOM, CRLF, RFC 4180 quoting, formula cells neutralised), one row per account. */
export function crmCsv(accounts: readonly CrmAccount[], target: CrmTarget): string {
  const columns = columnsFor(target, accounts);
  return toCsv(
    columns.map((c) => c[target]!),
    accounts.map((a) => columns.map((c) => c.value(a))),
  );
}
