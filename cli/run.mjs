// `npm run icp`: runs cli/main.ts from one prebuilt JavaScript file instead of transpiling ~230
// TypeScript modules through tsx at every start (~0.3–0.6 s of CPU before any work). esbuild bundles
// cli/main.ts into node_modules/.cache/icp-cli/ (gitignored, like every node_modules cache) the first
// time, and again whenever a file it was built from changed — so a fresh clone, a `git pull` or an
// edit needs no extra step. Plain JavaScript: Node runs this file as is.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// ICP_CLI_CACHE: another folder (tests); keep it under node_modules so the bundle's bare imports
// (jsdom, loaded by `extract` only) resolve.
const CACHE = path.resolve(ROOT, process.env.ICP_CLI_CACHE || 'node_modules/.cache/icp-cli');
const BUNDLE = path.join(CACHE, 'main.mjs');
const STAMP = path.join(CACHE, 'inputs.json');
// Besides the bundled sources: this file (the build options), the installed package versions (npm
// rewrites .package-lock.json on every install; packages unpack with fixed old mtimes) and esbuild.
const EXTRA = ['cli/run.mjs', 'node_modules/.package-lock.json', 'node_modules/esbuild/package.json'];

/** [path relative to ROOT, mtime, size] of a file, or null when it is gone. */
function stamp(rel) {
  try {
    const st = statSync(path.resolve(ROOT, rel));
    return [rel, st.mtimeMs, st.size];
  } catch {
    return null;
  }
}

/**
 * The bundle is fresh when every file it was built from, and the bundle itself, has the mtime and
 * size it had then.
 */
function isFresh() {
  let saved;
  try {
    saved = JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return false;
  }
  if (!Array.isArray(saved) || !saved.length) return false;
  return saved.every((entry) => {
    const now = Array.isArray(entry) && typeof entry[0] === 'string' ? stamp(entry[0]) : null;
    return now !== null && now[1] === entry[1] && now[2] === entry[2];
  });
}

/** Write next to the target, then rename: a concurrent `icp` never imports half a file. */
function writeAtomic(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

async function build() {
  const started = Date.now();
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    entryPoints: [path.join(ROOT, 'cli/main.ts')],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // jsdom is large and only `extract` loads it: it stays a runtime import from node_modules
    external: ['jsdom'],
    outfile: BUNDLE,
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  mkdirSync(CACHE, { recursive: true });
  writeAtomic(BUNDLE, result.outputFiles[0].contents);
  const inputs = [...Object.keys(result.metafile.inputs), ...EXTRA].map(stamp).filter((s) => s !== null);
  // a file saved while esbuild read it may be in the bundle in its older form: leave no stamp, so
  // the next run builds again. The bundle's own stamp: a concurrent build that renames its bundle
  // over this one later makes this stamp stale.
  const bundle = stamp(path.relative(ROOT, BUNDLE));
  if (bundle && inputs.every((s) => s[1] < started)) writeAtomic(STAMP, JSON.stringify([...inputs, bundle]));
}

/** The bundle's URL; without one (the cache cannot be written: a read-only node_modules), the source through tsx. */
async function entry() {
  try {
    if (!isFresh()) await build();
    return pathToFileURL(BUNDLE).href;
  } catch (e) {
    // esbuild has printed the source error itself
    if (e && Array.isArray(e.errors) && e.errors.length) process.exit(2);
    process.stderr.write(`icp: could not build the command line (${e instanceof Error ? e.message : String(e)}); running it through tsx\n`);
    const { register } = await import('tsx/esm/api');
    register();
    return pathToFileURL(path.join(ROOT, 'cli/main.ts')).href;
  }
}

const { main } = await import(await entry());
main(process.argv.slice(2));
