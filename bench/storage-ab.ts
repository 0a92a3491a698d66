// `npx tsx bench/storage-ab.ts <build-dir-A> <build-dir-B> [--rounds=2] [--runs=5] [--only=rescore,insights]`
// Issue 17: the storage-bound figures (rescore, Insights view) of two builds, interleaved round by
// round in one session, so a shared machine's load weighs on both alike. Each build dir is a
// chrome-mv3 folder (e.g. .output-<name>/chrome-mv3); each is copied first (bench/snapshot.ts says why).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension, openExtensionPage } from '../test/e2e/support/extension';
import { allowNamedFunctions } from './chromium/session';
import { rescoreFigures } from './chromium/rescore';
import { insightsFigures } from './chromium/insights';
import type { Figure } from './stats';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const dirs = args.filter((a) => !a.startsWith('--')).map((d) => path.resolve(d));
const rounds = Number(opt('rounds', '2'));
const runs = Number(opt('runs', '5'));
const only = opt('only', 'rescore,insights').split(',');
if (dirs.length === 0) throw new Error('usage: npx tsx bench/storage-ab.ts <dir> [<dir>…] [--rounds=2] [--runs=5] [--only=rescore,insights]');

function copy(dir: string): { dir: string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'icp-fit-ab-'));
  cpSync(dir, path.join(root, 'chrome-mv3'), { recursive: true });
  return { dir: path.join(root, 'chrome-mv3'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

async function rescore(extensionDir: string): Promise<Figure[]> {
  const l = await launchWithExtension({ extensionDir });
  try {
    const ext = await openExtensionPage(l, 'options');
    await allowNamedFunctions(ext);
    return await rescoreFigures(ext, 10_000, runs);
  } finally {
    await l.close();
  }
}

const copies = dirs.map(copy);
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
try {
  console.log(`load at start: ${load()}`);
  for (let r = 1; r <= rounds; r++) {
    for (const [i, c] of copies.entries()) {
      const figures: Figure[] = [];
      if (only.includes('rescore')) figures.push(...(await rescore(c.dir)));
      if (only.includes('insights')) figures.push(...(await insightsFigures({ accounts: 10_000, runs, extensionDir: c.dir, log: () => undefined })));
      for (const f of figures) console.log(`round ${r} · ${path.relative(process.cwd(), dirs[i]!)} · ${f.id}: median ${f.median} ${f.unit}, p95 ${f.p95} (${f.runs} runs) · load ${load()}`);
    }
  }
} finally {
  for (const c of copies) c.remove();
}
