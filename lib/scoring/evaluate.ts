import type { Range } from '../facts/model';
import { fundingStageRank, normaliseFundingStage } from '../facts/funding';
import { industryGroupsOf, normaliseIndustry } from '../facts/industry';
import type { CompiledTest } from './compile';
import { fold, normaliseCategory } from './compile';
import type { TestValue } from './derive';

/**
 * One test against one known value → credit 0..1, or null when the value cannot answer the test
 * (unknown is never false). Partial credit comes only from a band partly inside a range.
 */
export function evaluate(t: CompiledTest, value: TestValue, todayMs: number): number | null {
  switch (t.op) {
    case 'present':
      return Array.isArray(value) ? (value.length > 0 ? 1 : 0) : 1;
    case 'absent':
      return Array.isArray(value) ? (value.length === 0 ? 1 : 0) : 0;
    case 'between':
    case 'at-least':
    case 'at-most':
    case 'above':
    case 'below':
      return t.kind === 'stage' ? stageCompare(t, value) : numeric(t, value);
    case 'in':
      return membership(t, value);
    case 'not-in': {
      const c = membership(t, value);
      return c === null ? null : 1 - c;
    }
    case 'any':
    case 'all':
      return listTest(t, value);
    case 'matches':
      return t.pattern ? (Array.isArray(value) ? value.some((v) => t.pattern!.test(v)) : t.pattern.test(String(value))) ? 1 : 0 : null;
    case 'within-days':
      return withinDays(t.days, value, todayMs);
  }
}

/** Open-ended bands ("10,001+") are read as [min, 2 × min] for overlap (docs/scoring.md). */
export function bandBounds(r: Range): [number, number] {
  return [r.min, r.max ?? Math.max(2 * r.min, r.min + 1)];
}

function numeric(t: CompiledTest, value: TestValue): number | null {
  const lo = t.strictLo ? t.lo + 1 : t.lo;
  const hi = t.strictHi ? t.hi - 1 : t.hi;
  if (typeof value === 'number') {
    const above = t.strictLo ? value > t.lo : value >= t.lo;
    const below = t.strictHi ? value < t.hi : value <= t.hi;
    return above && below ? 1 : 0;
  }
  if (typeof value !== 'object' || Array.isArray(value)) return null;
  const [m, M] = bandBounds(value);
  const overlap = Math.min(hi, M) - Math.max(lo, m) + 1;
  return Math.max(0, Math.min(1, overlap / (M - m + 1)));
}

function stageCompare(t: CompiledTest, value: TestValue): number | null {
  if (typeof value !== 'string' || t.rank === null) return null;
  const stage = normaliseFundingStage(value);
  const rank = stage ? fundingStageRank(stage) : null;
  if (rank === null) return null;
  return t.op === 'at-least' ? (rank >= t.rank ? 1 : 0) : t.op === 'at-most' ? (rank <= t.rank ? 1 : 0) : null;
}

function membership(t: CompiledTest, value: TestValue): number | null {
  if (t.kind === 'number') {
    if (typeof value === 'number') return t.numbers.includes(value) ? 1 : 0;
    if (typeof value !== 'object' || Array.isArray(value)) return null;
    const [m, M] = bandBounds(value);
    return t.numbers.filter((n) => n >= m && n <= M).length / (M - m + 1);
  }
  if (Array.isArray(value)) return value.some((v) => t.set.has(normaliseCategory(t.fact, v))) ? 1 : 0; // hqRegion: a country's regions
  if (typeof value !== 'string') return null;
  if (t.fact === 'industry') return industryIn(t.set, value) ? 1 : 0;
  return t.set.has(normaliseCategory(t.fact, value)) ? 1 : 0;
}

/** An industry is "in" a list when it, or any group it belongs to, is listed. */
function industryIn(set: Set<string>, text: string): boolean {
  const label = normaliseIndustry(text);
  if (!label) return set.has(fold(text));
  return set.has(label) || industryGroupsOf(label).some((g) => set.has(g));
}

function listTest(t: CompiledTest, value: TestValue): number | null {
  if (!Array.isArray(value)) return null;
  const have = new Set(value.map(fold));
  let found = 0;
  for (const v of t.set) if (have.has(v)) found++;
  if (t.op === 'any') return found > 0 ? 1 : 0;
  return t.set.size ? found / t.set.size : null;
}

const DAY = 86_400_000;
function withinDays(days: number, value: TestValue, todayMs: number): number | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const at = Date.parse(`${value}T00:00:00Z`);
  if (!Number.isFinite(at)) return null;
  return (todayMs - at) / DAY <= days ? 1 : 0;
}
