#!/usr/bin/env node
// `npm test`: build the extension, run unit tests (vitest) and e2e tests (Playwright, real
// Chromium), then print one plain line "N passed, N failed[, N skipped]" totalling both.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const UNIT_JSON = 'test-results/unit-results.json';
const E2E_JSON = 'test-results/e2e-results.json';
mkdirSync('test-results', { recursive: true });
for (const f of [UNIT_JSON, E2E_JSON]) rmSync(f, { force: true });

function run(cmd, args, env = {}) {
  const vars = Object.entries(env).map(([k, v]) => `${k}=${v} `).join('');
  console.log(`\n$ ${vars}${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', shell: false, env: { ...process.env, ...env } }).status ?? 1;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
// Two builds: the production one (what `npm run build` / `npm run zip` ship; build.spec.ts checks
// it carries no test-only message) and an e2e one with those messages compiled in
// (ICP_E2E_HOOKS=1, lib/background/build-flags.ts), which Playwright loads.
const PRODUCTION_DIR = process.env.ICP_OUT_DIR ?? '.output';
const E2E_DIR = `${PRODUCTION_DIR}-e2e`;
const buildStatus = run(npx, ['wxt', 'build'], { ICP_E2E_HOOKS: '' }) || run(npx, ['wxt', 'build'], { ICP_OUT_DIR: E2E_DIR, ICP_E2E_HOOKS: '1' });
if (buildStatus !== 0) {
  console.log('\nbuild failed');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const unitStatus = run(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_JSON}`]);
const e2eStatus = run(npx, ['playwright', 'test'], { ICP_OUT_DIR: E2E_DIR, ICP_PRODUCTION_DIR: PRODUCTION_DIR });

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
