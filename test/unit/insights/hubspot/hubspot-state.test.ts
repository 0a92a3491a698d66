import { describe, expect, it } from 'vitest';
import { emptyQueue, enqueue, MAX_QUEUE, Queue } from '../../../../lib/insights/hubspot/hubspot-state';

describe('the send queue', () => {
  it('adds each id once, keeps the run going, and starts a finished run with fresh counts', () => {
    const q = enqueue(emptyQueue(), ['a', 'b', 'a']);
    expect(q).toMatchObject({ pending: ['a', 'b'], total: 2 });
    const more = enqueue({ ...q, counts: { created: 1, updated: 0, skipped: 0, failed: 0 } }, ['b', 'c']);
    expect(more).toMatchObject({ pending: ['a', 'b', 'c'], total: 3, counts: { created: 1 } });
    const recent = [{ accountId: 'a', name: 'A', action: 'created' as const, detail: 'x' }];
    const next = enqueue({ ...emptyQueue(), total: 5, counts: { created: 5, updated: 0, skipped: 0, failed: 0 }, recent }, ['d']);
    expect(next).toMatchObject({ pending: ['d'], total: 1, counts: { created: 0 }, recent });
  });

  it('holds at most MAX_QUEUE ids; a stored queue that is too long or malformed is refused', () => {
    const ids = Array.from({ length: MAX_QUEUE + 5 }, (_, i) => `id${i}`);
    const q = enqueue(emptyQueue(), ids);
    expect(q.pending).toHaveLength(MAX_QUEUE);
    expect(Queue.safeParse(q).success).toBe(true);
    expect(Queue.safeParse({ ...q, pending: [...q.pending, 'x'] }).success).toBe(false);
    expect(Queue.safeParse({ ...q, problem: 'x'.repeat(601) }).success).toBe(false);
  });
});
