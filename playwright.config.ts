import { defineConfig } from '@playwright/test';

// E2E tests drive the built extension ($ICP_OUT_DIR/chrome-mv3, default .output) in real Chromium;
// `npm test` builds first, an e2e build with the test-only messages into .output-e2e (test/run-all.mjs).
//
// Two projects. `alone`: specs that stop the worker at random points while tabs load; they wait on
// the worker coming back, and a second Chromium beside them starves it (the 20-tab burst failed
// with two workers, 2026-12-06). Everything else is `two-at-a-time`:
// `npm test` runs that project with two workers, then `alone` with one (test/run-all.mjs). A plain
// `npx playwright test` runs both with one worker.
export const ALONE = ['faults.spec.ts', 'identity-conflicts.spec.ts'];

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  projects: [
    { name: 'two-at-a-time', testIgnore: ALONE.map((f) => `**/${f}`), outputDir: 'test-results/artifacts/two-at-a-time' },
    { name: 'alone', testMatch: ALONE.map((f) => `**/${f}`), outputDir: 'test-results/artifacts/alone' },
  ],
  // ICP_E2E_JSON: test/run-all.mjs runs the two projects one after the other, each with its report
  reporter: [['list'], ['json', { outputFile: process.env.ICP_E2E_JSON ?? 'test-results/e2e-results.json' }]],
});
