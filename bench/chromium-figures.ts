import type { Page } from '@playwright/test';
import { launchWithExtension, openExtensionPage, type Launched } from '../test/e2e/support/extension';
import { serveCompanies } from './chromium/generated';
import { freshStartFigures } from './chromium/fresh-start';
import { unattachedPanelFigures } from './chromium/unattached-panel';
import { coldFigures, pageLoadFigures, servePageTypes, spaFigures } from './chromium/page-loads';
import { panelFigures } from './chromium/panel';
import { rescoreFigures } from './chromium/rescore';
import { workerMemoryFigures } from './chromium/worker-memory';
import { allowNamedFunctions } from './chromium/session';
import type { Figure } from './stats';

/**
 * Figure 3: the built extension in real Chromium. Three fresh browsers (profiles), so the 10,000
 * seeded accounts and the 1,000 observations do not weigh on the page-load timings. Fixture pages
 * are served at their real URLs; every other request is refused (no network).
 */
export interface ChromiumOptions {
  loads: number;
  observations: number;
  accounts: number;
  rescoreRuns: number;
  /** the snapshot of the build to load (bench/snapshot.ts) */
  extensionDir: string;
  log: (s: string) => void;
}

/** A fresh browser with the fixture routes, and the extension page the benches talk through. */
async function withBrowser<T>(extensionDir: string, fn: (l: Launched, ext: Page) => Promise<T>): Promise<T> {
  const l = await launchWithExtension({ extensionDir });
  try {
    await servePageTypes(l);
    await serveCompanies(l.context);
    const ext = await openExtensionPage(l, 'options');
    await allowNamedFunctions(ext);
    return await fn(l, ext);
  } finally {
    await l.close();
  }
}

export async function chromiumFigures(o: ChromiumOptions): Promise<Figure[]> {
  const out: Figure[] = [];
  await withBrowser(o.extensionDir, async (l, ext) => {
    o.log(`  page loads (${o.loads} per page type)…`);
    out.push(...(await pageLoadFigures(l, ext, o.loads)));
    o.log(`  in-app navigations (${o.loads})…`);
    out.push(...(await spaFigures(l, ext, o.loads)));
    o.log(`  side panel (${o.loads} opens, ${o.loads} live updates)…`);
    out.push(...(await panelFigures(l, ext, o.loads, o.loads)));
    out.push(...(await (await import('./chromium/lists')).listFigures(l, ext, o.loads)));
    o.log(`  page loads with the worker stopped first (${o.loads})…`);
    out.push(...(await coldFigures(l, ext, o.loads)));
  });
  await withBrowser(o.extensionDir, async (l, ext) => {
    o.log(`  worker memory over ${o.observations} observations…`);
    out.push(...(await workerMemoryFigures(l, ext, o.observations)));
  });
  await withBrowser(o.extensionDir, async (_l, ext) => {
    o.log(`  rescoring ${o.accounts} accounts (${o.rescoreRuns} playbook changes)…`);
    out.push(...(await rescoreFigures(ext, o.accounts, o.rescoreRuns)));
  });
  const fresh = Math.min(o.loads, 10);
  o.log(`  the worker's fresh start (${fresh} new profiles)…`);
  out.push(...(await freshStartFigures(o.extensionDir, fresh)));
  o.log(`  side panel in a browser nothing automates (${o.loads} opens)…`);
  out.push(...(await unattachedPanelFigures(o.extensionDir, o.loads, o.log)));
  return out;
}
