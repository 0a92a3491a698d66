import { fundingStageRank } from '../facts/funding';
import { industryGroupsOf } from '../facts/industry';
import type { Range } from '../facts/model';
import type { FactKind, PlaybookFact } from '../playbook/facts';
import type { CompiledTest } from './compile';
import { normaliseCategory } from './normalise';
import type { Resolved } from './derive';

/** A resolved fact plus the forms tests compare, computed once per account and fact. */
export type Prepared = Resolved;

/** Open-ended bands ("10,001+") are read as [min, 2 × min] for overlap (docs/scoring.md). */
export function bandBounds(r: Range): [number, number] {
  return [r.min, r.max ?? Math.max(2 * r.min, r.min + 1)];
}

const groupsMemo = new Map<string, string[]>();
/** An industry and every group above it (memoised: the taxonomy is fixed). */
function industryKeys(label: string): string[] {
  let keys = groupsMemo.get(label);
  if (!keys) {
    if (groupsMemo.size >= 5000) groupsMemo.clear();
    groupsMemo.set(label, (keys = [label, ...industryGroupsOf(label)]));
  }
  return keys;
}

const rankMemo = new Map<string, number | null>();
function stageRank(stage: string): number | null {
  let r = rankMemo.get(stage);
  if (r === undefined) rankMemo.set(stage, (r = stage.startsWith('?') ? null : fundingStageRank(stage)));
  return r;
}

/** "2026-09-01" → epoch ms at UTC midnight; anything else (or an impossible date) → null. */
export function dayMs(v: string): number | null {
  if (v.length !== 10 || v[4] !== '-' || v[7] !== '-') return null;
  const y = +v.slice(0, 4), m = +v.slice(5, 7), d = +v.slice(8, 10);
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, m - 1, d);
  return new Date(ms).getUTCDate() === d ? ms : null;
}

/** Fills in the compared forms of a resolved fact, in place (no second object per fact). */
export function prepare(fact: PlaybookFact, kind: FactKind, p: Resolved): Prepared {
  const v = p.value;
  if (typeof v === 'number') p.num = v;
  else if (v && typeof v === 'object' && !Array.isArray(v)) p.band = bandBounds(v);
  else if (Array.isArray(v)) {
    if (fact === 'hqRegion') p.keys = regionKeys(v);
    else p.keysOf = fact;
  }
  else if (typeof v === 'string') {
    const forms = textForms(fact, kind, v);
    p.keys = forms.keys;
    p.rank = forms.rank;
    p.ms = forms.ms;
  }
  return p;
}

/** A value's keys; a list's are folded on first use. */
function keysOf(p: Prepared): string[] | null {
  const fact = p.keysOf;
  if (fact !== null) {
    p.keys = (p.value as string[]).map((x) => normaliseCategory(fact, x));
    p.keysOf = null;
  }
  return p.keys;
}

/** What a text value compares as; the same for every account with that text (shared, read-only). */
interface TextForms {
  keys: string[];
  rank: number | null;
  ms: number | null;
}
const formsMemo = new Map<PlaybookFact, Map<string, TextForms>>();

function textForms(fact: PlaybookFact, kind: FactKind, v: string): TextForms {
  let byText = formsMemo.get(fact);
  if (!byText) formsMemo.set(fact, (byText = new Map()));
  let forms = byText.get(v);
  if (forms) return forms;
  const key = normaliseCategory(fact, v);
  forms = { keys: fact === 'industry' ? industryKeys(key) : [key], rank: kind === 'stage' ? stageRank(key) : null, ms: kind === 'date' ? dayMs(v) : null };
  // bounded like normaliseCategory's memo, and long texts are not kept
  if (v.length <= 200) {
    if (byText.size >= 10_000) byText.clear();
    byText.set(v, forms);
  }
  return forms;
}

// hqRegion lists are mostly derive.ts's frozen lists, one per country: their keys are worked out
// once (a caller's own list may change between scorings, so only frozen ones are memoised)
const regionKeysMemo = new WeakMap<readonly string[], string[]>();
function regionKeys(v: string[]): string[] {
  let keys = regionKeysMemo.get(v);
  if (keys) return keys;
  keys = v.map((x) => normaliseCategory('hqRegion', x));
  if (Object.isFrozen(v)) regionKeysMemo.set(v, keys);
  return keys;
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
    {
      const keys = keysOf(p);
      return keys && t.set.size ? countKeys(t.set, keys) / t.set.size : null;
    }
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
  const keys = keysOf(p);
  if (!keys) return null;
  for (let i = 0; i < keys.length; i++) if (t.set.has(keys[i]!)) return 1;
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
  if (typeof v === 'string') return matchesText(t, v) ? 1 : 0;
  if (!Array.isArray(v)) return null;
  for (let i = 0; i < v.length; i++) if (matchesText(t, v[i]!)) return 1;
  return 0;
}

/**
 * A `matches` test's pattern against one text, remembered per test (bounded; long texts are not
 * kept): the same job titles and keywords come back account after account, and running the
 * whole-word Unicode regex costs far more than looking its answer up.
 */
export function matchesText(t: CompiledTest, text: string): boolean {
  const hits = t.hits;
  let hit = hits?.get(text);
  if (hit === undefined) {
    hit = t.pattern!.test(text);
    if (hits && text.length <= 200) {
      if (hits.size >= 10_000) hits.clear();
      hits.set(text, hit);
    }
  }
  return hit;
}
