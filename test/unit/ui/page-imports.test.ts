import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue 17: the side panel and the popup ship without zod (the background validates every reply
 * before sending it) and without webextension-polyfill (wxt.config.ts aliases wxt/browser for the
 * pages). A runtime import of either, anywhere a page reaches, would put it back in the bundle;
 * `import type` is fine. The bench's bundle budget catches it too, but only when someone runs it.
 */

const ROOT = path.resolve(__dirname, '../../..');
const BANNED = ['zod', 'webextension-polyfill', '@wxt-dev/webextension-polyfill'];

/** Module specifiers a file imports at run time (type-only imports and exports left out). */
function runtimeImports(file: string, text: string): string[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  for (const st of src.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const c = st.importClause;
      const typeOnly = c && (c.isTypeOnly || (!c.name && c.namedBindings && ts.isNamedImports(c.namedBindings) && c.namedBindings.elements.length > 0 && c.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push(st.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) && !st.isTypeOnly) {
      const named = st.exportClause && ts.isNamedExports(st.exportClause) ? st.exportClause.elements : null;
      if (!named || !named.every((e) => e.isTypeOnly)) out.push(st.moduleSpecifier.text);
    }
  }
  return out;
}

function resolveLocal(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  return null;
}

/** Every banned package a page reaches, with the chain of files that reaches it. */
function bannedReached(entry: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const here = [...chain, path.relative(ROOT, file)];
    for (const spec of runtimeImports(file, fs.readFileSync(file, 'utf8'))) {
      if (BANNED.includes(spec) || BANNED.some((b) => spec.startsWith(`${b}/`))) found.push(`${spec} ← ${here.join(' ← ')}`);
      else if (spec.startsWith('.')) {
        const next = resolveLocal(file, spec);
        if (next) walk(next, here);
      }
    }
  };
  walk(path.join(ROOT, entry), []);
  return found;
}

describe('what the side panel and the popup import at run time', () => {
  it.each(['entrypoints/sidepanel/main.tsx', 'entrypoints/popup/main.tsx'])('%s reaches neither zod nor the polyfill', (entry) => {
    expect(bannedReached(entry)).toEqual([]);
  });

  it('tells type-only imports from runtime ones', () => {
    const text = [
      "import { z } from 'zod';",
      "import type { A } from 'a';",
      "import { type B, type C } from 'b';",
      "import { type D, E } from 'c';",
      "import 'side-effect';",
      "export { F } from 'd';",
      "export type { G } from 'e';",
      "import * as H from 'f';",
    ].join('\n');
    expect(runtimeImports('x.ts', text)).toEqual(['zod', 'c', 'side-effect', 'd', 'f']);
  });

  it('the options page still reaches zod (its editor validates playbooks live): the walk finds it', () => {
    expect(bannedReached('entrypoints/options/main.tsx').some((f) => f.startsWith('zod'))).toBe(true);
  });
});

describe("the pages use chrome's own promise APIs (wxt.config.ts)", () => {
  type Alias = { find: string | RegExp; replacement: string };
  const aliasesFor = async (types: string[]): Promise<Alias[]> => {
    const { default: config } = await import('../../../wxt.config');
    const vite: { resolve?: { alias?: Alias[] } } = { resolve: { alias: [] } };
    // the hook reads only each entrypoint's type and the config's aliases
    const hooks = config.hooks as Record<string, (e: { type: string }[], c: typeof vite) => void> | undefined;
    hooks?.['vite:build:extendConfig']?.(types.map((type) => ({ type })), vite);
    return vite.resolve?.alias ?? [];
  };
  const native = (aliases: Alias[]) => aliases.some((a) => String(a.find) === String(/^wxt\/browser$/) && a.replacement.includes('@wxt-dev/browser'));

  it('the extension pages, built as one group, and the content scripts get wxt/browser without the polyfill', async () => {
    expect(native(await aliasesFor(['sidepanel', 'popup', 'options']))).toBe(true);
    expect(native(await aliasesFor(['content-script']))).toBe(true);
  });

  it('the worker keeps the polyfill: its listener answers with a promise', async () => {
    expect(native(await aliasesFor(['background']))).toBe(false);
    expect(native(await aliasesFor(['sidepanel', 'unlisted-page']))).toBe(false);
  });
});
