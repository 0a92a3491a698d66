import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
    // Vitest's default is one worker fewer than the cores: one on a 2-core CI machine, where the main
    // process mostly waits. Two workers there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
