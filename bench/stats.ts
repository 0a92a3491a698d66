/**
 * The one shape every benchmark returns: a figure is a set of samples reduced to a median and a
 * p95 (this machine is shared and noisy: single runs mean nothing). Budgets are attached later
 * by report.ts from bench/budgets.json, so modules only measure.
 */
export interface Budget {
  /** the figure must be ≤ max (times, sizes, ratios) … */
  max?: number;
  /** … or ≥ min (throughput) */
  min?: number;
  /** where the target comes from (issue text), shown in the docs */
  source?: string;
}

export interface Figure {
  id: string;
  /** section of the table: scoring, extract-node, chromium, panel, rescore, worker, bundle */
  group: string;
  label: string;
  unit: string;
  median: number;
  p95: number;
  runs: number;
  note?: string;
  /** the bench section that measured it (run.ts measures a missed figure's section again) */
  section?: string;
  budget?: Budget;
  pass?: boolean;
}

/** Middle value (mean of the two middle ones for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank 95th percentile: with 20 samples it is the 19th, so one outlier does not set it. */
export function p95(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
}

/** Round to 3 significant-ish decimals so the JSON stays readable. */
export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 1 ? 2 : 4;
  return Number(x.toFixed(digits));
}

export function figure(id: string, group: string, label: string, unit: string, samples: readonly number[], note?: string): Figure {
  const clean = samples.filter((x) => Number.isFinite(x));
  return { id, group, label, unit, median: round(median(clean)), p95: round(p95(clean)), runs: clean.length, ...(note ? { note } : {}) };
}

/** Per-run ratios a/b of paired samples (same page load), so noise in one run cancels out. */
export function ratios(a: readonly number[], b: readonly number[]): number[] {
  return a.map((x, i) => x / b[i]!).filter((r) => Number.isFinite(r));
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
