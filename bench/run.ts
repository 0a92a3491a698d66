// `npm run bench [-- --check] [-- --no-build] [-- --only=scoring,extract,analyze,chromium,bundle,insights] [-- --quick] [-- --docs]`
// Builds the extension, runs every benchmark one after the other (never in parallel: this is a
// 2-core shared machine and parallel runs would measure each other), prints a table and writes
// bench-results.json. --check exits 1 when a budget in bench/budgets.json is missed; --docs rewrites
// the results section of docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { analyzeFigures } from './analyze';
import { bundleFigures } from './bundle';
import { chromiumFigures } from './chromium-figures';
import { extractNodeFigures } from './extract-node';
import { insightsFigures } from './chromium/insights';
import { machine } from './machine';
import { updateDocs, resultsMarkdown } from './markdown';
import { applyBudgets, loadBudgets, printTable, unmatchedBudgets, writeJson } from './report';
import { scoringFigures } from './scoring-figures';
import { snapshotBuild } from './snapshot';
import type { Figure } from './stats';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wants = (section: string) => !only || only.includes(section);
// --quick: fewer repetitions, for working on the bench itself (figures are not comparable).
const quick = flag('quick');
const log = (s: string) => console.error(s);

function build(): void {
  log('building (npx wxt build)…');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error('build failed');
  }
}

const SECTIONS = ['scoring', 'extract', 'analyze', 'bundle', 'chromium', 'insights'];
const unknown = args.filter((a) => !['--check', '--no-build', '--quick', '--docs'].includes(a) && !a.startsWith('--only='));
if (unknown.length || only?.some((s) => !SECTIONS.includes(s))) {
  console.error(`usage: npm run bench -- [--check] [--no-build] [--quick] [--docs] [--only=${SECTIONS.join(',')}]`);
  process.exit(2);
}

/** A section that throws is reported and the others still run: one broken figure must not hide the rest. */
const errors: string[] = [];
async function section(name: string, fn: () => Figure[] | Promise<Figure[]>, into: Figure[]): Promise<void> {
  if (!wants(name)) return;
  const t = Date.now();
  log(`${name}…`);
  try {
    into.push(...(await fn()));
  } catch (e) {
    console.error(e);
    errors.push(`${name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  log(`${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

async function main(): Promise<number> {
  const started = Date.now();
  const needsBuild = wants('chromium') || wants('bundle') || wants('insights');
  if (needsBuild && !flag('no-build')) build();
  // Copied right after the build, before anyone else's rebuild can replace it.
  const snap = needsBuild ? snapshotBuild() : undefined;
  const figures: Figure[] = [];
  if (quick) Object.assign(process.env, { BENCH_SCORING_RUNS: '2', BENCH_SCORING_PER_RUN: '100000', BENCH_SCORING_HEAP_RUN: '100000' });
  try {
    await section('scoring', scoringFigures, figures);
    await section('extract', () => extractNodeFigures(quick ? 20 : 50), figures);
    await section('analyze', () => analyzeFigures(quick ? 1 : 3), figures);
    await section('bundle', () => bundleFigures(snap!.dir), figures);
    const sizes = { loads: quick ? 5 : 20, observations: quick ? 100 : 1000, accounts: 10_000, rescoreRuns: quick ? 1 : 3 };
    await section('chromium', () => chromiumFigures({ ...sizes, extensionDir: snap!.dir, log }), figures);
    await section('insights', () => insightsFigures({ accounts: 10_000, runs: quick ? 2 : 5, extensionDir: snap!.dir, log }), figures);
  } finally {
    snap?.remove();
  }

  const budgets = loadBudgets(path.join(import.meta.dirname, 'budgets.json'));
  const checked = applyBudgets(figures, budgets);
  const seconds = Math.round((Date.now() - started) / 1000);
  printTable(checked);
  const failed = checked.filter((f) => f.pass === false);
  const passed = checked.filter((f) => f.pass === true);
  const meta = { machine: machine(), seconds, quick, passed: passed.length, failed: failed.map((f) => f.id), errors };
  writeJson(path.join(ROOT, 'bench-results.json'), meta, checked);
  // Only a full run may stand in the docs as "the latest results".
  if (flag('docs') && (quick || only || errors.length)) console.log('  --docs ignored: only a complete full run updates docs/benchmarks.md');
  else if (flag('docs')) updateDocs(path.join(ROOT, 'docs/benchmarks.md'), resultsMarkdown(meta.machine, seconds, checked));
  console.log(`\n${passed.length} budgets met, ${failed.length} missed · ${seconds} s · bench-results.json`);
  for (const f of failed) console.log(`  MISSED ${f.id}: median ${f.median} ${f.unit} (budget ${f.budget?.max !== undefined ? `≤ ${f.budget.max}` : `≥ ${f.budget?.min}`}: ${f.budget?.source})`);
  const orphans = only || errors.length ? [] : unmatchedBudgets(checked, budgets);
  for (const k of orphans) console.log(`  budget "${k}" matched no figure`);
  for (const e of errors) console.log(`  ERROR ${e}`);
  if (errors.length) return 2;
  return flag('check') && (failed.length > 0 || orphans.length > 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
