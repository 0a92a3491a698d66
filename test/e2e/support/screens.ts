import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

export const SCREENS_DIR = path.resolve(import.meta.dirname, '../../../test-results/screens');

/** A side panel is narrow: render extension pages at its usual width. */
export const PANEL_VIEWPORT = { width: 400, height: 900 };

/**
 * Save `<name>-light.png` and `<name>-dark.png` of a page (the theme follows the system, so the
 * colour scheme is emulated), then restore the system default.
 */
export async function saveScreens(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string[]> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const files: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const file = path.join(SCREENS_DIR, `${name}-${colorScheme}.png`);
    await page.screenshot({ path: file, fullPage: opts.fullPage ?? true, animations: 'disabled' });
    files.push(file);
  }
  await page.emulateMedia({ colorScheme: null });
  return files;
}
