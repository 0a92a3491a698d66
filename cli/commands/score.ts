// `icp score --playbook <file.json> [--today YYYY-MM-DD] [--persona id|title] [--crm <export.csv> [--me "<name>, …"]] [--format json|table] <accounts>`:
// the extension's engine on a file of accounts, one JSON result per account (JSON Lines), in input order.
// With --crm, each result says whether the company is already in the team's CRM list (cli/crm.ts);
// --me is the rep's "Your name in the CRM", for the playbook's "me" / "someone-else" rules.
// Accounts may be plain facts, or rows and pages as `icp extract` prints them (a list page's rows).
import { extname } from 'node:path';
import { parsePlaybookText, MAX_PLAYBOOK_BYTES } from '../../lib/playbook/validate';
import { starterPlaybookText } from '../../lib/playbook/templates';
import { compilePlaybook, scoreAccount, type AccountResult, type CompiledPlaybook } from '../../lib/scoring';
import { parseAccounts, type AccountInput } from '../accounts';
import { parseArgs } from '../args';
import { unwrapExtracted } from '../list-rows';
import type { Command, CommandIo } from '../command';
import { readText } from '../read-file';
import { localToday } from '../../lib/facts/calendar';
import { crmCells, crmOf, loadCrm, CRM_TABLE_HEADER, type CrmColumns } from '../crm';
import type { CrmIndex } from '../../lib/insights/crm-match';
import { crmAdvice } from '../../lib/playbook/crm-rules';
import { parseMeAliases } from '../../lib/playbook/crm-me';

const USAGE = 'usage: npm run --silent icp -- score --playbook <file.json> [--today YYYY-MM-DD] [--persona <id|title>] [--crm <export.csv> [--me "<name>, <email>"]] [--format json|table] <facts.json|facts.jsonl|rows.jsonl|accounts.csv>';
const MAX_INPUT_BYTES = 512 * 1024 * 1024;
const KINDS: Record<string, 'json' | 'jsonl' | 'csv'> = { '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv' };

interface Scored {
  index: number;
  label?: string;
  result?: AccountResult;
  crm?: CrmColumns;
  /** a "me" / "someone-else" rule was left out for want of --me */
  needsMe?: boolean;
  issues: string[];
  error?: string;
}

const score: Command = async (args, io) => {
  const parsed = parseArgs(args, ['playbook', 'today', 'persona', 'format', 'crm', 'me']);
  const [input, ...extra] = parsed.positionals;
  const format = parsed.options.get('format') ?? 'json';
  const today = parsed.options.get('today') ?? localToday();
  const problem =
    parsed.error ??
    (!input || extra.length ? 'give exactly one accounts file' : undefined) ??
    (!['json', 'table'].includes(format) ? `--format must be json or table, not "${format}"` : undefined) ??
    (!isDate(today) ? `--today must be a date YYYY-MM-DD, not "${today}"` : undefined) ??
    meProblem(parsed.options) ??
    (!Object.hasOwn(KINDS, extname(input!).toLowerCase()) ? `${input}: use a .json, .jsonl or .csv file` : undefined);
  if (problem) return usageError(io, problem);
  const playbook = loadPlaybook(parsed.options.get('playbook'), io);
  if (!playbook) return 1;
  const crmFile = parsed.options.get('crm');
  const index = crmFile ? loadCrm(crmFile, io) : undefined;
  if (index === null) return 1;
  const crm = index ? { index, me: parseMeAliases(parsed.options.get('me') ?? '') } : undefined;
  const read = readText(input!, MAX_INPUT_BYTES);
  if (!read.ok) return usageError(io, read.message);
  const kind = KINDS[extname(input!).toLowerCase()]!;
  // rows and pages as `icp extract` prints them are accounts too (cli/list-rows.ts)
  const extracted = kind === 'csv' ? { text: read.text, labels: new Map<number, string>() } : unwrapExtracted(read.text, kind);
  const accounts = parseAccounts(extracted.text, kind);
  if (!accounts.ok) return usageError(io, `${input}: ${accounts.message}`);
  for (const w of accounts.warnings) io.err(`warning: ${w}`);
  const persona = parsed.options.get('persona');
  const scored = accounts.accounts.map((a): Scored => ('error' in a ? { index: a.index, issues: [], error: a.error } : scoreOne(a, playbook, today, persona, crm)));
  for (const s of scored) s.label = extracted.labels.get(s.index) ?? s.label;
  if (scored.some((s) => s.needsMe)) io.err('warning: crm: the playbook\'s CRM rules for "me" / "someone-else" need --me "<your name in the CRM>": without it they were not applied');
  if (format === 'table') printTable(scored, io, !!crm);
  else for (const s of scored) io.out(JSON.stringify(jsonLine(s)));
  const failed = scored.filter((s) => s.error);
  for (const f of failed) io.err(`error: ${f.error}`);
  return failed.length ? 1 : 0;
};
export default score;

function usageError(io: CommandIo, message: string): number {
  io.err(`icp score: ${message}`);
  io.err(USAGE);
  return 1;
}

function loadPlaybook(file: string | undefined, io: CommandIo): CompiledPlaybook | null {
  const read = file ? readText(file, MAX_PLAYBOOK_BYTES) : { ok: true as const, text: starterPlaybookText };
  if (!read.ok) return void io.err(`icp score: ${read.message}`), null;
  const parsed = parsePlaybookText(read.text);
  if (parsed.ok) return compilePlaybook(parsed.playbook);
  io.err(`icp score: ${file} is not a valid playbook (run: npm run --silent icp -- validate ${file})`);
  for (const p of parsed.errors.slice(0, 20)) io.err(`  ${p.path || '(file)'}: ${p.message}`);
  return null;
}

function scoreOne(a: AccountInput, playbook: CompiledPlaybook, today: string, persona: string | undefined, crm: { index: CrmIndex; me: string[] } | undefined): Scored {
  const result = scoreAccount({ facts: a.facts, answers: a.answers, person: a.title ? { title: a.title } : undefined, personaId: a.persona ?? persona }, playbook, { today });
  if (!crm) return { index: a.index, label: a.label, result, issues: a.issues };
  const found = crmOf(crm.index, a.facts);
  // the playbook's CRM rules, as the side panel applies them: the rule's action replaces the tier's
  const advice = crmAdvice(playbook.playbook.crm, found, crm.me);
  const advised = advice?.action ? { ...result, results: result.results.map((r) => ({ ...r, action: advice.action })) } : result;
  return { index: a.index, label: a.label, result: advised, issues: a.issues, crm: advice?.mark ? { ...found, mark: advice.mark } : found, needsMe: advice?.needsMe };
}

// --me names the rep in the CRM list: it means nothing without --crm, and must name someone
function meProblem(options: Map<string, string>): string | undefined {
  const me = options.get('me');
  if (me === undefined) return undefined;
  if (!options.has('crm')) return '--me is for the CRM rules: give --crm <export.csv> too';
  return parseMeAliases(me).length ? undefined : '--me needs a name or an email, e.g. --me "Dana Lee, dana.lee@acme.com"';
}

function jsonLine(s: Scored): Record<string, unknown> {
  const account = { index: s.index, ...(s.label ? { name: s.label } : {}) };
  if (s.error || !s.result) return { account, error: s.error };
  return { account, ...s.result, ...(s.crm ? { crm: s.crm } : {}), ...(s.issues.length ? { issues: s.issues } : {}) };
}

function printTable(scored: Scored[], io: CommandIo, withCrm: boolean): void {
  const rows: string[][] = [['#', 'account', 'ICP', 'tier', 'score', 'range', 'coverage', 'fit', 'timing', 'segment', 'persona', ...(withCrm ? CRM_TABLE_HEADER : [])]];
  for (const s of scored) {
    if (!s.result) {
      rows.push([String(s.index), s.label ?? '', `error: ${s.error}`]);
      continue;
    }
    s.result.results.forEach((r, i) => {
      const n = (v: number | null) => (v === null ? '–' : String(v));
      const tier = `${r.tier ?? '–'}${r.provisional ? '?' : ''}${r.cappedBy ? '↓' : ''}`;
      const persona = i === 0 ? (s.result!.persona?.name ?? '') : '';
      rows.push([i === 0 ? String(s.index) : '', i === 0 ? (s.label ?? '') : '', r.icpName, tier, n(r.score), `${r.range[0]}–${r.range[1]}`, `${Math.round(r.coverage * 100)}%`, n(r.fit), n(r.timing), r.segment?.name ?? '', persona, ...(i === 0 ? crmCells(s.crm) : [])]);
    });
  }
  const widths = rows[0]!.map((_, c) => Math.min(48, Math.max(...rows.map((r) => (r[c] ?? '').length))));
  const line = (r: string[]) => r.map((cell, c) => (cell.length > widths[c]! ? cell.slice(0, widths[c]! - 1) + '…' : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  io.out(line(rows[0]!));
  io.out(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) io.out(line(r));
  io.out('');
  io.out('? provisional (low coverage)   ↓ capped by a missed required criterion   DQ disqualified');
}

function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).toISOString().slice(0, 10) === s;
}

