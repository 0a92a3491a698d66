import { defineConfig } from '@playwright/test';

// E2E tests drive the built extension ($ICP_OUT_DIR/chrome-mv3, default .output) in real Chromium;
// `npm test` builds first, an e2e build with the test-only messages into .output-e2e (test/run-all.mjs).
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One worker: on a 2-core machine two Chromiums at once were no faster (6.8 min for the suite
  // against 7.4 with one, 2026-12-06) and starved the fault suite's worker restarts.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  outputDir: 'test-results/artifacts',
});
