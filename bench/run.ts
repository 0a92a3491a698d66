// `npm run bench [-- --check] [-- --no-build] [-- --only=scoring,extract,chromium,bundle] [-- --quick] [-- --markdown]`
// Builds the extension, runs every benchmark one after the other (never in parallel: this is a
// 2-core shared machine and parallel runs would measure each other), prints a table and writes
// bench-results.json. --check exits 1 when a budget in bench/budgets.json is missed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { bundleFigures } from './bundle';
import { chromiumFigures } from './chromium-figures';
import { extractNodeFigures } from './extract-node';
import { machine } from './machine';
import { applyBudgets, loadBudgets, markdownTable, printTable, unmatchedBudgets, writeJson } from './report';
import { scoringFigures } from './scoring-figures';
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

async function section(name: string, fn: () => Figure[] | Promise<Figure[]>, into: Figure[]): Promise<void> {
  if (!wants(name)) return;
  const t = Date.now();
  log(`${name}…`);
  into.push(...(await fn()));
  log(`${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

async function main(): Promise<number> {
  const started = Date.now();
  if (!flag('no-build') && (wants('chromium') || wants('bundle'))) build();
  const figures: Figure[] = [];
  if (quick) Object.assign(process.env, { BENCH_SCORING_RUNS: '2', BENCH_SCORING_PER_RUN: '100000', BENCH_SCORING_HEAP_RUN: '100000' });
  await section('scoring', scoringFigures, figures);
  await section('extract', () => extractNodeFigures(quick ? 20 : 50), figures);
  await section('bundle', () => bundleFigures(), figures);
  await section('chromium', () => chromiumFigures({ loads: quick ? 5 : 20, observations: quick ? 100 : 1000, accounts: 10_000, rescoreRuns: quick ? 1 : 3, log }), figures);

  const budgets = loadBudgets(path.join(import.meta.dirname, 'budgets.json'));
  const checked = applyBudgets(figures, budgets);
  const seconds = Math.round((Date.now() - started) / 1000);
  printTable(checked);
  const failed = checked.filter((f) => f.pass === false);
  const passed = checked.filter((f) => f.pass === true);
  const meta = { machine: machine(), seconds, quick, passed: passed.length, failed: failed.map((f) => f.id) };
  writeJson(path.join(ROOT, 'bench-results.json'), meta, checked);
  if (flag('markdown')) console.log('\n' + markdownTable(checked));
  console.log(`\n${passed.length} budgets met, ${failed.length} missed · ${seconds} s · bench-results.json`);
  for (const f of failed) console.log(`  MISSED ${f.id}: median ${f.median} ${f.unit} (budget ${f.budget?.max !== undefined ? `≤ ${f.budget.max}` : `≥ ${f.budget?.min}`}: ${f.budget?.source})`);
  if (!only) for (const k of unmatchedBudgets(checked, budgets)) console.log(`  budget "${k}" matched no figure`);
  return flag('check') && (failed.length > 0 || (!only && unmatchedBudgets(checked, budgets).length > 0)) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
