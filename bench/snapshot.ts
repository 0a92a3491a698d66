import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR } from '../test/e2e/support/extension';
import { scriptsOf } from './bundle';

/**
 * A private copy of the built extension. Other engineers build into the same .output while a
 * bench runs (it takes minutes); Chromium reads extension files lazily, so a rebuild mid-run
 * made pages fail to load. The bench measures and loads this copy instead.
 */
const REQUIRED = ['manifest.json', 'background.js', 'sidepanel.html', 'content-scripts/linkedin.js'];

/** Every script the HTML pages load is in the copy (not half of one build and half of another). */
function pagesComplete(dir: string): boolean {
  return ['sidepanel', 'popup', 'options'].every((p) => scriptsOf(readFileSync(path.join(dir, `${p}.html`), 'utf8'), dir).every((s) => existsSync(s)));
}

export function snapshotBuild(): { dir: string; remove: () => void } {
  for (let attempt = 0; attempt < 5; attempt++) {
    const root = mkdtempSync(path.join(tmpdir(), 'icp-fit-bench-'));
    const dir = path.join(root, 'chrome-mv3');
    try {
      cpSync(EXTENSION_DIR, dir, { recursive: true });
      if (REQUIRED.every((f) => existsSync(path.join(dir, f))) && pagesComplete(dir)) return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
    } catch {
      // a rebuild was replacing files while we copied: try again
    }
    rmSync(root, { recursive: true, force: true });
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
  }
  throw new Error(`no complete build in ${EXTENSION_DIR}: run without --no-build`);
}
