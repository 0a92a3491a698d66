import { fundingStageRank } from '../facts/funding';
import { industryGroupsOf } from '../facts/industry';
import type { Range } from '../facts/model';
import type { FactKind, PlaybookFact } from '../playbook/facts';
import { normaliseCategory, type CompiledTest } from './compile';
import type { Resolved } from './derive';

/** A resolved fact plus the forms tests compare, computed once per account and fact. */
export interface Prepared extends Resolved {
  /** category: normalised key (+ industry groups); list: folded items; hqRegion: regions */
  keys: string[] | null;
  num: number | null;
  band: [number, number] | null;
  rank: number | null;
  /** dates: epoch ms at UTC midnight */
  ms: number | null;
}

/** Open-ended bands ("10,001+") are read as [min, 2 × min] for overlap (docs/scoring.md). */
export function bandBounds(r: Range): [number, number] {
  return [r.min, r.max ?? Math.max(2 * r.min, r.min + 1)];
}

export function prepare(fact: PlaybookFact, kind: FactKind, r: Resolved): Prepared {
  const v = r.value;
  const p: Prepared = { ...r, keys: null, num: null, band: null, rank: null, ms: null };
  if (typeof v === 'number') p.num = v;
  else if (v && typeof v === 'object' && !Array.isArray(v)) p.band = bandBounds(v);
  else if (Array.isArray(v)) p.keys = v.map((x) => normaliseCategory(fact, x));
  else if (typeof v === 'string') {
    const key = normaliseCategory(fact, v);
    p.keys = fact === 'industry' ? [key, ...industryGroupsOf(key)] : [key];
    if (kind === 'stage') p.rank = fundingStageRank(v);
    if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v)) p.ms = Date.parse(`${v}T00:00:00Z`);
  }
  return p;
}

/**
 * One test against one known value → credit 0..1, or null when the value cannot answer the test
 * (unknown is never false). Partial credit: a band partly inside a range, or some of `all`.
 */
export function evaluate(t: CompiledTest, p: Prepared, todayMs: number): number | null {
  if (p.value === null) return noneValue(t);
  switch (t.op) {
    case 'present':
      return Array.isArray(p.value) && p.value.length === 0 ? 0 : 1;
    case 'absent':
      return Array.isArray(p.value) && p.value.length === 0 ? 1 : 0;
    case 'between':
    case 'at-least':
    case 'at-most':
    case 'above':
    case 'below':
      return t.kind === 'stage' ? (p.rank === null ? null : inInterval(t, p.rank)) : numeric(t, p);
    case 'in':
    case 'any':
      return t.kind === 'number' ? numberIn(t, p) : anyKey(t, p);
    case 'not-in': {
      const c = t.kind === 'number' ? numberIn(t, p) : anyKey(t, p);
      return c === null ? null : 1 - c;
    }
    case 'all':
      return p.keys && t.set.size ? countKeys(t.set, p.keys) / t.set.size : null;
    case 'matches':
      return matches(t, p);
    case 'within-days':
      return p.ms === null || !Number.isFinite(p.ms) ? null : (todayMs - p.ms) / 86_400_000 <= t.days ? 1 : 0;
  }
}

/** A fact known to be none: nothing is present, no list item matches, numbers stay unknown. */
function noneValue(t: CompiledTest): number | null {
  if (t.op === 'absent') return 1;
  if (t.op === 'present') return 0;
  if (t.kind !== 'list' && t.kind !== 'text') return null;
  return t.op === 'not-in' ? 1 : 0;
}

function inInterval(t: CompiledTest, x: number): number {
  const above = t.strictLo ? x > t.lo : x >= t.lo;
  const below = t.strictHi ? x < t.hi : x <= t.hi;
  return above && below ? 1 : 0;
}

/** A band earns the share of its whole numbers that lie inside the test's interval. */
function numeric(t: CompiledTest, p: Prepared): number | null {
  if (p.num !== null) return inInterval(t, p.num);
  if (!p.band) return null;
  const lo = t.strictLo ? Math.floor(t.lo) + 1 : Math.ceil(t.lo);
  const hi = t.strictHi ? Math.ceil(t.hi) - 1 : Math.floor(t.hi);
  const [m, M] = p.band;
  const overlap = Math.min(hi, M) - Math.max(lo, m) + 1;
  return Math.max(0, Math.min(1, overlap / (M - m + 1)));
}

function numberIn(t: CompiledTest, p: Prepared): number | null {
  if (p.num !== null) return t.numbers.includes(p.num) ? 1 : 0;
  if (!p.band) return null;
  const [m, M] = p.band;
  return new Set(t.numbers.filter((n) => Number.isInteger(n) && n >= m && n <= M)).size / (M - m + 1);
}

function anyKey(t: CompiledTest, p: Prepared): number | null {
  if (!p.keys) return null;
  for (const k of p.keys) if (t.set.has(k)) return 1;
  return 0;
}

function countKeys(set: Set<string>, keys: string[]): number {
  let found = 0;
  const have = new Set(keys);
  for (const v of set) if (have.has(v)) found++;
  return found;
}

function matches(t: CompiledTest, p: Prepared): number | null {
  if (!t.pattern) return null;
  const v = p.value;
  if (Array.isArray(v)) return v.some((x) => t.pattern!.test(x)) ? 1 : 0;
  return typeof v === 'string' ? (t.pattern.test(v) ? 1 : 0) : null;
}

