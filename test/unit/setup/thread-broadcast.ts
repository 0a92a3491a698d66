import { threadId } from 'node:worker_threads';

/**
 * One browser per test file: BroadcastChannel scoped to this worker thread.
 *
 * Vitest runs test files side by side in worker threads of one Node process, and Node's
 * BroadcastChannel reaches every thread of the process. Dexie tells other contexts about committed
 * writes on the channel "x-storagemutated-1" (in the extension: the worker and its pages), so a test
 * file writing to its "icp-fit" database made another file's worker-side caches drop their entries
 * (lib/background/outcomes/insights-cache.ts: outcomes-handlers.test.ts failed 1 run in 6 on
 * "nothing changed: the same summary"). Each file is its own extension: channel names get the
 * thread's id, so writes in one file never reach a file running in another thread (a file that ran
 * earlier in the same thread has finished writing).
 */
const Native = globalThis.BroadcastChannel;
if (Native && !(Native as { scoped?: boolean }).scoped) {
  class ThreadBroadcastChannel extends Native {
    static scoped = true;
    constructor(name: string) {
      super(`${String(name)}#thread-${threadId}`);
    }
  }
  globalThis.BroadcastChannel = ThreadBroadcastChannel as typeof BroadcastChannel;
}
