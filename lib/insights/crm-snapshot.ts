import { z } from 'zod';
import { domainKey, linkedinKey, salesNavKey } from '../accounts/identity';
import { parseCount } from '../facts/numbers';
import { cleanText } from '../facts/text';
import { detectCrmMapping, type CrmField, type CrmMapping } from './crm-columns';
import { parseDelimited, CSV_LIMITS, type Delimiter } from './csv';
import { dateOrderOf, isoDate } from './dates';

/**
 * The team's CRM list as imported from a HubSpot companies export or a Salesforce accounts report
 * (issue 19): per company, the identity keys it can be matched by (the same `domain:` `li:` `sn:`
 * keys accounts use, lib/accounts/identity.ts), its name, owner, stage and last activity. Stored
 * in the browser, replaced by the next import; never a copy of the whole file (only these columns).
 */

export const CRM_MAX_ROWS = CSV_LIMITS.maxRows;
const SHORT = 200;
const MAX_KEYS = 8;

export const CrmRow = z.object({
  name: z.string().max(SHORT),
  keys: z.array(z.string().max(300)).max(MAX_KEYS),
  owner: z.string().max(SHORT).optional(),
  stage: z.string().max(SHORT).optional(),
  /** YYYY-MM-DD */
  lastActivity: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  openDeals: z.number().int().nonnegative().optional(),
  amount: z.string().max(SHORT).optional(),
});
export type CrmRow = z.infer<typeof CrmRow>;

export const CrmSnapshot = z.object({
  /** ISO time of the import: shown wherever the snapshot is used */
  importedAt: z.string().datetime(),
  /** the file's name, as the user picked it */
  source: z.string().max(SHORT),
  rows: z.array(CrmRow).max(CRM_MAX_ROWS),
  /** rows of the file left out (no name and no key to match by) */
  skipped: z.number().int().nonnegative(),
});
export type CrmSnapshot = z.infer<typeof CrmSnapshot>;

export type CrmReadResult = { ok: true; header: string[]; rows: string[][]; delimiter: Delimiter; notes: string[]; mapping: CrmMapping } | { ok: false; message: string };

/** A CRM export's text → header, rows and the guessed mapping (the user may change it before import). */
export function readCrmExport(text: string): CrmReadResult {
  const csv = parseDelimited(text);
  if (!csv.ok) return { ok: false, message: `not a readable CSV: ${csv.message}` };
  if (!csv.rows.length) return { ok: false, message: 'the file has a header but no rows' };
  return { ...csv, mapping: detectCrmMapping(csv.header) };
}

export type SnapshotResult = { ok: true; snapshot: CrmSnapshot } | { ok: false; message: string };

const MATCHABLE: CrmField[] = ['name', 'domain', 'website', 'linkedin', 'salesNav'];

/** Rows and a mapping → the snapshot to store. Rows with neither a name nor a key are skipped and counted. */
export function buildCrmSnapshot(rows: readonly string[][], mapping: CrmMapping, meta: { importedAt: string; source: string }): SnapshotResult {
  if (!MATCHABLE.some((f) => mapping[f] !== undefined)) {
    return { ok: false, message: 'no column to match companies by: pick the company name, domain, website or LinkedIn page column' };
  }
  const order = dateOrderOf(rows, mapping.lastActivity);
  const out: CrmRow[] = [];
  let skipped = 0;
  for (const r of rows.slice(0, CRM_MAX_ROWS)) {
    const row = toRow(r, mapping, order);
    if (row) out.push(row);
    else skipped++;
  }
  const snapshot = { importedAt: meta.importedAt, source: cleanText(meta.source, SHORT) || 'CRM export', rows: out, skipped: skipped + Math.max(0, rows.length - CRM_MAX_ROWS) };
  return { ok: true, snapshot };
}

function toRow(r: readonly string[], mapping: CrmMapping, order: ReturnType<typeof dateOrderOf>): CrmRow | null {
  const cell = (f: CrmField): string => (mapping[f] === undefined ? '' : (r[mapping[f]] ?? ''));
  const keys = rowKeys(cell);
  const name = cleanText(cell('name'), SHORT);
  if (!name && !keys.length) return null;
  const row: CrmRow = { name, keys };
  const owner = cleanText(cell('owner'), SHORT);
  const stage = cleanText(cell('stage'), SHORT);
  const amount = cleanText(cell('amount'), SHORT);
  const lastActivity = isoDate(cell('lastActivity'), order);
  const openDeals = parseCount(cell('openDeals'));
  if (owner) row.owner = owner;
  if (stage) row.stage = stage;
  if (amount) row.amount = amount;
  if (lastActivity) row.lastActivity = lastActivity;
  if (openDeals !== null && Number.isSafeInteger(openDeals)) row.openDeals = openDeals;
  return row;
}

// A HubSpot company may list several domains in one cell ("acme.com; acme.io"): each is a key.
function rowKeys(cell: (f: CrmField) => string): string[] {
  const keys = new Set<string>();
  const found: string[] = [];
  for (const text of [cell('domain'), cell('website')]) {
    for (const part of text.split(/[;,\s]+/).slice(0, MAX_KEYS)) {
      // the website is usually on the domain already read: skip the suffix-list lookup (most of an import's time)
      if (!part || onDomain(part, found)) continue;
      const k = domainKey(part);
      if (!k || keys.has(k)) continue;
      keys.add(k);
      found.push(k.slice('domain:'.length));
    }
  }
  const li = linkedinKey(cell('linkedin').trim());
  if (li) keys.add(li);
  const sn = cell('salesNav').trim();
  const snKey = salesNavKey(sn) ?? (/^[A-Za-z0-9_-]{1,64}$/.test(sn) ? `sn:${sn.toLowerCase()}` : null);
  if (snKey) keys.add(snKey);
  return [...keys].slice(0, MAX_KEYS);
}

/** "https://www.acme.io/x" is on "acme.io": its host is that registrable domain or below it. */
function onDomain(text: string, domains: readonly string[]): boolean {
  if (!domains.length) return false;
  const host = /^(?:https?:\/\/)?([^/?#:@\s]+)/i.exec(text.trim())?.[1]?.toLowerCase().replace(/\.$/, '');
  return !!host && domains.some((d) => host === d || host.endsWith(`.${d}`));
}
