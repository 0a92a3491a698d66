import { z } from 'zod';

/**
 * The shapes of what the HubSpot connection keeps and shows (issue 19 §2), defined once for the
 * background's storage and the messages to the pages. No token in any of them.
 */
export const MAX_QUEUE = 20_000;
export const MAX_RECENT = 20;

const Counts = z.object({ created: z.number().int().nonnegative(), updated: z.number().int().nonnegative(), skipped: z.number().int().nonnegative(), failed: z.number().int().nonnegative() });
export const Recent = z.object({ accountId: z.string().max(300), name: z.string().max(300), action: z.enum(['created', 'updated', 'skipped', 'failed']), detail: z.string().max(600) });
export type Recent = z.infer<typeof Recent>;

/** Account ids waiting to be sent, and how the current run went. */
export const Queue = z.object({
  pending: z.array(z.string().min(1).max(300)).max(MAX_QUEUE),
  total: z.number().int().nonnegative(),
  counts: Counts,
  paused: z.boolean(),
  /** why the run stopped (network, rate limit, token, scope), shown until the next success */
  problem: z.string().max(600).nullable(),
  /** when the alarm retries (epoch ms), while waiting */
  retryAt: z.number().nullable(),
  recent: z.array(Recent).max(MAX_RECENT),
});
export type Queue = z.infer<typeof Queue>;

/** What the pages see of the queue: how many wait, not which (a long queue stays in the worker). */
export const QueueView = Queue.omit({ pending: true }).extend({ pending: z.number().int().nonnegative() });
export type QueueView = z.infer<typeof QueueView>;
export const queueView = (q: Queue): QueueView => ({ ...q, pending: q.pending.length });

export const emptyQueue = (): Queue => ({ pending: [], total: 0, counts: { created: 0, updated: 0, skipped: 0, failed: 0 }, paused: false, problem: null, retryAt: null, recent: [] });

/** Add ids at the end (once each); a queue that had finished starts a new run with fresh counts. */
export function enqueue(q: Queue, ids: readonly string[]): Queue {
  const base = q.pending.length ? q : { ...emptyQueue(), recent: q.recent };
  const have = new Set(base.pending);
  const added = [...new Set(ids)].filter((id) => !have.has(id)).slice(0, MAX_QUEUE - base.pending.length);
  return { ...base, pending: [...base.pending, ...added], total: base.total + added.length, problem: null };
}

/** HubSpot's own answer to "already in CRM?" for one domain. */
export const LiveCrm = z.object({
  found: z.boolean(),
  url: z.string().max(300).nullable(),
  owner: z.string().max(300).nullable(),
  stage: z.string().max(100).nullable(),
  checkedAt: z.number(),
});
export type LiveCrm = z.infer<typeof LiveCrm>;

export const Lookup = z.discriminatedUnion('state', [
  z.object({ state: z.enum(['not-connected', 'no-domain']) }),
  z.object({ state: z.literal('unreachable'), message: z.string().max(600) }),
  z.object({ state: z.literal('live'), live: LiveCrm }),
]);
export type Lookup = z.infer<typeof Lookup>;
