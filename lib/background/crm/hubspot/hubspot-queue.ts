import { browser } from 'wxt/browser';
import { BATCH_LIMIT } from '../../../insights/hubspot/hubspot-requests';
import type { HubSpotProblem } from '../../../insights/hubspot/hubspot-errors';
import { log } from '../../data/diagnostics';
import { subjectsFor } from './hubspot-accounts';
import { loadConnection, redact } from './hubspot-store';
import { enqueue, type Queue, type Recent } from '../../../insights/hubspot/hubspot-state';
import { loadQueue, saveQueue } from './hubspot-queue-store';
import { sendChunk, type Outcome } from './hubspot-send';

export const QUEUE_ALARM = 'hubspot-queue';
/** the safety-net period of the retry alarm (a stopped worker is woken for alarms, not timers) */
const ALARM_PERIOD_MIN = 15;
/** a network failure is retried after this long */
const NETWORK_RETRY_MS = 60_000;

let running: Promise<void> | null = null;

function recentOf(o: Outcome, names: Map<string, string>): Recent {
  const name = (names.get(o.accountId) ?? o.accountId).slice(0, 300);
  return { accountId: o.accountId, name, action: o.action, detail: ('url' in o ? o.url : o.reason).slice(0, 600) };
}

async function scheduleRetry(at: number): Promise<void> {
  await browser.alarms.create(QUEUE_ALARM, { when: at, periodInMinutes: ALARM_PERIOD_MIN });
}

/** The run stops: a wait (network, rate limit) is retried by the alarm; a token or scope problem pauses until the rep acts. */
async function stopped(q: Queue, problem: HubSpotProblem, token: string): Promise<Queue> {
  const waits = problem.kind === 'network' || problem.kind === 'rate';
  const retryAt = waits ? Date.now() + (problem.kind === 'rate' ? problem.waitMs : NETWORK_RETRY_MS) : null;
  if (retryAt) await scheduleRetry(retryAt);
  const message = redact(problem.message, token);
  await saveQueue({ ...q, problem: message, retryAt, paused: q.paused || !waits });
  await log('warn', `HubSpot send stopped: ${message}`);
  return loadQueue();
}

/** A single send that met a network failure or a long rate limit: kept in the queue for the alarm. */
export async function waitInQueue(ids: readonly string[], problem: HubSpotProblem, token: string): Promise<Queue> {
  return stopped(enqueue(await loadQueue(), ids), problem, token);
}

/** One chunk; false when the run must stop (paused, empty, or a problem that waits or needs the rep). */
async function step(): Promise<boolean> {
  const q = await loadQueue();
  if (q.paused || !q.pending.length) return false;
  const conn = await loadConnection();
  if (!conn) return void (await saveQueue({ ...q, problem: 'Not connected to HubSpot: connect in Options → CRM, then Retry.' })), false;
  const ids = q.pending.slice(0, BATCH_LIMIT);
  const subjects = await subjectsFor(ids);
  const result = subjects.length ? await sendChunk(subjects, conn) : { ok: true as const, outcomes: [] };
  const now = await loadQueue(); // a pause or an added id while the chunk was in flight is kept
  if (!result.ok) return void (await stopped(now, result.problem, conn.token)), false;
  const names = new Map(subjects.map((s) => [s.accountId, s.account.name ?? s.account.domain ?? s.accountId]));
  const counts = { ...now.counts };
  for (const o of result.outcomes) counts[o.action]++;
  const gone = ids.length - subjects.length; // deleted since they were queued
  counts.skipped += gone;
  const done = new Set(ids);
  await saveQueue({ ...now, pending: now.pending.filter((id) => !done.has(id)), counts, problem: null, retryAt: null, recent: [...now.recent, ...result.outcomes.map((o) => recentOf(o, names))] });
  return true;
}

/** Work through the queue, chunk by chunk, until it is empty, paused or stopped by a problem. */
export function runQueue(): Promise<void> {
  running ??= (async () => {
    try {
      while (await step());
    } catch (e) {
      await log('error', `HubSpot queue: ${redact(e instanceof Error ? e.message : String(e), (await loadConnection())?.token)}`);
    } finally {
      running = null;
    }
  })();
  return running;
}

/** Queue accounts and start (not awaited by callers that answer at once). */
export async function queueAccounts(ids: readonly string[]): Promise<Queue> {
  const q = enqueue(await loadQueue(), ids);
  await saveQueue({ ...q, paused: false });
  return loadQueue();
}

export async function setPaused(paused: boolean): Promise<void> {
  await saveQueue({ ...(await loadQueue()), paused, ...(paused ? {} : { problem: null }) });
}
