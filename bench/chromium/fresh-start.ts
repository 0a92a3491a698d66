import { launchWithExtension, serviceWorker } from '../../test/e2e/support/extension';
import { figure, type Figure } from '../stats';

/**
 * Figure 3f: the worker's fresh start, in a new profile each time — what a rep's first page after
 * installing or starting Chrome waits for, and what every e2e test pays. From the worker's time
 * origin (Chrome starting it) to its registration activated, read in the worker once
 * launchWithExtension has seen it activated. Chrome compiles the whole script before its first
 * line, and a fresh profile has no compiled code kept from an earlier start; a restart after idle
 * is cheaper (chromium.cold.*). docs/benchmarks.md, "session 14". No budget.
 */
export async function freshStartFigures(extensionDir: string, runs: number): Promise<Figure[]> {
  const activatedAt: number[] = [];
  for (let i = 0; i < runs; i++) {
    const l = await launchWithExtension({ extensionDir });
    try {
      const worker = await serviceWorker(l.context);
      activatedAt.push(Number(await worker.evaluate('performance.now()')));
    } finally {
      await l.close();
    }
  }
  return [
    figure(
      'chromium.freshStart.workerActivatedMs',
      'chromium',
      'a new profile: the worker started → activated',
      'ms',
      activatedAt,
      'read in the worker just after the launch saw it activated (that wait polls every 10 ms); an empty worker: ~20–50 ms',
    ),
  ];
}
