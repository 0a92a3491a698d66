/**
 * Build-time switches, replaced by constants when WXT builds (wxt.config.ts `define`), so a branch
 * behind a false switch is removed from the bundle, not merely skipped.
 *
 * E2E_HOOKS: test-only messages (policy/simulate: Chromium in the e2e suite cannot receive a real
 * Chrome policy) exist only in a build made with ICP_E2E_HOOKS=1 (test/run-all.mjs makes one for
 * Playwright). `npm run build` / `npm run zip` never contain them (test/e2e/build.spec.ts greps).
 * Where the constant is not defined (vitest, tsx) it is false; unit tests mock this module.
 */
declare const __ICP_E2E_HOOKS__: boolean | undefined;

export const E2E_HOOKS: boolean = typeof __ICP_E2E_HOOKS__ === 'boolean' && __ICP_E2E_HOOKS__;
