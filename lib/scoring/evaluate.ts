import { KIND, OP, type CompiledTest } from './compile';
import { keysOf, type Prepared } from './forms';

export { bandBounds, dayMs, prepare, type Prepared } from './forms';

/**
 * One test against one known value → credit 0..1, or null when the value cannot answer the test
 * (unknown is never false). Partial credit: a band partly inside a range, or some of `all`.
 */
export function evaluate(t: CompiledTest, p: Prepared, todayMs: number): number | null {
  if (p.value === null) return noneValue(t);
  switch (t.opCode) {
    case OP.present:
      return Array.isArray(p.value) && p.value.length === 0 ? 0 : 1;
    case OP.absent:
      return Array.isArray(p.value) && p.value.length === 0 ? 1 : 0;
    case OP.between:
    case OP['at-least']:
    case OP['at-most']:
    case OP.above:
    case OP.below:
      return t.kindCode === KIND.stage ? (p.rank === null ? null : inInterval(t, p.rank)) : numeric(t, p);
    case OP.in:
    case OP.any:
      return t.kindCode === KIND.number ? numberIn(t, p) : anyKey(t, p);
    case OP['not-in']: {
      const c = t.kindCode === KIND.number ? numberIn(t, p) : anyKey(t, p);
      return c === null ? null : 1 - c;
    }
    case OP.all:
    {
      const keys = keysOf(p);
      return keys && t.set.size ? countKeys(t.set, keys) / t.set.size : null;
    }
    case OP.matches:
      return matches(t, p);
    case OP['within-days']:
      return p.ms === null || !Number.isFinite(p.ms) ? null : (todayMs - p.ms) / 86_400_000 <= t.days ? 1 : 0;
  }
  return null;
}

/** A fact known to be none: nothing is present, no list item matches, numbers stay unknown. */
function noneValue(t: CompiledTest): number | null {
  if (t.opCode === OP.absent) return 1;
  if (t.opCode === OP.present) return 0;
  if (t.kindCode !== KIND.list && t.kindCode !== KIND.text) return null;
  return t.opCode === OP['not-in'] ? 1 : 0;
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
  const few = t.few;
  if (few === null) {
    for (let i = 0; i < keys.length; i++) if (t.set.has(keys[i]!)) return 1;
    return 0;
  }
  // a handful of values (the usual test): string comparison beats hashing every key. Lengths
  // first: most keys differ in length, and folded keys are not internalised strings, so each
  // string === that is not settled by identity is a call into V8's string comparison
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === undefined) continue; // a hole in a sparse list (Array.prototype.map keeps holes)
    const n = k.length;
    for (let j = 0; j < few.length; j++) {
      const f = few[j]!;
      if (f.length === n && f === k) return 1;
    }
  }
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
