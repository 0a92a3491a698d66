import { defineConfig } from 'wxt';

// Permissions are an allow-list checked by test/unit/manifest.test.ts: adding one here without
// adding it there (and to docs/security.md) fails the build's tests on purpose.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // The content script must stay tiny: no sourcemaps in the shipped build, keep names readable.
  manifest: {
    name: 'ICP Fit',
    description: "See how well the company on your screen fits your team's Ideal Customer Profile — locally.",
    minimum_chrome_version: '116',
    permissions: ['storage', 'sidePanel', 'alarms', 'activeTab', 'scripting'],
    host_permissions: ['*://*.linkedin.com/*'],
    action: { default_title: 'ICP Fit' },
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Open the ICP Fit side panel',
      },
    },
  },
});
