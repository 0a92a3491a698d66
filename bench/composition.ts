import { existsSync, readFileSync } from 'node:fs';

/**
 * What each bundle is made of: bytes of the generated file attributed to the source module they
 * came from, read from the build's hidden source maps (ICP_SOURCEMAP=1, see wxt.config.ts). A size
 * regression then names its cause ("panel-model grew 40 kB: node_modules/zod").
 */
export interface Part {
  module: string;
  bytes: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...B64].map((c, i) => [c, i]));

/** One mappings segment's VLQ fields ("AAgBC" → [0, 0, 16, 1]). */
export function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const d = DIGIT.get(ch);
    if (d === undefined) throw new Error(`not base64 VLQ: ${ch}`);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Group a source path the way a reader thinks of it: a package, or a project file. */
export function moduleName(source: string): string {
  const s = source.replace(/\\/g, '/');
  const nm = s.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = s.slice(nm + 'node_modules/'.length).split('/');
    return `node_modules/${rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  return s.replace(/^(\.\.\/)+/, '').replace(/^\/?(work\/main\/)?/, '');
}

/** Bytes per module of one generated file, largest first; bytes no mapping covers are "(unmapped)". */
export function composition(code: string, map: { sources: string[]; mappings: string }): Part[] {
  const lines = code.split('\n');
  const bytes = new Map<string, number>();
  const add = (m: string, n: number) => n > 0 && bytes.set(m, (bytes.get(m) ?? 0) + n);
  let source = 0;
  const mapLines = map.mappings.split(';');
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    let col = 0;
    let at = 0;
    let current = '(unmapped)';
    for (const seg of (mapLines[l] ?? '').split(',')) {
      if (!seg) continue;
      const f = decodeVlq(seg);
      col += f[0]!;
      add(current, Buffer.byteLength(line.slice(at, col)));
      at = col;
      if (f.length >= 4) {
        source += f[1]!;
        current = moduleName(map.sources[source] ?? '(unknown)');
      } else current = '(unmapped)';
    }
    add(current, Buffer.byteLength(line.slice(at)) + 1);
  }
  return [...bytes].map(([module, n]) => ({ module, bytes: n })).sort((a, b) => b.bytes - a.bytes);
}

/** Several files as one (a page and the chunks it loads). */
export function combine(lists: readonly Part[][]): Part[] {
  const bytes = new Map<string, number>();
  for (const p of lists.flat()) bytes.set(p.module, (bytes.get(p.module) ?? 0) + p.bytes);
  return [...bytes].map(([module, n]) => ({ module, bytes: n })).sort((a, b) => b.bytes - a.bytes);
}

/** The composition of a built file from its .map beside it, or null when the build has no maps. */
export function compositionOf(file: string): Part[] | null {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return null;
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
  return composition(readFileSync(file, 'utf8'), map);
}

/** "zod 120.4 kB · lib/facts/industry-table.ts 31.2 kB · …" — the biggest parts, for the table's note. */
export function describe(parts: readonly Part[], top = 6): string {
  const shown = parts.slice(0, top).map((p) => `${p.module} ${(p.bytes / 1000).toFixed(1)} kB`);
  const rest = parts.slice(top).reduce((a, p) => a + p.bytes, 0);
  return [...shown, ...(rest ? [`${parts.length - top} more ${(rest / 1000).toFixed(1)} kB`] : [])].join(' · ');
}
