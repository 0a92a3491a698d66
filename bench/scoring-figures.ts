import { spawn } from 'node:child_process';
import path from 'node:path';
import type { ScoringBenchResult } from './scoring.bench';
import { figure, type Figure } from './stats';

/**
 * Figure 1: scoring throughput, heap over 1,000,000 scorings, validation of a 500-criterion
 * playbook. The measuring code is the scoring engineer's runScoringBench() (bench/scoring.bench.ts);
 * here it runs in a child with --expose-gc, ≥5 times, and the runs become medians.
 */
export async function scoringFigures(): Promise<Figure[]> {
  const out = await runChild();
  const { heap, runs } = JSON.parse(out) as { heap: ScoringBenchResult; runs: ScoringBenchResult[]; gc: boolean };
  const per = runs[0]?.scorings ?? 0;
  const g = 'scoring';
  const runNote = `${runs.length} runs × ${per.toLocaleString('en-US')} scorings, starter playbook (all ICPs, persona title → talking points)`;
  const pick = (f: (r: ScoringBenchResult) => number) => runs.map(f);
  return [
    figure('scoring.accountsPerCpuSecond', g, 'scoring throughput (CPU time, one core)', 'accounts/s', pick((r) => r.accountsPerCpuSecond), runNote),
    figure('scoring.accountsPerSecond', g, 'scoring throughput (wall clock)', 'accounts/s', pick((r) => r.accountsPerSecond), 'wall clock: includes time other processes take this shared machine'),
    figure('scoring.cpuNsPerAccount', g, 'scoring cost (CPU time)', 'ns/account', pick((r) => r.cpuNsPerAccount)),
    figure('scoring.nsPerAccount', g, 'scoring cost (wall clock)', 'ns/account', pick((r) => r.nsPerAccount)),
    figure('scoring.heapBeforeMB', g, 'heap before 1,000,000 scorings (after gc)', 'MB', [heap.heapBeforeMB], `${heap.scorings.toLocaleString('en-US')} scorings in one run`),
    figure('scoring.heapAfterMB', g, 'heap after 1,000,000 scorings (after gc)', 'MB', [heap.heapAfterMB]),
    figure('scoring.heapGrowthMB', g, 'heap growth over 1,000,000 scorings', 'MB', [heap.heapAfterMB - heap.heapBeforeMB]),
    figure('validate.500criteriaMs', g, 'validate a 500-criterion playbook (text → checked)', 'ms', [heap, ...runs].map((r) => r.validate500Ms), 'each run: median of 15 warm validations'),
  ];
}

function runChild(): Promise<string> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(import.meta.dirname, 'scoring-child.ts')], {
    cwd: path.resolve(import.meta.dirname, '..'), // where `--import tsx` resolves from
    stdio: ['ignore', 'pipe', 'inherit'],
    env: process.env,
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout.trim().split('\n').pop() ?? '') : reject(new Error(`scoring bench exited with ${code}`))));
  });
}
