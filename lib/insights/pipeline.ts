import { detectMapping, type ColumnMapping } from './columns';
import { parseDelimited, type Delimiter } from './csv';
import { analyze, type Analysis } from './analyze';
import { draftPlaybook, type DraftOptions, type DraftResult } from './draft';
import type { OutcomeRecord } from './record';
import { toRecords, type ImportReport } from './records';

/**
 * From a CRM export's text to the analysis and the draft, in two steps so a person can change
 * the column mapping in between (the options page's selects, the CLI's --outcome-column).
 */
export type ReadResult = { ok: true; header: string[]; rows: string[][]; delimiter: Delimiter; notes: string[]; mapping: ColumnMapping } | { ok: false; message: string };

export function readCrmCsv(text: string): ReadResult {
  const csv = parseDelimited(text);
  if (!csv.ok) return { ok: false, message: `not a readable CSV: ${csv.message}` };
  if (!csv.rows.length) return { ok: false, message: 'the file has a header but no rows' };
  return { ...csv, mapping: detectMapping(csv.header) };
}

export interface CustomerAnalysis {
  records: OutcomeRecord[];
  report: ImportReport;
  analysis: Analysis;
  draft: DraftResult;
}

export type AnalyseResult = ({ ok: true } & CustomerAnalysis) | { ok: false; message: string };

export function analyseRows(header: readonly string[], rows: readonly string[][], mapping: ColumnMapping, opts: DraftOptions): AnalyseResult {
  if (mapping.outcome === undefined && mapping.won === undefined) {
    return { ok: false, message: `no column says whether a deal was won: pick the outcome or stage column (columns: ${header.slice(0, 30).map((h) => `"${h}"`).join(', ')})` };
  }
  const { records, report } = toRecords(header, rows, mapping);
  const analysis = analyze(records);
  return { ok: true, records, report, analysis, draft: draftPlaybook(analysis, records, opts) };
}
