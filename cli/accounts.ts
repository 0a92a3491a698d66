// Accounts for `icp score`: a facts object (.json, one object or an array), JSON Lines (.jsonl), or
// a CSV whose headers are fact names. Besides facts, an account may carry `title` (the person's
// job title, for the persona), `persona` (a persona id) and answers (`answers` object in JSON,
// `answers.<criterion id>` columns in CSV, yes/no).
import { toScoringFacts, type Answers, type ScoringFacts } from '../lib/scoring';
import { FactValueSchemas } from '../lib/scoring/facts';
import { parseDelimited } from '../lib/insights/csv';

export interface AccountInput {
  /** 1-based position in the input (line for JSONL, row for CSV, item for JSON) */
  index: number;
  label?: string;
  facts: ScoringFacts;
  answers: Answers;
  title?: string;
  persona?: string;
  issues: string[];
}
export type AccountsResult = { ok: true; accounts: (AccountInput | { index: number; error: string })[]; warnings: string[] } | { ok: false; message: string };

const EXTRA = new Set(['title', 'persona', 'answers']);

export function parseAccounts(text: string, kind: 'json' | 'jsonl' | 'csv'): AccountsResult {
  if (kind === 'csv') return fromCsv(text);
  if (kind === 'jsonl') {
    const lines = text.split(/\r?\n/).map((l, i) => ({ l: l.trim(), i: i + 1 })).filter((x) => x.l !== '');
    return { ok: true, accounts: lines.map(({ l, i }) => fromJsonText(l, i)), warnings: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${e instanceof Error ? e.message : 'parse error'}` };
  }
  const items = Array.isArray(json) ? json : [json];
  return { ok: true, accounts: items.map((item, i) => fromObject(item, i + 1)), warnings: [] };
}

function fromJsonText(line: string, index: number): AccountInput | { index: number; error: string } {
  try {
    return fromObject(JSON.parse(line), index);
  } catch (e) {
    return { index, error: `line ${index}: not valid JSON (${e instanceof Error ? e.message : 'parse error'})` };
  }
}

function fromObject(item: unknown, index: number): AccountInput | { index: number; error: string } {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return { index, error: `account ${index}: not a JSON object` };
  const obj = item as Record<string, unknown>;
  const plain = Object.fromEntries(Object.entries(obj).filter(([k]) => !EXTRA.has(k)));
  const { facts, issues } = toScoringFacts(plain);
  const answers: Answers = {};
  const issueText = issues.map((i) => `${i.fact}: ${i.message}`);
  const raw = obj.answers;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [id, v] of Object.entries(raw)) {
      if (typeof v === 'boolean' || v === null) answers[id] = v;
      else issueText.push(`answers.${id}: use true, false or null`);
    }
  } else if (raw !== undefined) issueText.push('answers: use an object {"criterion-id": true}');
  return { index, label: labelOf(facts), facts, answers, title: text(obj.title), persona: text(obj.persona), issues: issueText };
}

function fromCsv(src: string): AccountsResult {
  // the same reader as Analyse customers: `,` `;` tab `|`, BOM, quoted line breaks, capped
  const csv = parseDelimited(src);
  if (!csv.ok) return { ok: false, message: `not a readable CSV: ${csv.message}` };
  // a spreadsheet often has other columns (owner, notes): say so once, not on every row
  const ignored = csv.header.filter((h) => !Object.hasOwn(FactValueSchemas, h) && !EXTRA.has(h) && !h.startsWith('answers.'));
  const skip = new Set(ignored); // looked up per cell: a list's includes() made wide files cubic
  const accounts = csv.rows.map((cells, i) => {
    const obj: Record<string, unknown> = {};
    const answers: Record<string, boolean | null> = {};
    const bad: string[] = [];
    csv.header.forEach((h, j) => {
      const cell = (cells[j] ?? '').trim();
      if (skip.has(h) || h === 'answers') return;
      if (!h.startsWith('answers.')) return void (obj[h] = cell);
      const yes = /^(y|yes|true|1)$/i.test(cell);
      if (yes || /^(n|no|false|0)$/i.test(cell)) answers[h.slice(8)] = yes;
      else if (cell) bad.push(`${h}: use yes or no`);
    });
    const account = fromObject({ ...obj, answers }, i + 1);
    if ('issues' in account) account.issues.push(...bad);
    return account;
  });
  const warnings = ignored.length ? [`ignored ${ignored.length > 1 ? 'columns' : 'column'} ${ignored.map((h) => `"${h}"`).join(', ')}: not ${ignored.length > 1 ? 'fact names' : 'a fact name'}`] : [];
  return { ok: true, accounts, warnings: [...csv.notes, ...warnings] };
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function labelOf(facts: ScoringFacts): string | undefined {
  return text(facts.name?.value) ?? text(facts.domain?.value);
}
