import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
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
  },
});
