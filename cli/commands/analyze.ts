// `icp analyze <deals.csv> [--outcome-column X] [--out draft.json] [--format json|table] [--playbook base.json] [--today D] [--top N]`:
// what sets won accounts apart in a CRM export, and a draft playbook built from it.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { FIELDS, findColumn } from '../../lib/insights/columns';
import { CSV_LIMITS } from '../../lib/insights/csv';
import { analyseRows, readCrmCsv } from '../../lib/insights/pipeline';
import { starterPlaybook } from '../../lib/playbook/templates';
import { parsePlaybookText, MAX_PLAYBOOK_BYTES } from '../../lib/playbook/validate';
import type { Playbook } from '../../lib/playbook/schema';
import { parseArgs } from '../args';
import type { Command, CommandIo } from '../command';
import { readText } from '../read-file';
import { jsonReport, printReport } from '../analyze-report';
import { localToday } from '../../lib/facts/calendar';

const USAGE = 'usage: npm run --silent icp -- analyze <deals.csv> [--outcome-column <header>] [--out draft.json] [--format table|json] [--playbook <base.json>] [--today YYYY-MM-DD] [--top N]';

const analyzeCommand: Command = async (args, io) => {
  const parsed = parseArgs(args, ['outcome-column', 'out', 'format', 'playbook', 'today', 'top']);
  const [input, ...extra] = parsed.positionals;
  const format = parsed.options.get('format') ?? 'table';
  const today = parsed.options.get('today') ?? localToday();
  const top = Number(parsed.options.get('top') ?? 20);
  const problem =
    parsed.error ??
    (!input || extra.length ? 'give exactly one CSV file' : undefined) ??
    (!['json', 'table'].includes(format) ? `--format must be table or json, not "${format}"` : undefined) ??
    (!/^\d{4}-\d{2}-\d{2}$/.test(today) ? `--today must be a date YYYY-MM-DD, not "${today}"` : undefined) ??
    (!Number.isInteger(top) || top < 1 ? '--top must be a whole number above 0' : undefined);
  if (problem) return usageError(io, problem);
  const base = loadBase(parsed.options.get('playbook'), io);
  if (!base) return 1;
  const read = readText(input!, CSV_LIMITS.maxChars);
  if (!read.ok) return usageError(io, read.message);
  const csv = readCrmCsv(read.text);
  if (!csv.ok) return usageError(io, `${input}: ${csv.message}`);
  const outcomeColumn = parsed.options.get('outcome-column');
  if (outcomeColumn !== undefined) {
    const i = findColumn(csv.header, outcomeColumn);
    if (i === null) return usageError(io, `--outcome-column "${outcomeColumn}" is not a column of ${input} (columns: ${csv.header.map((h) => `"${h}"`).join(', ')})`);
    // the column chosen for the outcome is no longer anything else
    for (const f of FIELDS) if (csv.mapping[f] === i) delete csv.mapping[f];
    csv.mapping.outcome = i;
    delete csv.mapping.won;
  }
  const result = analyseRows(csv.header, csv.rows, csv.mapping, { today, source: basename(input!), base });
  if (!result.ok) return usageError(io, `${input}: ${result.message} — name it with --outcome-column`);
  const out = parsed.options.get('out');
  if (out && result.draft.ok) writeFileSync(out, result.draft.text);
  if (format === 'json') io.out(JSON.stringify(jsonReport(input!, csv, result)));
  else printReport(io, { file: input!, csv, result, top, out: out && result.draft.ok ? out : undefined });
  if (out && !result.draft.ok) {
    io.err(`icp analyze: no draft written to ${out}: ${result.draft.message}`);
    return 1;
  }
  return 0;
};
export default analyzeCommand;

function usageError(io: CommandIo, message: string): number {
  io.err(`icp analyze: ${message}`);
  io.err(USAGE);
  return 1;
}

/** The playbook whose personas the draft keeps: --playbook, else the starter (what a new install uses). */
function loadBase(file: string | undefined, io: CommandIo): Playbook | null {
  if (!file) return starterPlaybook();
  const read = readText(file, MAX_PLAYBOOK_BYTES);
  if (!read.ok) return void io.err(`icp analyze: ${read.message}`), null;
  const parsed = parsePlaybookText(read.text);
  if (parsed.ok) return parsed.playbook;
  io.err(`icp analyze: ${file} is not a valid playbook (run: npm run --silent icp -- validate ${file})`);
  return null;
}

