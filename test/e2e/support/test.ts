import { expect, test as base } from '@playwright/test';
import { launchWithExtension, type Launched } from './extension';
import { resetForNextTest } from './shared-browser';

/**
 * Every e2e spec's `test`: Chromium with the built extension, as a fresh install (`l`). Specs serve
 * their pages in a `beforeEach` that asks for `l`, and never launch or close the browser themselves.
 *
 * By default one browser serves every test of a Playwright worker, reset before each test to a
 * fresh install's state (shared-browser.ts says what is reset and why). A spec that changes what a
 * reset cannot undo (a context init script, the profile closed and reopened) asks for its own:
 * `test.use({ freshBrowser: true })`. After a failed test Playwright starts a new worker, and with
 * it a new browser.
 */
export const test = base.extend<{ l: Launched; freshBrowser: boolean }, { sharedBrowser: SharedBrowser }>({
  // ICP_E2E_FRESH_BROWSER=1: a browser of its own for every test (to rule the sharing out, or to time it)
  freshBrowser: [process.env.ICP_E2E_FRESH_BROWSER === '1', { option: true }],
  sharedBrowser: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
    async ({}, use) => {
      const shared = new SharedBrowser();
      try {
        await use(shared);
      } finally {
        await shared.close();
      }
    },
    { scope: 'worker' },
  ],
  l: async ({ freshBrowser, sharedBrowser }, use) => {
    const launched = freshBrowser ? await launchWithExtension() : await sharedBrowser.take();
    try {
      await use(launched);
    } finally {
      if (freshBrowser) await launched.close().catch(() => undefined);
    }
  },
});

/** The worker's one browser: launched on first use, reset for each test, relaunched if a test closed it. */
class SharedBrowser {
  private launched: Launched | undefined;
  private closed = false;

  async take(): Promise<Launched> {
    if (this.launched && !this.closed) {
      try {
        await resetForNextTest(this.launched);
        return this.launched;
      } catch (e) {
        // a browser that cannot be reset is not handed out: a new one is (said, so a reset that
        // always fails does not quietly turn the suite back into a browser per test)
        console.warn(`e2e: the shared browser could not be reset, launching another: ${String(e)}`);
        await this.close();
      }
    }
    this.launched = await launchWithExtension();
    this.closed = false;
    this.launched.context.once('close', () => (this.closed = true));
    return this.launched;
  }

  async close(): Promise<void> {
    await this.launched?.close().catch(() => undefined);
    this.launched = undefined;
  }
}

export { expect };
