import { domainKey, linkedinKey, salesNavKey } from '../accounts/identity';
import { matchWords } from '../facts/text';
import type { CrmRow } from './crm-snapshot';

/**
 * "Is this account already in our CRM?" — one matcher for the extension and `icp score --crm`.
 * The snapshot is indexed once (a map per kind of key), so each account costs a few lookups.
 * Routes in order of trust: the registrable domain, the LinkedIn company page, the Sales
 * Navigator id, and only then the exact normalised name, which is labelled as such because two
 * companies can share a name.
 */
export type CrmMatchedBy = 'domain' | 'linkedin' | 'salesNav' | 'name';

export interface CrmMatch {
  matched: boolean;
  matchedBy: CrmMatchedBy | null;
  name: string | null;
  owner: string | null;
  stage: string | null;
  lastActivity: string | null;
}

export interface CrmIndex {
  rows: readonly CrmRow[];
  /** identity key (domain:, li:, sn:) → row index; the first row with a key keeps it */
  byKey: ReadonlyMap<string, number>;
  byName: ReadonlyMap<string, number>;
}

/** What is known of the account: its identity keys (lib/accounts/identity.ts) and its name. */
export interface CrmQuery {
  keys: readonly string[];
  name?: string | null;
}

export const NOT_IN_CRM: CrmMatch = { matched: false, matchedBy: null, name: null, owner: null, stage: null, lastActivity: null };

const ROUTES: [CrmMatchedBy, string][] = [
  ['domain', 'domain:'],
  ['linkedin', 'li:'],
  ['salesNav', 'sn:'],
];

export function indexCrm(rows: readonly CrmRow[]): CrmIndex {
  const byKey = new Map<string, number>();
  const byName = new Map<string, number>();
  rows.forEach((row, i) => {
    for (const k of row.keys) if (!byKey.has(k)) byKey.set(k, i);
    const n = nameKey(row.name);
    if (n && !byName.has(n)) byName.set(n, i);
  });
  return { rows, byKey, byName };
}

export function matchCrm(index: CrmIndex, query: CrmQuery): CrmMatch {
  for (const [by, prefix] of ROUTES) {
    for (const k of query.keys) {
      if (!k.startsWith(prefix)) continue;
      const i = index.byKey.get(k);
      if (i !== undefined) return found(index.rows[i]!, by);
    }
  }
  const n = nameKey(query.name);
  const i = n ? index.byName.get(n) : undefined;
  return i === undefined ? NOT_IN_CRM : found(index.rows[i]!, 'name');
}

function found(row: CrmRow, matchedBy: CrmMatchedBy): CrmMatch {
  return { matched: true, matchedBy, name: row.name || null, owner: row.owner ?? null, stage: row.stage ?? null, lastActivity: row.lastActivity ?? null };
}

/** The query for a facts object as the CLI reads it (`{domain: {value}}`…). */
export function crmQueryOfFacts(facts: Partial<Record<string, { value?: unknown } | undefined>>): CrmQuery {
  const text = (name: string): string | undefined => {
    const v = facts[name]?.value;
    return typeof v === 'string' ? v : undefined;
  };
  const keys = [domainKey(text('domain')), domainKey(text('website')), linkedinKey(text('linkedinUrl')), salesNavKey(text('salesNavUrl'))];
  return { keys: keys.filter((k): k is string => k !== null), name: text('name') ?? null };
}

// Legal forms at the end of a name: "Acme Inc." and "ACME" are the same name, "Acme Labs" is not.
const LEGAL = new Set(['inc', 'incorporated', 'llc', 'ltd', 'limited', 'gmbh', 'ag', 'sa', 'sas', 'sarl', 'bv', 'nv', 'plc', 'corp', 'corporation', 'co', 'oy', 'ab', 'as', 'srl', 'spa', 'pty', 'kg', 'lp', 'llp', 'se']);

/** "ACME, Inc." → "acme": folded words without a trailing legal form; '' when nothing is left. */
export function nameKey(name: string | null | undefined): string {
  const words = matchWords(name ?? '', 200);
  while (words.length > 1 && LEGAL.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}
