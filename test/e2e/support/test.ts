import { expect, test as base } from '@playwright/test';
import { launchWithExtension, type Launched } from './extension';

/**
 * Every e2e spec's `test`: a fresh Chromium with the built extension and an empty profile per
 * test (`l`), closed after it whatever happened. Specs serve their pages in a `beforeEach` that
 * asks for `l`, and never launch or close the browser themselves.
 */
export const test = base.extend<{ l: Launched }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  l: async ({}, use) => {
    const launched = await launchWithExtension();
    try {
      await use(launched);
    } finally {
      await launched.close().catch(() => undefined);
    }
  },
});

export { expect };
