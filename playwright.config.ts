import { defineConfig } from '@playwright/test';

// E2E tests drive the built extension ($ICP_OUT_DIR/chrome-mv3, default .output) in real Chromium;
// `npm test` builds first, an e2e build with the test-only messages into .output-e2e (test/run-all.mjs).
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Spec files run in two workers (each test has its own Chromium and profile, nothing shared):
  // CI has two cores at least and most of an e2e test is waiting on the browser. Tests inside one
  // file stay in order.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  outputDir: 'test-results/artifacts',
});
