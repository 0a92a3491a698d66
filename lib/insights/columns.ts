import { matchWords } from '../facts/text';
import type { OutcomeStatus } from './record';

/**
 * Which column of a CRM export holds what. Auto-detected from header names as HubSpot and
 * Salesforce export them (and the plain words a spreadsheet would use); the manager can change
 * any of it (CLI --outcome-column, the options page's selects).
 */
export const FIELDS = ['outcome', 'won', 'closed', 'name', 'domain', 'industry', 'employees', 'revenue', 'country', 'technologies', 'fundingStage', 'amount', 'createdAt', 'closedAt'] as const;
export type Field = (typeof FIELDS)[number];
/** field → column index in the header */
export type ColumnMapping = Partial<Record<Field, number>>;

export const FIELD_LABELS: Record<Field, string> = {
  outcome: 'Outcome or stage',
  won: 'Won (yes/no)',
  closed: 'Closed (yes/no)',
  name: 'Company name',
  domain: 'Domain or website',
  industry: 'Industry',
  employees: 'Employees',
  revenue: 'Annual revenue',
  country: 'Country',
  technologies: 'Technologies',
  fundingStage: 'Funding stage',
  amount: 'Deal amount',
  createdAt: 'Created date',
  closedAt: 'Close date',
};

// Folded header names (see key()), best first. Exact matches beat "contains" matches.
export const FIELD_NAMES: Record<Field, string[]> = {
  outcome: ['deal stage', 'stage', 'opportunity stage', 'stage name', 'lifecycle stage', 'outcome', 'status', 'result', 'deal status', 'customer status'],
  won: ['won', 'is won', 'closed won'],
  closed: ['closed', 'is closed'],
  name: ['company name', 'account name', 'company', 'account', 'name', 'organization', 'organisation', 'associated company'],
  domain: ['company domain name', 'domain', 'website', 'website url', 'company website', 'web site', 'url'],
  industry: ['industry', 'company industry', 'account industry', 'sector', 'vertical'],
  employees: ['number of employees', 'employees', 'employee count', 'company size', 'headcount', 'size', 'employee range'],
  revenue: ['annual revenue', 'revenue', 'company revenue', 'arr'],
  country: ['country region', 'country', 'billing country', 'hq country', 'company country', 'headquarters country', 'shipping country'],
  technologies: ['technologies', 'tech stack', 'technology', 'tools', 'web technologies'],
  fundingStage: ['funding stage', 'last funding stage', 'funding round', 'last funding type', 'funding'],
  amount: ['amount', 'deal amount', 'opportunity amount', 'amount in company currency', 'value', 'deal value', 'total contract value', 'acv'],
  createdAt: ['create date', 'created date', 'created', 'created at', 'opportunity created date', 'date created'],
  closedAt: ['close date', 'closed date', 'closed at', 'date closed', 'close date time'],
};

// One word alone is too vague to find inside a longer header ("Deal Name" is not the company's name).
const LOOSE_WORDS = new Set(['stage', 'industry', 'employees', 'revenue', 'country', 'domain', 'website', 'amount', 'technologies', 'headcount']);

const key = (header: string): string => matchWords(header, 200).join(' ');

/** Best guess per field from the header; each column is used by one field at most. */
export function detectMapping(header: readonly string[]): ColumnMapping {
  const mapping = detectColumns(header, FIELDS, FIELD_NAMES, LOOSE_WORDS);
  // a stage column says open/won/lost by itself; a Won flag is only needed without one
  if (mapping.outcome !== undefined) delete mapping.won;
  return mapping;
}

/**
 * The recognition engine, for any set of fields (the analysis's above, the CRM list's in
 * crm-columns.ts): exact header names first, field by field in order, then "contains" matches of
 * multi-word names (and the `loose` single words), most specific name first.
 */
export function detectColumns<F extends string>(header: readonly string[], fields: readonly F[], names: Record<F, string[]>, loose: ReadonlySet<string>): Partial<Record<F, number>> {
  const keys = header.map(key);
  const used = new Set<number>();
  const mapping: Partial<Record<F, number>> = {};
  const take = (field: F, index: number) => {
    mapping[field] = index;
    used.add(index);
  };
  for (const field of fields) {
    const i = names[field].map((name) => keys.findIndex((k, j) => !used.has(j) && k === name)).find((j) => j >= 0);
    if (i !== undefined) take(field, i);
  }
  // "last funding stage (crunchbase)" is a funding stage before it is a "stage"
  const contains = fields.flatMap((f) => names[f].filter((n) => n.includes(' ') || loose.has(n)).map((n): [F, string] => [f, n])).sort((a, b) => b[1].split(' ').length - a[1].split(' ').length);
  for (const [field, name] of contains) {
    if (mapping[field] !== undefined) continue;
    const i = keys.findIndex((k, j) => !used.has(j) && ` ${k} `.includes(` ${name} `));
    if (i >= 0) take(field, i);
  }
  return mapping;
}

/** A column by header name (any case and spacing) or by 1-based number; null when none matches. */
export function findColumn(header: readonly string[], wanted: string): number | null {
  const k = key(wanted);
  const i = header.findIndex((h) => key(h) === k);
  if (i >= 0) return i;
  const n = /^\d+$/.test(wanted.trim()) ? Number(wanted) : 0;
  return n >= 1 && n <= header.length ? n - 1 : null;
}

// Checked in order: "Closed Lost" and "former customer" must not read as won.
const LOST = /\b(lost|closedlost|churn(ed)?|cancel(l)?ed|former customer|disqualified|closed lost|no deal|rejected|dead)\b/;
const WON = /\b(won|closedwon|customer|signed|closed won|evangelist|active|live|renewed)\b/;
const BAD_FIT = /\bbad fit\b/;
const GOOD_FIT = /\bgood fit\b/;

/**
 * Stage or outcome text → status; blank → null (the row is skipped and reported); anything else
 * is open. A yes/no cell in a column chosen as the outcome reads as won / lost.
 */
export function outcomeOf(text: string): OutcomeStatus | null {
  const k = key(text);
  if (!k) return null;
  const flag = /^(true|yes|false|no)$/.test(k) ? flagOf(k) : null;
  if (flag !== null) return flag ? 'won' : 'lost';
  if (BAD_FIT.test(k)) return 'bad-fit';
  if (GOOD_FIT.test(k)) return 'good-fit';
  if (LOST.test(k)) return 'lost';
  if (WON.test(k)) return 'won';
  return 'open';
}

/** "true", "yes", "1", "x" → true; "false", "no", "0" → false; blank or anything else → null. */
export function flagOf(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (/^(true|yes|y|1|x|won|closed)$/.test(t)) return true;
  if (/^(false|no|n|0|open)$/.test(t)) return false;
  return null;
}

/** Outcome from a Salesforce-style Won flag, with the Closed flag when there is one. */
export function outcomeOfFlags(won: string, closed: string | undefined): OutcomeStatus | null {
  const w = flagOf(won);
  if (w === null) return null;
  if (w) return 'won';
  if (closed === undefined) return 'lost';
  const c = flagOf(closed);
  return c === null ? null : c ? 'lost' : 'open';
}
