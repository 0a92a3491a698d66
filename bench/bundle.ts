import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { combine, compositionOf, describe } from './composition';
import { figure, type Figure } from './stats';

/**
 * Figure 4: what Chrome loads. Every JS file in the build, raw and gzip (the store serves the zip,
 * but Chrome parses the raw bytes, which is what the budgets are about), and per HTML page the
 * sum of the scripts it loads: <script src> plus <link rel="modulepreload"> chunks.
 * kB = 1,000 bytes, as WXT's build output prints them.
 */
const kB = (bytes: number) => bytes / 1000;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

function sizes(file: string): { raw: number; gzip: number } {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/** Scripts an HTML page loads (absolute "/chunks/x.js" paths, resolved against the build root). */
export function scriptsOf(html: string, dir: string): string[] {
  const refs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(refs)].map((r) => path.join(dir, r.replace(/^\//, '')));
}

export function bundleFigures(dir: string): Figure[] {
  const out: Figure[] = [];
  const add = (id: string, label: string, s: { raw: number; gzip: number }, note?: string) =>
    out.push(figure(`bundle.${id}.raw`, 'bundle', `${label} (raw)`, 'kB', [kB(s.raw)], note), figure(`bundle.${id}.gzip`, 'bundle', `${label} (gzip)`, 'kB', [kB(s.gzip)]));
  for (const file of filesUnder(dir).filter((f) => f.endsWith('.js')).sort()) {
    const rel = path.relative(dir, file);
    // ids without the content hash (chunks/client-B7Hzrm0r.js → chunks/client.js): comparable across builds
    const parts = compositionOf(file);
    add(rel.replace(/-[\w-]{8}\.js$/, '.js'), rel, sizes(file), parts ? describe(parts) : undefined);
  }
  for (const page of ['sidepanel', 'popup', 'options']) {
    const html = path.join(dir, `${page}.html`);
    const scripts = scriptsOf(readFileSync(html, 'utf8'), dir);
    const total = scripts.map(sizes).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
    const parts = scripts.map(compositionOf);
    const made = parts.every((p) => p) ? `; ${describe(combine(parts as NonNullable<(typeof parts)[number]>[]))}` : '';
    add(`page.${page}`, `${page} page: all its JS`, total, scripts.map((s) => path.relative(dir, s)).join(' + ') + made);
  }
  return out;
}
