import type { Page } from '@playwright/test';
import type { Launched } from '../../test/e2e/support/extension';
import { figure, sleep, type Figure } from '../stats';
import { companyHtml, companyUrl } from './generated';
import { spaNavigateTimed, stats } from './session';
import { attachWorkerHeap } from './worker-heap';

/**
 * Figure 3e: service-worker heap growth over 1,000 page observations. TABS tabs each cycle
 * in-app navigations over their own share of COMPANIES generated company pages; a navigation is
 * paced at PACE_MS so the content script's 300 ms URL poll sees every one. Heap is read after a
 * forced GC (HeapProfiler.collectGarbage) before and after, once warm.
 */
const TABS = 10;
const COMPANIES = 50;
const PACE_MS = 400;

async function observe(ext: Page, tabs: Page[], count: number, round0: number): Promise<number> {
  const target = (await stats(ext)).observations + count;
  let round = round0;
  const deadline = Date.now() + 180_000;
  while ((await stats(ext)).observations < target) {
    if (Date.now() > deadline) throw new Error(`observations stuck below ${target}`);
    // 10 rounds between stats checks: the check itself is work for the worker.
    for (let k = 0; k < 10; k++, round++) {
      await Promise.all(tabs.map((tab, i) => {
        const n = (i * (COMPANIES / TABS) + (round % (COMPANIES / TABS))) % COMPANIES;
        return spaNavigateTimed(tab, companyUrl(n), companyHtml(n));
      }));
      await sleep(PACE_MS);
    }
  }
  return round;
}

export async function workerMemoryFigures(l: Launched, ext: Page, observations: number): Promise<Figure[]> {
  const tabs = await Promise.all(Array.from({ length: TABS }, () => l.context.newPage()));
  await Promise.all(tabs.map((tab, i) => tab.goto(companyUrl(i * (COMPANIES / TABS)))));
  // Warm-up: every company stored once, caches and JIT settled, before the baseline.
  const round = await observe(ext, tabs, COMPANIES, 1);
  await sleep(2000);
  const heap = await attachWorkerHeap(l.cdpPort, l.extensionId);
  try {
    const start = await stats(ext);
    const before = await heap.usedAfterGc();
    await observe(ext, tabs, observations, round);
    await sleep(2000); // late re-reads land and the worker goes quiet
    const after = await heap.usedAfterGc();
    const seen = (await stats(ext)).observations - start.observations;
    const mb = (b: number) => b / 1024 / 1024;
    const note = `${seen} observations stored (${TABS} tabs × in-app navigations over ${COMPANIES} companies)`;
    return [
      figure('worker.heapBeforeMB', 'worker', 'service-worker heap before (after gc)', 'MB', [mb(before)]),
      figure('worker.heapAfterMB', 'worker', `service-worker heap after ${observations.toLocaleString('en-US')} observations (after gc)`, 'MB', [mb(after)], note),
      figure('worker.heapGrowthMB', 'worker', `service-worker heap growth over ${observations.toLocaleString('en-US')} observations`, 'MB', [mb(after - before)]),
    ];
  } finally {
    await heap.close();
    await Promise.all(tabs.map((t) => t.close()));
  }
}
