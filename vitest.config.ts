import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const UNIT = 'test/unit';
/** include patterns are relative to the root (this file's folder), whatever folder vitest is started from */
const ROOT = path.dirname(fileURLToPath(import.meta.url));

/**
 * What makes a test file need a module graph and globals of its own: a fake IndexedDB, module
 * mocks, stubbed globals or timers, environment variables, or anything it writes on `globalThis`.
 * A file that matches (or says `vitest: isolate` in a comment) runs isolated, in a worker thread
 * of its own; every other file only imports modules and calls them, and shares its thread's
 * modules with the files run before it. Sharing saves each file a new thread and its imports: the
 * unit phase in 89 s instead of 108 s (medians of three alternated runs, 2026-12-07; docs/benchmarks.md,
 * session 18). Sharing every file instead fails 40 tests in 11 files; check a new shared file with
 * `npx vitest run --project shared --sequence.shuffle`.
 */
const NEEDS_ISOLATION = /fake-indexeddb|vi\.(mock|doMock|stubGlobal|stubEnv|spyOn|useFakeTimers|resetModules)\b|process\.env|globalThis|\bglobal\.|vitest: isolate/;

function testFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.test\.tsx?$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}
const shared = testFiles(UNIT).filter((f) => !NEEDS_ISOLATION.test(readFileSync(path.join(ROOT, f), 'utf8')));

export default defineConfig({
  test: {
    environment: 'node',
    // before every file: BroadcastChannel scoped to the worker thread (each file is its own extension)
    setupFiles: ['test/unit/setup/thread-broadcast.ts'],
    testTimeout: 20_000,
    // Vitest's default is one worker fewer than the cores: one on a 2-core CI machine, where the main
    // process mostly waits. Two workers there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Worker threads, not child processes: the same 180 files in 160 s instead of 190 s on the 2-core
    // machine (2026-12-06, one run each, nothing else running): less to start and import per file.
    pool: 'threads',
    projects: [
      { extends: true, test: { name: 'shared', include: shared, isolate: false } },
      { extends: true, test: { name: 'isolated', include: [`${UNIT}/**/*.test.ts`, `${UNIT}/**/*.test.tsx`], exclude: shared, isolate: true } },
    ],
  },
});
