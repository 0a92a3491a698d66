// What `icp analyze` prints: a table for people, or one JSON object for scripts.
import { ATTRIBUTE_LABELS } from '../lib/insights/attributes';
import { FIELD_LABELS, FIELDS } from '../lib/insights/columns';
import type { AnalyseResult, ReadResult } from '../lib/insights/pipeline';
import { CONFIDENCE_TEXT, importNotes, liftText, pct, skippedLines } from '../lib/insights/summary';
import type { CommandIo } from './command';

type Read = Extract<ReadResult, { ok: true }>;
type Analysed = Extract<AnalyseResult, { ok: true }>;


export function jsonReport(file: string, csv: Read, r: Analysed): Record<string, unknown> {
  const mapping = Object.fromEntries(FIELDS.filter((f) => csv.mapping[f] !== undefined).map((f) => [f, csv.header[csv.mapping[f]!]]));
  const draft = r.draft.ok ? { ok: true, separation: r.draft.separation, notes: r.draft.notes, playbook: r.draft.playbook } : { ok: false, message: r.draft.message };
  return { file, delimiter: csv.delimiter, mapping, counts: r.analysis.counts, baseline: r.analysis.baseline, warnings: [...csv.notes, ...r.analysis.warnings], patterns: r.analysis.patterns, import: r.report, draft };
}

interface PrintInput {
  file: string;
  csv: Read;
  result: Analysed;
  top: number;
  out?: string;
}

export function printReport(io: CommandIo, { file, csv, result, top, out }: PrintInput): void {
  const { analysis: a, report, draft } = result;
  const sep = csv.delimiter === '\t' ? 'tab' : `"${csv.delimiter}"`;
  io.out(`${file}: ${report.rows.toLocaleString('en-US')} rows (separated by ${sep}), ${report.used.toLocaleString('en-US')} used, ${(report.rows - report.used).toLocaleString('en-US')} skipped`);
  io.out(`columns: ${FIELDS.filter((f) => csv.mapping[f] !== undefined).map((f) => `${FIELD_LABELS[f]} ← "${csv.header[csv.mapping[f]!]}"`).join(', ')}`);
  io.out(`compared: ${a.counts.positive} won with ${a.baseline === 'open' ? `${a.counts.open} open` : `${a.counts.negative} lost`}${a.baseline === 'lost' && a.counts.open ? ` (${a.counts.open} open ignored)` : ''}`);
  const warnings = [...csv.notes, ...a.warnings];
  if (warnings.length) {
    io.out('');
    for (const w of warnings) io.out(`warning: ${w}`);
  }
  io.out('');
  printPatterns(io, result, top);
  const notes = [...skippedLines(report), ...importNotes(report)];
  if (notes.length) {
    io.out('');
    for (const n of notes) io.out(n);
  }
  io.out('');
  if (!draft.ok) return io.out(`no draft: ${draft.message}`);
  const icp = draft.playbook.icps[0]!;
  io.out(`draft ICP "${icp.name}": ${icp.criteria.length} criteria, ${icp.disqualifiers.length} disqualifier candidates, tiers ${icp.tiers.map((t) => `${t.name} ≥ ${t.min}`).join(', ')}`);
  for (const c of icp.criteria) io.out(`  ${String(c.points).padStart(3)} pts  ${c.label}`);
  for (const d of icp.disqualifiers) io.out(`   DQ      ${d.reason}`);
  for (const n of draft.notes) io.out(`  note: ${n}`);
  io.out(`on this data: ${draft.separation.tiers.map((t) => `${t.name} ${pct(t.shareWon)} of won / ${pct(t.shareLost)} of ${a.baseline}`).join(' · ')}`);
  io.out(out ? `written to ${out} — check it with: npm run --silent icp -- validate ${out}` : 'add --out draft.json to save the draft playbook');
}

function printPatterns(io: CommandIo, { analysis: a }: Analysed, top: number): void {
  if (!a.patterns.length) return io.out('no attribute has enough values to compare');
  const rows = [['attribute', 'value', 'won', 'lost', 'lift', 'evidence']];
  for (const p of a.patterns.slice(0, top)) {
    rows.push([ATTRIBUTE_LABELS[p.attribute], p.label, `${pct(p.shareWon)} (${p.won})`, `${pct(p.shareLost)} (${p.lost})`, liftText(p.lift), CONFIDENCE_TEXT[p.confidence]]);
  }
  const widths = rows[0]!.map((_, c) => Math.min(40, Math.max(...rows.map((r) => r[c]!.length))));
  const line = (r: string[]) => r.map((cell, c) => (cell.length > widths[c]! ? cell.slice(0, widths[c]! - 1) + '…' : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  io.out(line(rows[0]!));
  io.out(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) io.out(line(r));
  if (a.patterns.length > top) io.out(`… ${a.patterns.length - top} more (--top ${a.patterns.length}, or --format json)`);
  io.out(`won / ${a.baseline}: share of those accounts with the value (count). lift: how many times more common among won. evidence: how unlikely the difference is by chance.`);
}
