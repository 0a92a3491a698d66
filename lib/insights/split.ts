import { nice, quantile } from './stats';

/**
 * The range of a numeric attribute that best separates won from lost accounts (issue 19 §3): the
 * interval [min, max] that maximises (share of won inside) − (share of lost inside), i.e. the two
 * cut points a depth-2 decision tree on this attribute would pick with the two groups weighted
 * equally (Youden's J). Cut points are the rounded 2% quantiles of every compared value, so a
 * bound reads "200" rather than "197" and 100,000 rows cost one pass with a binary search each.
 * The won accounts' p10–p90 it replaces merged in bins where won and lost were alike
 * ("140–6,100" around a 200–1,000 cluster).
 */
export interface Split {
  min: number;
  /** null: and above */
  max: number | null;
  /** won / lost accounts inside, and how many of each had the attribute */
  won: number;
  wonKnown: number;
  lost: number;
  lostKnown: number;
  /** how many intervals were compared (for a multiple-testing correction) */
  tried: number;
}

const STEPS = 50;

/** `all` is every compared value, sorted; `pos` / `neg` the won / lost values (any order). */
export function bestSplit(all: readonly number[], pos: readonly number[], neg: readonly number[]): Split | null {
  if (!pos.length || !neg.length) return null;
  const edges = [...new Set(Array.from({ length: STEPS - 1 }, (_, i) => nice(quantile(all, (i + 1) / STEPS))).filter((e) => e > 0))].sort((x, y) => x - y);
  const wonIn = segmentCounts(pos, edges);
  const lostIn = segmentCounts(neg, edges);
  // Kadane over the segments' differences: the best run of adjacent segments
  let best = -Infinity;
  let from = 0;
  let to = 0;
  let run = 0;
  let start = 0;
  for (let s = 0; s < wonIn.length; s++) {
    const d = wonIn[s]! / pos.length - lostIn[s]! / neg.length;
    if (run <= 0) {
      run = d;
      start = s;
    } else run += d;
    if (run > best) [best, from, to] = [run, start, s];
  }
  // everything (or nothing) inside separates nothing
  if (best <= 0 || (from === 0 && to === wonIn.length - 1)) return null;
  const sum = (xs: number[]) => xs.slice(from, to + 1).reduce((a, b) => a + b, 0);
  const m = wonIn.length;
  return { min: from === 0 ? 0 : edges[from - 1]!, max: to === m - 1 ? null : edges[to]!, won: sum(wonIn), wonKnown: pos.length, lost: sum(lostIn), lostKnown: neg.length, tried: (m * (m + 1)) / 2 };
}

/** How many values fall in each segment: [0, e0), [e0, e1), …, [e_last, ∞). */
function segmentCounts(values: readonly number[], edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const v of values) {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v >= edges[mid]!) lo = mid + 1;
      else hi = mid;
    }
    counts[lo]!++;
  }
  return counts;
}
