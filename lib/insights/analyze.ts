import { ATTRIBUTE_LABELS, CATEGORY_ATTRIBUTES, CategoryReader, NUMBER_ATTRIBUTES, numberOf, type Attribute, type NumberAttribute } from './attributes';
import { isNegative, isPositive, type OutcomeRecord } from './record';
import { fisherOneSided, logFactorials, nice, quantile } from './stats';
import { bestSplit, type Split } from './split';

/**
 * What sets won (or good-fit) accounts apart from lost (or bad-fit, churned) ones: for every
 * attribute value and numeric range, its share in each group, the lift, the counts, and how
 * much evidence there is. Evidence is a one-sided Fisher exact test, Bonferroni-corrected for
 * the number of patterns tried, so shuffled data reports nothing confident and a 3-account
 * pattern is never "strong".
 */
export type Confidence = 'strong' | 'some' | 'weak';

export interface Pattern {
  attribute: Attribute;
  /** the playbook value: industry label, ISO country, region id, funding stage, technology */
  key: string;
  label: string;
  /** numeric attributes: the range (both ends included; max null = and above) */
  range?: { min: number; max: number | null };
  won: number;
  wonKnown: number;
  lost: number;
  lostKnown: number;
  shareWon: number;
  shareLost: number;
  /** share among won ÷ share among lost (smoothed so a zero never divides) */
  lift: number;
  /** corrected p-value: the chance of a difference this large if the value did not matter */
  p: number;
  confidence: Confidence;
}

export interface Analysis {
  counts: { records: number; won: number; lost: number; open: number; positive: number; negative: number };
  /** what the won accounts are compared with */
  baseline: 'lost' | 'open';
  patterns: Pattern[];
  /** won accounts' p10 / p50 / p90 per numeric attribute, and the range that best separates won from lost (the draft's) */
  numbers: Partial<Record<NumberAttribute, { p10: number; p50: number; p90: number; known: number; split?: Split & { p: number } }>>;
  /** attribute → share of compared records where it is known */
  coverage: Partial<Record<Attribute, number>>;
  warnings: string[];
}

export const MIN_WON = 20;
const MIN_COUNT = 3;
const MAX_PATTERNS = 300;

/** A pattern being counted: how many positive and negative records have it. */
interface Cell {
  attribute: Attribute;
  key: string;
  label: string;
  range?: { min: number; max: number | null };
  a: number;
  b: number;
}

export function analyze(records: readonly OutcomeRecord[]): Analysis {
  const positives = records.filter((r) => isPositive(r.outcome));
  const lostish = records.filter((r) => isNegative(r.outcome));
  const open = records.filter((r) => r.outcome === 'open');
  // a lifecycle export (customers and leads, nobody "lost") still says something: compare with open
  const baseline = lostish.length === 0 && open.length > 0 ? 'open' : 'lost';
  const negatives = baseline === 'open' ? open : lostish;
  const known = new Map<Attribute, [number, number]>();
  const splits = new Map<NumberAttribute, Split>();
  const cells = [...categoryCells(positives, negatives, known), ...numberCells(positives, negatives, known, splits)];
  const lf = logFactorials(positives.length + negatives.length);
  const tested = cells.filter((c) => c.a + c.b >= MIN_COUNT);
  const patterns = tested.map((c) => toPattern(c, known.get(c.attribute)!, tested.length, lf)).sort(byStrength).slice(0, MAX_PATTERNS);
  const counts = { records: records.length, won: count(records, 'won'), lost: count(records, 'lost'), open: open.length, positive: positives.length, negative: lostish.length };
  const total = positives.length + negatives.length;
  const coverage = Object.fromEntries([...known].map(([k, [n1, n0]]) => [k, total ? (n1 + n0) / total : 0]));
  return { counts, baseline, patterns, numbers: withSplits(numberSummaries(positives), splits, lf), coverage, warnings: warningsFor(counts, baseline, coverage) };
}

const count = (rs: readonly OutcomeRecord[], s: string) => rs.reduce((n, r) => n + (r.outcome === s ? 1 : 0), 0);

function categoryCells(pos: readonly OutcomeRecord[], neg: readonly OutcomeRecord[], known: Map<Attribute, [number, number]>): Cell[] {
  const reader = new CategoryReader();
  const out: Cell[] = [];
  for (const attribute of CATEGORY_ATTRIBUTES) {
    const k: [number, number] = [0, 0];
    known.set(attribute, k);
    // one map per attribute, keyed by the value's key: no "attribute + key" string made per value
    const cells = new Map<string, Cell>();
    for (const [group, rs] of [[0, pos], [1, neg]] as const) {
      for (const r of rs) {
        const values = reader.values(r.facts, attribute);
        if (!values) continue;
        k[group]++;
        for (const v of values) {
          let c = cells.get(v.key);
          if (!c) cells.set(v.key, (c = { attribute, key: v.key, label: v.label, a: 0, b: 0 }));
          if (group === 0) c.a++;
          else c.b++;
        }
      }
    }
    for (const c of cells.values()) out.push(c);
  }
  return out;
}

/** Ranges from the quantiles of every compared record's value (5 bins, or 3 when there are few). */
function numberCells(pos: readonly OutcomeRecord[], neg: readonly OutcomeRecord[], known: Map<Attribute, [number, number]>, splits: Map<NumberAttribute, Split>): Cell[] {
  const out: Cell[] = [];
  for (const attribute of NUMBER_ATTRIBUTES) {
    const p = numbersOf(pos, attribute);
    const n = numbersOf(neg, attribute);
    known.set(attribute, [p.length, n.length]);
    const all = ascending([...p, ...n]);
    if (all.length < 2 * MIN_COUNT) continue;
    const split = bestSplit(all, p, n);
    if (split) splits.set(attribute, split);
    const bins = all.length >= 100 ? 5 : 3;
    const edges = [...new Set(Array.from({ length: bins - 1 }, (_, i) => nice(quantile(all, (i + 1) / bins))).filter((e) => e > 0))].sort((x, y) => x - y);
    const bounds = [0, ...edges];
    bounds.forEach((min, i) => {
      const next = bounds[i + 1];
      const range = { min, max: next === undefined ? null : next - 1 };
      const inRange = (xs: readonly number[]) => {
        let k = 0;
        for (const v of xs) if (v >= min && (next === undefined || v < next)) k++;
        return k;
      };
      out.push({ attribute, key: `${min}-${range.max ?? ''}`, label: rangeLabel(attribute, range), range, a: inRange(p), b: inRange(n) });
    });
  }
  return out;
}

function numbersOf(rs: readonly OutcomeRecord[], attribute: NumberAttribute): number[] {
  const out: number[] = [];
  for (const r of rs) {
    const v = numberOf(r.facts, attribute);
    if (v !== null) out.push(v);
  }
  return out;
}

/**
 * Sorted ascending through a Float64Array: several times faster than sort() with a comparator on
 * 100,000 numbers. Copied by index both ways: Array.from and Float64Array.from walk an iterator.
 */
function ascending(xs: readonly number[]): number[] {
  const sorted = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) sorted[i] = xs[i]!;
  sorted.sort();
  const out = new Array<number>(sorted.length);
  for (let i = 0; i < sorted.length; i++) out[i] = sorted[i]!;
  return out;
}

export function rangeLabel(attribute: NumberAttribute, r: { min: number; max: number | null }): string {
  const f = (v: number) => (attribute === 'revenue' ? money(v) : v.toLocaleString('en-US'));
  const unit = attribute === 'revenue' ? ' revenue' : ' employees';
  if (r.max === null) return `${f(r.min)}+${unit}`;
  return r.min === 0 ? `under ${f(r.max + 1)}${unit}` : `${f(r.min)}–${f(r.max)}${unit}`;
}

function money(v: number): string {
  if (v >= 1e9) return `$${+(v / 1e9).toFixed(1)}B`;
  if (v >= 1e6) return `$${+(v / 1e6).toFixed(1)}M`;
  if (v >= 1e3) return `$${+(v / 1e3).toFixed(0)}K`;
  return `$${v}`;
}

function toPattern(c: Cell, [n1, n0]: [number, number], tests: number, lf: Float64Array): Pattern {
  const shareWon = n1 ? c.a / n1 : 0;
  const shareLost = n0 ? c.b / n0 : 0;
  const lift = (c.a + 0.5) / (n1 + 1) / ((c.b + 0.5) / (n0 + 1));
  const raw = n1 && n0 ? fisherOneSided(c.a, c.b, n1, n0, shareWon >= shareLost, lf) : 1;
  const p = Math.min(1, raw * tests);
  const confidence: Confidence = p < 0.001 && c.a + c.b >= 10 ? 'strong' : p < 0.05 && c.a + c.b >= 5 ? 'some' : 'weak';
  return { attribute: c.attribute, key: c.key, label: c.label, ...(c.range ? { range: c.range } : {}), won: c.a, wonKnown: n1, lost: c.b, lostKnown: n0, shareWon, shareLost, lift, p, confidence };
}

const RANK: Record<Confidence, number> = { strong: 0, some: 1, weak: 2 };
function byStrength(x: Pattern, y: Pattern): number {
  return RANK[x.confidence] - RANK[y.confidence] || x.p - y.p || Math.abs(Math.log(y.lift)) - Math.abs(Math.log(x.lift));
}

function numberSummaries(pos: readonly OutcomeRecord[]): Analysis['numbers'] {
  const out: Analysis['numbers'] = {};
  for (const attribute of NUMBER_ATTRIBUTES) {
    const v = ascending(numbersOf(pos, attribute));
    if (v.length >= MIN_COUNT) out[attribute] = { p10: quantile(v, 0.1), p50: quantile(v, 0.5), p90: quantile(v, 0.9), known: v.length };
  }
  return out;
}

/** The best split with its p-value, corrected for every interval compared (a range found by searching must beat chance by more). */
function withSplits(numbers: Analysis['numbers'], splits: ReadonlyMap<NumberAttribute, Split>, lf: Float64Array): Analysis['numbers'] {
  for (const [attribute, s] of splits) {
    const summary = numbers[attribute];
    if (!summary) continue;
    const p = Math.min(1, fisherOneSided(s.won, s.lost, s.wonKnown, s.lostKnown, true, lf) * s.tried);
    summary.split = { ...s, p };
  }
  return numbers;
}

function warningsFor(c: Analysis['counts'], baseline: Analysis['baseline'], coverage: Analysis['coverage']): string[] {
  const w: string[] = [];
  if (c.positive < MIN_WON) w.push(`Only ${c.positive} won account${c.positive === 1 ? '' : 's'} — fewer than ${MIN_WON}: too few to tell a pattern from chance. Treat what follows as a hint and add more closed deals before relying on it.`);
  if (c.negative === 0 && baseline === 'open') w.push('No lost or churned accounts: won accounts are compared with the open ones instead, which says less (some open deals will be won).');
  else if (c.negative === 0) w.push('No lost or churned accounts: there is nothing to compare the won accounts with.');
  else if (c.negative < MIN_WON) w.push(`Only ${c.negative} lost account${c.negative === 1 ? '' : 's'}: the comparison is rough.`);
  for (const [attr, share] of Object.entries(coverage)) if (share > 0 && share < 0.3) w.push(`${ATTRIBUTE_LABELS[attr as Attribute]} is known for only ${Math.round(share * 100)}% of the accounts compared.`);
  return w;
}
