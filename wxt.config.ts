import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';

const require = createRequire(import.meta.url);

// extension pages that use chrome's own promise APIs instead of webextension-polyfill (hook below)
const NATIVE_PAGES = new Set(['popup', 'options', 'sidepanel']);
// unlisted scripts run in an extension page the same way (sidepanel.html's early view request)
const NATIVE_SCRIPTS = new Set(['panel-prefetch']);

// Permissions are an allow-list checked by test/e2e/build.spec.ts ("the manifest asks for no more
// than the allow-list"): adding one here without adding it there (and to docs/security.md) fails
// the build's tests on purpose.
export default defineConfig({
  // ICP_OUT_DIR: a separate build folder (parallel work trees or agents must not overwrite one build)
  outDir: process.env.ICP_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // ICP_SOURCEMAP=1: hidden source maps (no sourceMappingURL line, so the shipped bytes are the same)
  // for the bench's per-module size report (bench/composition.ts)
  // ICP_NO_MINIFY=1: readable bundles, for profiling the worker's start (names in a CPU profile)
  // ICP_E2E_HOOKS=1: compile in the test-only messages (lib/background/build-flags.ts); only
  // test/run-all.mjs builds with it, into its own folder. Production builds never contain them.
  vite: () => ({
    build: { sourcemap: process.env.ICP_SOURCEMAP ? 'hidden' : false, ...(process.env.ICP_NO_MINIFY ? { minify: false } : {}) },
    define: { __ICP_E2E_HOOKS__: JSON.stringify(process.env.ICP_E2E_HOOKS === '1') },
  }),
  hooks: {
    // Content scripts talk to Chrome's promise-based MV3 APIs directly: webextension-polyfill
    // (~10 KB) would be most of their 40 KB budget. The extension pages (built as one group) do
    // too since issue 17: ~10 KB of the side panel's 300 KB budget, and they only send messages
    // and listen to broadcasts (lib/messaging/client.ts reads a closed port as the polyfill did).
    // The worker keeps it: its onMessage listener answers with a promise.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || NATIVE_PAGES.has(e.type) || NATIVE_SCRIPTS.has(e.name))) return;
      const native = { find: /^wxt\/browser$/, replacement: require.resolve('@wxt-dev/browser') };
      const alias = config.resolve?.alias;
      const list = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [native, ...list.filter((a) => a.find !== 'wxt/browser')] };
    },
  },
  manifest: {
    name: 'ICP Fit',
    description: "See how well the company on your screen fits your team's Ideal Customer Profile — locally.",
    minimum_chrome_version: '116',
    permissions: ['storage', 'sidePanel', 'alarms', 'activeTab', 'scripting'],
    host_permissions: ['*://*.linkedin.com/*', '*://*.crunchbase.com/*'],
    // a playbook URL subscription asks for its one origin at the click (docs/team-rollout.md)
    optional_host_permissions: ['https://*/*'],
    // Chrome enterprise policy: what a manager may set (docs/team-rollout.md)
    storage: { managed_schema: 'managed_schema.json' },
    action: { default_title: 'ICP Fit' },
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Open the ICP Fit side panel',
      },
    },
  },
});
