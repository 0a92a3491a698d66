import Dexie from 'dexie';
import type { PerformanceSummary } from '../../insights/performance-schema';
import type { QuarterlyReview } from '../../insights/review-schema';

/**
 * The last "Is the ICP working?" summary and quarterly review, kept in the worker while nothing they depend on changed.
 * A cache, not the truth: lost when the worker stops, dropped on any write to the tables it reads
 * (Dexie's storagemutated event fires after every committed write, from this worker or another
 * extension page), and keyed by playbook version and date. Without it, every "changed" broadcast
 * (a page read in any tab) would rescore 10,000 accounts for an open Insights tab.
 */
const TABLES = ['accounts', 'outcomes', 'answers', 'playbooks'];
let generation = 0;
let listening = false;

function listen(dbName: string): void {
  if (listening) return;
  listening = true;
  const prefixes = TABLES.map((t) => `idb://${dbName}/${t}/`);
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some((k) => prefixes.some((p) => k.startsWith(p)))) {
      generation++;
      summary.cached = undefined;
      review.cached = undefined;
    }
  });
}

type Slot<T> = {
  cached?: { key: string; generation: number; value: T };
  running?: { key: string; generation: number; promise: Promise<T> };
};

/** `value` for `key`: kept, being computed (two pages asking at once share one run), or computed now. */
function keptUntilWrite<T>(slot: Slot<T>, dbName: string, key: string, compute: () => Promise<T>): Promise<T> {
  listen(dbName);
  if (slot.cached && slot.cached.key === key && slot.cached.generation === generation) return Promise.resolve(slot.cached.value);
  if (slot.running && slot.running.key === key && slot.running.generation === generation) return slot.running.promise;
  const startedAt = generation;
  const promise = compute().then((value) => {
    // a write while computing may not be in this value: do not keep it
    if (generation === startedAt) slot.cached = { key, generation, value };
    return value;
  });
  slot.running = { key, generation, promise };
  void promise.catch(() => undefined).finally(() => slot.running?.promise === promise && (slot.running = undefined));
  return promise;
}

const summary: Slot<PerformanceSummary> = {};
const review: Slot<QuarterlyReview> = {};

/** The "Is the ICP working?" summary for `key` (playbook, day, CRM outcomes option). */
export function cachedSummary(dbName: string, key: string, compute: () => Promise<PerformanceSummary>): Promise<PerformanceSummary> {
  return keptUntilWrite(summary, dbName, key, compute);
}

/**
 * The quarterly review for `key` (playbook, day, the two periods): reading and scoring the deals
 * closed in two quarters took ~230 ms of the worker on 10,000 accounts with outcomes, each time the
 * Insights tab was shown again (docs/benchmarks.md, session 18); the names and versions it shows
 * come from the same tables, so the same writes drop it.
 */
export function cachedReview(dbName: string, key: string, compute: () => Promise<QuarterlyReview>): Promise<QuarterlyReview> {
  return keptUntilWrite(review, dbName, key, compute);
}
