// Child process of scoring-figures.ts, run as `node --expose-gc --import tsx`: a process of its
// own so global.gc gives exact heap figures and the Chromium benches' garbage is not counted.
// Prints one JSON line: raw per-run numbers from the scoring engineer's runScoringBench().
import { runScoringBench, type ScoringBenchResult } from './scoring.bench';

const RUNS = Number(process.env.BENCH_SCORING_RUNS ?? 20);
const PER_RUN = Number(process.env.BENCH_SCORING_PER_RUN ?? 50_000);
const HEAP_RUN = Number(process.env.BENCH_SCORING_HEAP_RUN ?? 1_000_000);

// One long run for the heap (before/after 1,000,000 scorings), then short runs for the medians.
const heap: ScoringBenchResult = runScoringBench(HEAP_RUN);
const runs: ScoringBenchResult[] = [];
for (let i = 0; i < RUNS; i++) runs.push(runScoringBench(PER_RUN));
process.stdout.write(JSON.stringify({ heap, runs, gc: typeof (globalThis as { gc?: unknown }).gc === 'function' }) + '\n');
