// The statistics behind "how sure are we": a one-sided Fisher exact test on a 2×2 table, exact at
// any count (so 3 accounts never look like a law), and quantiles for numeric ranges.

/** ln(k!) for k = 0..n, built once per analysis (n is at most the number of records). */
export function logFactorials(n: number): Float64Array {
  const t = new Float64Array(n + 1);
  for (let k = 2; k <= n; k++) t[k] = t[k - 1]! + Math.log(k);
  return t;
}

/**
 * P-value that `a` of the `n1` positives carry a value that `a + b` of all `n1 + n0` records
 * carry, or more (over = true) / or fewer (over = false), if the value had nothing to do with
 * the outcome. lf must cover n1 + n0.
 */
export function fisherOneSided(a: number, b: number, n1: number, n0: number, over: boolean, lf: Float64Array): number {
  const N = n1 + n0;
  const K = a + b;
  const logC = (n: number, k: number) => lf[n]! - lf[k]! - lf[n - k]!;
  const base = logC(N, n1);
  const pmf = (x: number) => Math.exp(logC(K, x) + logC(N - K, n1 - x) - base);
  const lo = Math.max(0, n1 - (N - K));
  const hi = Math.min(K, n1);
  let sum = 0;
  // walking away from the middle the terms only shrink: stop once they no longer add anything
  for (let x = a; over ? x <= hi : x >= lo; x += over ? 1 : -1) {
    const term = pmf(x);
    sum += term;
    if (term < sum * 1e-12) break;
  }
  return Math.min(1, sum);
}

/** The q-quantile (0..1) of sorted numbers, by linear interpolation; NaN for an empty list. */
export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const i = Math.floor(pos);
  const frac = pos - i;
  return i + 1 < sorted.length ? sorted[i]! + (sorted[i + 1]! - sorted[i]!) * frac : sorted[i]!;
}

/** Two significant digits, so a range reads "50–1,200" rather than "47–1,187". */
export function nice(n: number): number {
  if (!Number.isFinite(n) || n <= 0) return 0;
  const mag = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / mag) * mag;
}

/** A seeded pseudo-random generator (mulberry32): same seed, same numbers (tests, benches). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
