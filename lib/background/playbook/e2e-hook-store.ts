import { browser } from 'wxt/browser';

/**
 * Where the e2e build keeps a simulated Chrome policy (storage.local). Used only behind E2E_HOOKS
 * (build-flags.ts), so none of it is in a production build. docs/security.md.
 */
/** Set (to true) by the e2e harness in storage.local to allow 'policy/simulate' in an e2e build. */
export const TEST_HOOKS_KEY = 'icpfit:test-hooks';
export const SIMULATED_KEY = 'icpfit:simulated-policy';

export async function testHooksEnabled(): Promise<boolean> {
  return (await browser.storage.local.get(TEST_HOOKS_KEY))[TEST_HOOKS_KEY] === true;
}

/** The simulated managed-storage value, when the hook is enabled and one was set. */
export async function simulatedPolicy(): Promise<Record<string, unknown> | undefined> {
  if (!(await testHooksEnabled())) return undefined;
  const value = (await browser.storage.local.get(SIMULATED_KEY))[SIMULATED_KEY];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export async function setSimulatedPolicy(value: Record<string, unknown> | null): Promise<void> {
  if (value) await browser.storage.local.set({ [SIMULATED_KEY]: value });
  else await browser.storage.local.remove(SIMULATED_KEY);
}
