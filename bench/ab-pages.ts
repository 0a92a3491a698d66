import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, openExtensionPage, type Launched } from '../test/e2e/support/extension';
import { serveCompanies } from './chromium/generated';
import { coldFigures, pageLoadFigures, servePageTypes } from './chromium/page-loads';
import { panelFigures } from './chromium/panel';
import { allowNamedFunctions } from './chromium/session';
import type { Figure } from './stats';

/**
 * A/B of two or more builds on the same machine load: the page-load and side-panel figures of
 * each build, interleaved round by round (a shared machine's load changes by the minute, so
 * builds measured minutes apart cannot be compared). For work on the hot paths, not for budgets.
 *
 *   npx tsx bench/ab-pages.ts .output-a/chrome-mv3 .output-b/chrome-mv3 [--rounds=2] [--loads=10] [--panel-only | --cold-only]
 *
 * `--cold-only`: only the page loads with the worker stopped first (chromium.cold.*), the case a
 * rep meets after 30 s idle.
 */
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt);
const dirs = args.filter((a) => !a.startsWith('--'));
const rounds = opt('rounds', 2);
const loads = opt('loads', 10);
const panelOnly = args.includes('--panel-only');
const coldOnly = args.includes('--cold-only');

/** A private copy: Chromium reads extension files lazily and the folders may be rebuilt meanwhile. */
function snapshot(dir: string): { dir: string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'icp-fit-ab-'));
  const copy = path.join(root, 'chrome-mv3');
  cpSync(path.resolve(dir), copy, { recursive: true });
  return { dir: copy, remove: () => rmSync(root, { recursive: true, force: true }) };
}

async function measure(extensionDir: string): Promise<Figure[]> {
  const l: Launched = await launchWithExtension({ extensionDir });
  try {
    await servePageTypes(l);
    await serveCompanies(l.context);
    const ext: Page = await openExtensionPage(l, 'options');
    await allowNamedFunctions(ext);
    if (coldOnly) return await coldFigures(l, ext, loads);
    return [...(panelOnly ? [] : await pageLoadFigures(l, ext, loads)), ...(await panelFigures(l, ext, loads, 2))];
  } finally {
    await l.close();
  }
}

const WANTED = /(observationToBadgeMs|badgeToFloorRatio|floorMs|dclToBadgeMs|floorToBadgeMs|extractRatio|extractMs|openToTierMs|openToFirstPaintMs)$/;

async function main(): Promise<void> {
  const snaps = dirs.map(snapshot);
  const table = new Map<string, number[][]>();
  try {
    for (let r = 0; r < rounds; r++) {
      for (const [i, s] of snaps.entries()) {
        console.log(`round ${r + 1}, ${dirs[i]} (load ${loadavg()[0]!.toFixed(2)})`);
        for (const f of (await measure(s.dir)).filter((f) => WANTED.test(f.id))) {
          const row = table.get(f.id) ?? dirs.map(() => []);
          row[i]!.push(f.median);
          table.set(f.id, row);
        }
      }
    }
  } finally {
    for (const s of snaps) s.remove();
  }
  console.log(['figure', ...dirs].join(' | '));
  for (const [id, row] of table) console.log([id, ...row.map((xs) => xs.map((x) => x.toFixed(2)).join(' / '))].join(' | '));
}

await main();
