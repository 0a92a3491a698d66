import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../cli/main';

/** Run the command line in-process, capturing what it prints. */
export async function icp(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** A scratch folder and a writer of files into it, for one test file. */
export function scratch(prefix: string): { tmp: string; file: (name: string, text: string) => string } {
  const tmp = mkdtempSync(join(tmpdir(), prefix));
  return {
    tmp,
    file(name, text) {
      const path = join(tmp, name);
      writeFileSync(path, text);
      return path;
    },
  };
}
