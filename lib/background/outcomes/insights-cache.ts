import Dexie from 'dexie';
import type { PerformanceSummary } from '../../insights/performance-schema';

/**
 * The last "Is the ICP working?" summary, kept in the worker while nothing it depends on changed.
 * A cache, not the truth: lost when the worker stops, dropped on any write to the tables it reads
 * (Dexie's storagemutated event fires after every committed write, from this worker or another
 * extension page), and keyed by playbook version and date. Without it, every "changed" broadcast
 * (a page read in any tab) would rescore 10,000 accounts for an open Insights tab.
 */
const TABLES = ['accounts', 'outcomes', 'answers', 'playbooks'];
let generation = 0;
let cached: { key: string; generation: number; summary: PerformanceSummary } | undefined;
let listening = false;

function listen(dbName: string): void {
  if (listening) return;
  listening = true;
  const prefixes = TABLES.map((t) => `idb://${dbName}/${t}/`);
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some((k) => prefixes.some((p) => k.startsWith(p)))) {
      generation++;
      cached = undefined;
    }
  });
}

let running: { key: string; generation: number; promise: Promise<PerformanceSummary> } | undefined;

/** The summary for `key`: kept, being computed (two pages asking at once share one run), or computed now. */
export function cachedSummary(dbName: string, key: string, compute: () => Promise<PerformanceSummary>): Promise<PerformanceSummary> {
  listen(dbName);
  if (cached && cached.key === key && cached.generation === generation) return Promise.resolve(cached.summary);
  if (running && running.key === key && running.generation === generation) return running.promise;
  const startedAt = generation;
  const promise = compute().then((summary) => {
    // a write while computing may not be in this summary: do not keep it
    if (generation === startedAt) cached = { key, generation, summary };
    return summary;
  });
  running = { key, generation, promise };
  void promise.catch(() => undefined).finally(() => running?.promise === promise && (running = undefined));
  return promise;
}
