import { expect, test as base } from '@playwright/test';
import { launchWithExtension, type Launched } from './extension';
import { resetBrowser } from './reset';

/**
 * Every e2e spec's `test`, with `l`: Chromium with the built extension, as a first install would
 * find it. Specs serve their pages in a `beforeEach` that asks for `l`, and never launch or close
 * the browser themselves.
 *
 * One Chromium serves the tests of a Playwright worker in turn, reset before each test to a fresh
 * install's state (support/reset.ts: extension storage and database, a new worker, no page, no
 * route, no permission): launching one per test was ~2–5 s of each of the ~80 tests on CI. A spec
 * that changes what a reset cannot undo (init scripts on the context, closing the browser) says
 * `test.use({ freshBrowser: true })` and gets a Chromium of its own per test, closed after it.
 */
export const test = base.extend<{ l: Launched; freshBrowser: boolean }, { sharedBrowser: SharedBrowser }>({
  freshBrowser: [false, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  sharedBrowser: [async ({}, use) => {
    const shared = new SharedBrowser();
    try {
      await use(shared);
    } finally {
      await shared.close();
    }
  }, { scope: 'worker' }],
  l: async ({ freshBrowser, sharedBrowser }, use) => {
    if (!freshBrowser) return use(await sharedBrowser.reset());
    const launched = await launchWithExtension();
    try {
      await use(launched);
    } finally {
      await launched.close().catch(() => undefined);
    }
  },
});

/** The worker's Chromium: launched on first use, reset between tests, launched again if it was lost. */
class SharedBrowser {
  private launched: Launched | undefined;

  async reset(): Promise<Launched> {
    if (this.launched && (await resetBrowser(this.launched))) return this.launched;
    await this.close(); // gone, or a reset that failed: start over with a new profile
    this.launched = await launchWithExtension();
    return this.launched;
  }

  async close(): Promise<void> {
    await this.launched?.close().catch(() => undefined);
    this.launched = undefined;
  }
}

export { expect };
