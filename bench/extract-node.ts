import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { extractPage } from '../lib/extract';
import { figure, ratios, type Figure } from './stats';

/**
 * Figure 2: extraction in Node. Each fixture page parsed once with jsdom, then extractPage timed
 * against one `querySelectorAll('*')` pass over the same document: the ratio says how many
 * "full DOM walks" extraction costs, independent of how fast this machine is today.
 */
// jsdom ships no type declarations (and no new dependencies here): its one constructor, typed.
type JsdomCtor = new (html: string, opts: { url: string }) => { window: { document: Document } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomCtor };

const FIXTURES = path.resolve(import.meta.dirname, '../test/fixtures');
const SITES = ['linkedin', 'salesnav', 'crunchbase', 'website'];
const WARMUP = 3;

export function extractNodeFigures(runs = 20): Figure[] {
  const out: Figure[] = [];
  for (const site of SITES) {
    for (const file of readdirSync(path.join(FIXTURES, site)).filter((f) => f.endsWith('.html')).sort()) {
      const { url } = JSON.parse(readFileSync(path.join(FIXTURES, site, file.replace(/\.html$/, '.expected.json')), 'utf8')) as { url: string };
      const { document } = new JSDOM(readFileSync(path.join(FIXTURES, site, file), 'utf8'), { url }).window;
      const extract: number[] = [];
      const walk: number[] = [];
      for (let i = 0; i < WARMUP + runs; i++) {
        const t0 = performance.now();
        extractPage(url, document);
        const t1 = performance.now();
        const n = document.querySelectorAll('*').length;
        const t2 = performance.now();
        if (n === 0) throw new Error(`${file}: empty document`);
        if (i < WARMUP) continue; // first passes pay jsdom's and V8's one-time costs
        extract.push(t1 - t0);
        walk.push(t2 - t1);
      }
      const name = `${site}/${file.replace(/\.html$/, '')}`;
      const id = `extract.node.${name}`;
      out.push(
        figure(`${id}.ms`, 'extract-node', `${name}: extractPage`, 'ms', extract),
        figure(`${id}.domPassMs`, 'extract-node', `${name}: querySelectorAll('*')`, 'ms', walk),
        figure(`${id}.ratio`, 'extract-node', `${name}: extraction ÷ DOM pass`, '×', ratios(extract, walk)),
      );
    }
  }
  return out;
}
