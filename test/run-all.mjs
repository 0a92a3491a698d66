#!/usr/bin/env node
// `npm test`: build the extension, run unit tests (vitest) and e2e tests (Playwright, real
// Chromium), then print one plain line "N passed, N failed[, N skipped]" totalling both.
//
// Time (CI should stay under 10 minutes on a 2-core machine). The two builds run one after the
// other: WXT writes .wxt/tsconfig.json (which tsconfig.json extends) at the start of every build,
// with the build's own output folder in it, and a build that read it while the other was writing
// failed with "Unterminated string in JSON" (CI, 2026-12-07). ~10 s more than side by side.
// The unit tests run before the e2e suite, not beside it: tried on 2026-12-06 with one niced vitest
// worker beside the e2e run, the fault suite's 20-tab burst and a two-tab identity race missed
// their waits (2 failed of 77), as they did with two Playwright workers.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const UNIT_JSON = 'test-results/unit-results.json';
const E2E_JSON = 'test-results/e2e-results.json';
mkdirSync('test-results', { recursive: true });
for (const f of [UNIT_JSON, E2E_JSON]) rmSync(f, { force: true });

/** Run a command; its output goes to the console, or to `log` when given. Resolves to its exit status. */
function run(cmd, args, env = {}, log) {
  const vars = Object.entries(env).map(([k, v]) => `${k}=${v} `).join('');
  console.log(`\n$ ${vars}${cmd} ${args.join(' ')}${log ? `  (output: ${log})` : ''}`);
  const out = log ? createWriteStream(log) : null;
  const child = spawn(cmd, args, { stdio: out ? ['ignore', 'pipe', 'pipe'] : 'inherit', shell: false, env: { ...process.env, ...env } });
  if (out) {
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
  }
  return new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (code) => {
      out?.end();
      resolve(code ?? 1);
    });
  });
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
// Two builds: the production one (what `npm run build` / `npm run zip` ship; build.spec.ts checks
// it carries no test-only message) and an e2e one with those messages compiled in
// (ICP_E2E_HOOKS=1, lib/background/build-flags.ts), which Playwright loads.
const PRODUCTION_DIR = process.env.ICP_OUT_DIR ?? '.output';
const E2E_DIR = `${PRODUCTION_DIR}-e2e`;
const started = Date.now();
/** Seconds since `npm test` started, for the phase lines CI prints (where its 10 minutes go). */
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const builds = [
  await run(npx, ['wxt', 'build'], { ICP_E2E_HOOKS: '' }, 'test-results/build.log'),
  await run(npx, ['wxt', 'build'], { ICP_OUT_DIR: E2E_DIR, ICP_E2E_HOOKS: '1' }, 'test-results/build-e2e.log'),
];
if (builds.some((s) => s !== 0)) {
  for (const f of ['test-results/build.log', 'test-results/build-e2e.log']) console.log(readFileSync(f, 'utf8'));
  console.log('\nbuild failed');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
console.log(`\n[npm test] builds done at ${elapsed()}`);
const unitStatus = await run(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_JSON}`]);
console.log(`\n[npm test] unit tests done at ${elapsed()}`);
const e2eStatus = await run(npx, ['playwright', 'test'], { ICP_OUT_DIR: E2E_DIR, ICP_PRODUCTION_DIR: PRODUCTION_DIR });
console.log(`\n[npm test] e2e tests done at ${elapsed()}`);

const unit = readJson(UNIT_JSON);
const e2e = readJson(E2E_JSON);
const passed = (unit?.numPassedTests ?? 0) + (e2e ? e2e.stats.expected + e2e.stats.flaky : 0);
const failed = (unit ? unit.numFailedTests : 1) + (e2e ? e2e.stats.unexpected : 1);
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats.skipped ?? 0);
const runnerBroke = (unitStatus !== 0 && unit?.numFailedTests === 0) || (e2eStatus !== 0 && e2e?.stats.unexpected === 0);

console.log(`\nunit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'no results'}; ` +
  `e2e: ${e2e ? `${e2e.stats.expected + e2e.stats.flaky} passed, ${e2e.stats.unexpected} failed` : 'no results'}`);
const extra = runnerBroke ? 1 : 0;
console.log(`${passed} passed, ${failed + extra} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed + extra > 0 || unitStatus !== 0 || e2eStatus !== 0 ? 1 : 0);

function readJson(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}
