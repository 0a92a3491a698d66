// `icp score --crm <export.csv>`: the team's CRM list (a HubSpot companies export, a Salesforce
// accounts report), matched to each scored account by the extension's own matcher, so RevOps can
// drop the companies already in the CRM from a prospect list before importing it.
import { crmQueryOfFacts, indexCrm, matchCrm, type CrmIndex } from '../lib/insights/crm-match';
import type { CrmColumns } from '../lib/insights/crm-export';
import { CRM_FIELD_LABELS, CRM_FIELDS } from '../lib/insights/crm-columns';
import { buildCrmSnapshot, readCrmExport } from '../lib/insights/crm-snapshot';
import { CSV_LIMITS } from '../lib/insights/csv';
import type { ScoringFacts } from '../lib/scoring';
import type { CommandIo } from './command';
import { readText } from './read-file';

/** The export, indexed; null after saying why on stderr. Column choices and caps hit go to stderr. */
export function loadCrm(file: string, io: CommandIo): CrmIndex | null {
  const read = readText(file, CSV_LIMITS.maxChars);
  if (!read.ok) return void io.err(`icp score: --crm ${read.message}`), null;
  const csv = readCrmExport(read.text);
  if (!csv.ok) return void io.err(`icp score: --crm ${file}: ${csv.message}`), null;
  const built = buildCrmSnapshot(csv.rows, csv.mapping, { importedAt: new Date().toISOString(), source: file });
  if (!built.ok) return void io.err(`icp score: --crm ${file}: ${built.message}`), null;
  const used = CRM_FIELDS.filter((f) => csv.mapping[f] !== undefined).map((f) => `${CRM_FIELD_LABELS[f]} ← "${csv.header[csv.mapping[f]!]}"`);
  io.err(`crm: ${built.snapshot.rows.length} companies from ${file} (${used.join(', ')})`);
  for (const n of csv.notes) io.err(`warning: crm: ${n}`);
  if (built.snapshot.skipped) io.err(`warning: crm: ${built.snapshot.skipped} rows without a name, domain or LinkedIn page were left out`);
  return indexCrm(built.snapshot.rows);
}

/** What `icp score` prints for one account: the issue's `crm: {matched, matchedBy, owner, stage, lastActivity}`. */
export type { CrmColumns };

export function crmOf(index: CrmIndex, facts: ScoringFacts): CrmColumns {
  const m = matchCrm(index, crmQueryOfFacts(facts));
  return { matched: m.matched, matchedBy: m.matchedBy, owner: m.owner, stage: m.stage, lastActivity: m.lastActivity };
}

export const CRM_TABLE_HEADER = ['CRM', 'by', 'owner', 'stage', 'last activity'];

export function crmCells(c: CrmColumns | undefined): string[] {
  if (!c) return [];
  return c.matched ? ['in CRM', c.matchedBy ?? '', c.owner ?? '', c.stage ?? '', c.lastActivity ?? ''] : ['not in CRM', '', '', '', ''];
}
