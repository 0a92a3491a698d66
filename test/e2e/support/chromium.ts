import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium runs the tests: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the one
 * Playwright downloaded. Branded Google Chrome no longer loads unpacked extensions from the
 * command line, so it is not an option.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', safe(() => chromium.executablePath())];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; elsewhere: ' +
        '`npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium binary. Google Chrome cannot load the extension.',
    );
  }
  return found;
}

function safe(fn: () => string): string | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** Flags for an offline, quiet Chromium that loads our unpacked extension. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
  ];
}
