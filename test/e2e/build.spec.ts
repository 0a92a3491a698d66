import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/test';
import { EXTENSION_DIR } from './support/extension';

// Checks on the built extension that need no browser: permissions, no remote code, bundle sizes.
const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

test('the manifest asks for no more than the allow-list (docs/security.md says why each is needed)', () => {
  expect(manifest.manifest_version).toBe(3);
  expect([...manifest.permissions].sort()).toEqual(['activeTab', 'alarms', 'scripting', 'sidePanel', 'storage']);
  expect(manifest.host_permissions).toEqual(['*://*.linkedin.com/*', '*://*.crunchbase.com/*']);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.content_security_policy).toBeUndefined(); // MV3 default: no eval, no remote code
});

test('the build contains no eval or new Function', () => {
  for (const file of jsFiles(EXTENSION_DIR)) {
    const js = readFileSync(file, 'utf8');
    expect(js, file).not.toMatch(/\beval\(|new Function\(/);
  }
});

/**
 * Test-only messages (policy/simulate, lib/background/playbook/e2e-hooks.ts) must not ship. `npm test`
 * builds twice and names the production build in ICP_PRODUCTION_DIR (test/run-all.mjs); a
 * single `npx wxt build` is production itself.
 */
const PRODUCTION_DIR = process.env.ICP_PRODUCTION_DIR ? path.resolve(process.env.ICP_PRODUCTION_DIR, 'chrome-mv3') : EXTENSION_DIR;
const TEST_ONLY = /policy\/simulate|icpfit:test-hooks|icpfit:simulated-policy/;
test('the production build contains no test-only message or hook', () => {
  const files = jsFiles(PRODUCTION_DIR);
  expect(files.length).toBeGreaterThan(3);
  for (const file of files) expect(readFileSync(file, 'utf8').match(TEST_ONLY)?.[0], file).toBeUndefined();
  // the e2e build Playwright loads does have them: the pattern above finds what it looks for
  if (PRODUCTION_DIR !== EXTENSION_DIR) expect(readFileSync(path.join(EXTENSION_DIR, 'background.js'), 'utf8').includes('policy/simulate')).toBe(true);
});

// 40 kB as bench/budgets.json reads it (1 kB = 1,000 bytes): a content script the bench fails fails here too
const BUDGET_RAW = 40_000;
test(`every content script and the injected website reader are at most ${BUDGET_RAW / 1000} kB raw`, () => {
  const dir = path.join(EXTENSION_DIR, 'content-scripts');
  const scripts = [...readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => path.join('content-scripts', f)), 'website-reader.js'];
  expect(scripts.length).toBeGreaterThan(2);
  for (const f of scripts) {
    const raw = readFileSync(path.join(EXTENSION_DIR, f));
    console.log(`${f}: ${raw.length} B raw, ${gzipSync(raw).length} B gzip`);
    expect(raw.length, f).toBeLessThanOrEqual(BUDGET_RAW);
  }
});

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? jsFiles(p) : p.endsWith('.js') ? [p] : [];
  });
}
