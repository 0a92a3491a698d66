import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import { figure, median, ratios, type Figure } from '../stats';

/**
 * Figure 3a': extraction ÷ one DOM pass, like for like. The content script's own `extractMs` is a
 * cold pass (first run of its code in a fresh isolated world: interpreter, regex compilation),
 * while `querySelectorAll('*')` is C++ that is never cold — their ratio mostly measures V8 start-up.
 * Here the content script's reader (lib/extract/sites.ts `readLinkedInFamily`, bundled from the
 * same source, no parsers, exactly as the content script runs it) reads the same loaded page in the
 * page's main world, warm, interleaved with DOM passes: the ratio says how many DOM walks the
 * reading costs as the page grows.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');

let bundle: Promise<string> | undefined;
/** The reader as one script that sets `globalThis.__icpRead`. */
export function readerBundle(): Promise<string> {
  bundle ??= build({
    stdin: { contents: `import { readLinkedInFamily } from './lib/extract/sites';\nglobalThis.__icpRead = readLinkedInFamily;`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return bundle;
}

export interface WarmSample {
  /** mean ms of one extraction, over `reps` runs */
  extract: number;
  /** mean ms of one querySelectorAll('*'), over `reps` passes */
  pass: number;
}

/** Interleaved: `samples` × (reps extractions, reps DOM passes), after warm-up; the page must be loaded. */
export async function warmSamples(page: Page, samples: number): Promise<WarmSample[]> {
  await page.evaluate(await readerBundle());
  return page.evaluate((samples) => {
    const read = (globalThis as unknown as { __icpRead: (url: string, doc: Document) => { recognised: boolean } }).__icpRead;
    if (!read(location.href, document).recognised) throw new Error(`not recognised: ${location.href}`);
    // ~20 ms per measurement whatever the page size: performance.now() is coarsened to 0.1 ms
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) read(location.href, document);
    const reps = Math.max(5, Math.min(200, Math.round(20 / Math.max((performance.now() - t0) / 5, 0.01))));
    const out: { extract: number; pass: number }[] = [];
    let n = 0;
    for (let s = 0; s < samples; s++) {
      let t = performance.now();
      for (let i = 0; i < reps; i++) read(location.href, document);
      const extract = (performance.now() - t) / reps;
      t = performance.now();
      for (let i = 0; i < reps * 20; i++) n += document.querySelectorAll('*').length;
      out.push({ extract, pass: (performance.now() - t) / (reps * 20) });
    }
    if (n === 0) throw new Error('empty page');
    return out;
  }, samples);
}

/** The warm figures for one page type already open in `page`. */
export async function warmExtractFigures(page: Page, key: string, label: string, samples: number): Promise<Figure[]> {
  const s = await warmSamples(page, samples);
  const extract = s.map((x) => x.extract);
  const pass = s.map((x) => x.pass);
  const id = `chromium.${key}`;
  return [
    figure(`${id}.extractWarmMs`, 'chromium', `${label}: extraction, warm (same reader in the page)`, 'ms', extract, `mean of repeated reads per sample; ${median(pass).toFixed(4)} ms per DOM pass`),
    figure(`${id}.extractRatio`, 'chromium', `${label}: extraction ÷ DOM pass (warm, like for like)`, '×', ratios(extract, pass)),
  ];
}
