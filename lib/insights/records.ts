import { normaliseIndustry } from '../facts/industry';
import { currenciesIn, parseMoneyWithCurrency } from '../facts/money';
import { toScoringFacts } from '../scoring/plain-facts';
import type { ScoringFacts } from '../scoring/facts';
import { FIELD_LABELS, outcomeOf, outcomeOfFlags, type ColumnMapping, type Field } from './columns';
import { dateOrderOf, isoDate, type DateOrder } from './dates';
import type { OutcomeRecord, OutcomeStatus } from './record';

/** Why rows were left out and which values could not be read: shown to the manager, not hidden. */
export interface ImportReport {
  rows: number;
  used: number;
  /** the first skipped rows (spreadsheet row numbers: the header is row 1) */
  skipped: { row: number; reason: string }[];
  skippedByReason: { reason: string; count: number }[];
  /** per field, how many cells could not be read and a few examples */
  unreadable: { field: Field; label: string; count: number; examples: string[] }[];
  /** currencies seen in the revenue and amount columns (other than US dollars in revenue, left unknown) */
  currencies: { field: 'revenue' | 'amount'; currency: string; count: number }[];
  /** industries outside LinkedIn's list: compared as written */
  freeTextIndustries: { count: number; examples: string[] };
  /** revenue cells with no currency sign, read as US dollars (the playbook's unit) */
  revenueWithoutCurrency: number;
}

const MAX_LISTED = 500;
const FACT_OF: Partial<Record<Field, string>> = { name: 'name', domain: 'domain', industry: 'industry', employees: 'employees', revenue: 'revenue', country: 'hqCountry', technologies: 'technologies', fundingStage: 'fundingStage' };
const COMPANY_FIELDS: Field[] = ['industry', 'employees', 'revenue', 'country', 'technologies', 'fundingStage'];

class Tally {
  readonly counts = new Map<string, { count: number; examples: string[] }>();
  add(k: string, example?: string): void {
    let e = this.counts.get(k);
    if (!e) this.counts.set(k, (e = { count: 0, examples: [] }));
    e.count++;
    if (example !== undefined && e.examples.length < 3 && !e.examples.includes(example)) e.examples.push(example.slice(0, 80));
  }
}

/** CSV rows → outcome records (facts through the same parsers as page text) and a report of what was left out. */
export function toRecords(header: readonly string[], rows: readonly string[][], mapping: ColumnMapping): { records: OutcomeRecord[]; report: ImportReport } {
  const records: OutcomeRecord[] = [];
  const skipped: ImportReport['skipped'] = [];
  const reasons = new Tally();
  const unreadable = new Tally();
  const currencies = new Tally();
  const freeText = new Tally();
  const cell = (r: readonly string[], f: Field) => (mapping[f] === undefined ? '' : (r[mapping[f]!] ?? '').trim());
  const orders = { createdAt: dateOrderOf(rows, mapping.createdAt), closedAt: dateOrderOf(rows, mapping.closedAt) };
  const reader = new FactReader();
  const outcomes: Outcomes = new Map();
  // the company columns looked up once, not per row (100,000 rows × 6 fields)
  const columns = COMPANY_FIELDS.map((field) => ({ field, name: FACT_OF[field]!, index: mapping[field] }));
  const skip = (row: number, reason: string) => {
    reasons.add(reason);
    if (skipped.length < MAX_LISTED) skipped.push({ row, reason });
  };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const row = i + 2;
    const outcome = outcomeFor(r, mapping, cell, outcomes);
    if (!outcome.status) {
      skip(row, outcome.why);
      continue;
    }
    const facts: ScoringFacts = {};
    let known = 0;
    for (const col of columns) {
      const text = col.index === undefined ? '' : (r[col.index] ?? '').trim();
      if (!text) continue;
      const one = reader.read(col.name, text);
      if (one.fact) {
        facts[col.name] = one.fact;
        known++;
      }
      // each goes to its own tally, in column order as before: the report's order is unchanged
      if (one.bad !== undefined) unreadable.add(col.field, one.bad);
      if (one.currency) currencies.add(`revenue\u0000${one.currency}`);
      if (one.freeText) freeText.add('industry', one.freeText);
      if (one.unmarked) freeText.add('unmarked-revenue');
    }
    if (known === 0) skip(row, 'no company facts (industry, employees, revenue, country, technologies and funding stage are all blank or unreadable)');
    else records.push(recordOf(r, row, outcome.status, facts, cell, orders, currencies));
  }
  return { records, report: reportOf(rows.length, records.length, skipped, reasons, unreadable, currencies, freeText) };
}

type Cell = (r: readonly string[], f: Field) => string;

const NO_STAGE = 'no outcome (the stage cell is blank)';

/** Stage text → status, for one file: its keys are cells the rows already hold, so it needs no cap. */
type Outcomes = Map<string, OutcomeStatus | null>;

function outcomeFor(r: readonly string[], mapping: ColumnMapping, cell: Cell, outcomes: Outcomes): { status: OutcomeStatus | null; why: string } {
  if (mapping.outcome !== undefined) {
    const text = cell(r, 'outcome');
    // a stage column holds a dozen spellings across 100,000 rows, and reading one runs ~6 regexes
    let status = outcomes.get(text);
    if (status === undefined) outcomes.set(text, (status = outcomeOf(text)));
    return { status, why: NO_STAGE };
  }
  const won = cell(r, 'won');
  const status = outcomeOfFlags(won, mapping.closed === undefined ? undefined : cell(r, 'closed'));
  return { status, why: won ? `the Won cell "${won.slice(0, 40)}" is not yes/no` : 'no outcome (the Won cell is blank)' };
}

/** Dates repeat (a few hundred days across 100,000 deals): read each text once. */
const dates = {
  // one map per date order: a key made per row ("order + text") cost a string and its hash each time
  memo: new Map<DateOrder, Map<string, string | undefined>>(),
  read(text: string, order: DateOrder): string | undefined {
    let byText = this.memo.get(order);
    if (!byText) this.memo.set(order, (byText = new Map()));
    if (byText.has(text)) return byText.get(text);
    const v = isoDate(text, order);
    if (byText.size > 20_000) byText.clear();
    byText.set(text, v);
    return v;
  },
};

function recordOf(r: readonly string[], row: number, outcome: OutcomeStatus, facts: ScoringFacts, cell: Cell, orders: Record<'createdAt' | 'closedAt', DateOrder>, currencies: Tally): OutcomeRecord {
  const rec: OutcomeRecord = { id: `row:${row}`, facts, outcome };
  const name = cell(r, 'name');
  if (name) rec.name = name.slice(0, 200);
  const domain = cell(r, 'domain');
  if (domain) rec.domain = domain.slice(0, 253);
  const amount = amountOf(cell(r, 'amount'));
  if (amount) {
    rec.value = amount.amount;
    if (amount.currency) {
      rec.currency = amount.currency;
      currencies.add(`amount\u0000${amount.currency}`);
    }
  }
  const opened = dates.read(cell(r, 'createdAt'), orders.createdAt);
  if (opened) rec.openedAt = opened;
  const closed = dates.read(cell(r, 'closedAt'), orders.closedAt);
  if (closed) rec.closedAt = closed;
  return rec;
}

type OneFact = { fact?: ScoringFacts[string]; bad?: string; currency?: string; freeText?: string; unmarked?: boolean };

/** Cell-by-cell, memoised per column: CRM columns repeat the same few values across 100,000 rows. */
class FactReader {
  private memo = new Map<string, Map<string, OneFact>>();

  read(name: string, text: string): OneFact {
    let byText = this.memo.get(name);
    if (!byText) this.memo.set(name, (byText = new Map()));
    let one = byText.get(text);
    if (!one) {
      one = readOne(name, text);
      if (byText.size < 20_000) byText.set(text, one);
    }
    return one;
  }
}

function readOne(name: string, text: string): OneFact {
  // revenue in another currency stays unknown: a euro is never counted as a dollar
  const currencies = name === 'revenue' ? currenciesIn(text) : [];
  const foreign = currencies.filter((c) => c !== 'USD');
  if (foreign.length) return { currency: foreign[0] };
  const value: unknown = name === 'technologies' ? text.split(/[;,|]/).map((t) => t.trim()).filter(Boolean).slice(0, 200).map((t) => t.slice(0, 200)) : text;
  const { facts, issues } = toScoringFacts({ [name]: value });
  if (issues.length) return { bad: text };
  const fact = facts[name];
  const freeText = name === 'industry' && typeof fact?.value === 'string' && !normaliseIndustry(fact.value) ? fact.value : undefined;
  return { fact, freeText, unmarked: name === 'revenue' && currencies.length === 0 };
}

/** "$1.2M" → 1200000 USD; "1,200,000" → 1200000 with no currency (none is assumed); unreadable → null. */
export function amountOf(text: string): { amount: number; currency?: string } | null {
  if (!text) return null;
  // a plain number ("1,200,000", "5000.50") names no currency, and none is assumed
  if (/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(text)) {
    // the same bound as an amount with a currency: 400 digits are not a deal (and two near 1e308 sum to ∞)
    const amount = Number(text.replace(/,/g, ''));
    return amount <= Number.MAX_SAFE_INTEGER ? { amount } : null;
  }
  return parseMoneyWithCurrency(text);
}

function reportOf(rows: number, used: number, skipped: ImportReport['skipped'], reasons: Tally, unreadable: Tally, currencies: Tally, freeText: Tally): ImportReport {
  const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
  return {
    rows,
    used,
    skipped,
    skippedByReason: [...reasons.counts].map(([reason, e]) => ({ reason, count: e.count })).sort(byCount),
    unreadable: [...unreadable.counts].map(([field, e]) => ({ field: field as Field, label: FIELD_LABELS[field as Field], count: e.count, examples: e.examples })).sort(byCount),
    currencies: [...currencies.counts].map(([k, e]) => {
      const [field, currency] = k.split('\u0000') as ['revenue' | 'amount', string];
      return { field, currency, count: e.count };
    }).sort(byCount),
    freeTextIndustries: { count: freeText.counts.get('industry')?.count ?? 0, examples: freeText.counts.get('industry')?.examples ?? [] },
    revenueWithoutCurrency: freeText.counts.get('unmarked-revenue')?.count ?? 0,
  };
}
