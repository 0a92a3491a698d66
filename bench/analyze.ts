import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyseRows, readCrmCsv } from '../lib/insights/pipeline';
import { starterPlaybook } from '../lib/playbook/templates';
import { HEADER, syntheticRows, toCsv } from '../test/unit/insights/synthetic';
import { figure, type Figure } from './stats';

/**
 * `icp analyze` on a 100,000-row CRM export with planted patterns (issue #8: ≤ 5 s): the command
 * line end to end as a manager runs it (process start included), and the same read → analyse →
 * draft in this process (what the options page runs).
 */
const ROOT = path.resolve(import.meta.dirname, '..');

export function analyzeFigures(runs = 3, rows = 100_000): Figure[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'icp-bench-analyze-'));
  try {
    const file = path.join(dir, 'deals.csv');
    const text = toCsv(HEADER, syntheticRows({ n: rows, seed: 2, planted: true }));
    writeFileSync(file, text);
    const cli: number[] = [];
    const inProcess: number[] = [];
    // `npm run icp` bundles the command line once per source change (cli/run.mjs); build it here,
    // untimed, as a manager's second run finds it
    const warm = spawnSync(process.execPath, ['cli/run.mjs', 'help'], { cwd: ROOT, encoding: 'utf8' });
    if (warm.status !== 0) throw new Error(`icp help failed: ${warm.stderr.slice(0, 300)}`);
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      // the command as `npm run icp` runs it (node cli/run.mjs): npm's own start-up is not the
      // command line's
      const r = spawnSync(process.execPath, ['cli/run.mjs', 'analyze', file, '--today', '2026-12-01', '--out', path.join(dir, 'draft.json')], { cwd: ROOT, encoding: 'utf8' });
      cli.push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`icp analyze failed: ${r.stderr.slice(0, 300)}`);
      const t1 = performance.now();
      const read = readCrmCsv(text);
      if (!read.ok) throw new Error(read.message);
      const result = analyseRows(read.header, read.rows, read.mapping, { today: '2026-12-01', base: starterPlaybook() });
      inProcess.push(performance.now() - t1);
      if (!result.ok || !result.draft.ok) throw new Error('no draft from the planted data');
    }
    const n = rows.toLocaleString('en-US');
    return [
      figure('analyze.cli100kMs', 'analyze', `icp analyze, ${n} rows (command line, end to end)`, 'ms', cli),
      figure('analyze.inProcess100kMs', 'analyze', `read + analyse + draft, ${n} rows (in process, as the options page)`, 'ms', inProcess),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
