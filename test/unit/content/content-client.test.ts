import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ATTEMPT_TIMEOUT_MS, sendFromContent, SEND_LIMITS, sentAtNow, SLOW_DELAY_MS } from '../../../lib/messaging/content-client';

const { failedMs, unreachableMs } = SEND_LIMITS;

const reading = { url: 'https://www.linkedin.com/company/acme/', sentAt: 1 };

describe('sendFromContent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps offering the message to a worker that keeps failing, then answers with its reply', async () => {
    let calls = 0;
    const send = vi.fn(async () => {
      if (++calls < 12) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, data: {} };
    });
    const p = sendFromContent('page/reading', reading, SEND_LIMITS, send);
    await vi.advanceTimersByTimeAsync(failedMs);
    await expect(p).resolves.toEqual({});
    expect(send).toHaveBeenCalledTimes(12); // more than the 8 attempts (~3.6 s) it used to give up after
  });

  it('a worker that cannot be reached is offered the message past half a minute, every 2 s, and given up at its own limit', async () => {
    // a worker stopped again and again under load stayed unreachable for over 30 s, and the pages gave up their observations (issue 17)
    const send = vi.fn(async () => {
      throw new Error('The message port closed before a response was received.');
    });
    let settled = false;
    const p = sendFromContent('page/reading', reading, SEND_LIMITS, send).then((r) => ((settled = true), r));
    await vi.advanceTimersByTimeAsync(failedMs + 1_000);
    expect(settled).toBe(false);
    const before = send.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10 * SLOW_DELAY_MS);
    expect(send.mock.calls.length - before).toBeGreaterThanOrEqual(9);
    expect(send.mock.calls.length - before).toBeLessThanOrEqual(11);
    await vi.advanceTimersByTimeAsync(unreachableMs - failedMs - 1_000 - 10 * SLOW_DELAY_MS - SLOW_DELAY_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(SLOW_DELAY_MS + 1);
    await expect(p).resolves.toBeNull();
  });

  it('a worker reached after a minute of trying gets the message', async () => {
    let reachable = false;
    const send = vi.fn(async () => {
      if (!reachable) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, data: { stored: true } };
    });
    const p = sendFromContent('page/observed', { id: 'obs-1' } as never, SEND_LIMITS, send);
    await vi.advanceTimersByTimeAsync(60_000);
    reachable = true;
    await vi.advanceTimersByTimeAsync(SLOW_DELAY_MS);
    await expect(p).resolves.toEqual({ stored: true });
  });

  it('a handler that keeps failing is given up at half a minute, not before', async () => {
    const send = vi.fn(async () => ({ ok: false, error: 'Transaction aborted', failed: true }));
    let settled = false;
    const p = sendFromContent('page/reading', reading, SEND_LIMITS, send).then((r) => ((settled = true), r));
    await vi.advanceTimersByTimeAsync(failedMs - 1_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1_500);
    await expect(p).resolves.toBeNull();
  });

  it('does not retry a refusal or an extension that was reloaded under the page', async () => {
    const refused = vi.fn(async () => ({ ok: false, error: 'invalid message' }));
    await expect(sendFromContent('page/reading', reading, SEND_LIMITS, refused)).resolves.toBeNull();
    expect(refused).toHaveBeenCalledTimes(1);
    const gone = vi.fn(async () => {
      throw new Error('Extension context invalidated.');
    });
    await expect(sendFromContent('page/reading', reading, SEND_LIMITS, gone)).resolves.toBeNull();
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('an attempt that is never answered is sent again, and the answer to the second is taken', async () => {
    let calls = 0;
    const send = vi.fn(() => (++calls === 1 ? new Promise<unknown>(() => undefined) : Promise.resolve({ ok: true, data: { stored: true } })));
    const p = sendFromContent('page/reading', reading, SEND_LIMITS, send);
    await vi.advanceTimersByTimeAsync(ATTEMPT_TIMEOUT_MS - 1);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(p).resolves.toEqual({ stored: true });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('a worker that never answers is asked once per attempt timeout, then given up at the unreachable limit', async () => {
    const send = vi.fn(() => new Promise<unknown>(() => undefined));
    let settled = false;
    const p = sendFromContent('page/reading', reading, SEND_LIMITS, send).then((r) => ((settled = true), r));
    await vi.advanceTimersByTimeAsync(unreachableMs - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(p).resolves.toBeNull();
    expect(send.mock.calls.length).toBe(Math.ceil(unreachableMs / ATTEMPT_TIMEOUT_MS));
  });

  it('a handler that failed (a write cut short) is offered the message again; a refusal is not', async () => {
    let calls = 0;
    const send = vi.fn(async () => (++calls < 3 ? { ok: false, error: 'Transaction aborted', failed: true } : { ok: true, data: { stored: true } }));
    const p = sendFromContent('page/reading', reading, SEND_LIMITS, send);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(p).resolves.toEqual({ stored: true });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('a worker stopped again and again is offered the message at least every half second', async () => {
    // each stop loses the attempt in hand: the fault burst's tabs needed ~20 tries, not a dozen in 30 s
    const send = vi.fn(async () => {
      throw new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
    });
    void sendFromContent('page/reading', reading, SEND_LIMITS, send);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(send.mock.calls.length).toBeGreaterThanOrEqual(18);
  });

  it('stamps are strictly increasing, even within one millisecond', () => {
    vi.setSystemTime(1_000);
    const a = sentAtNow();
    const b = sentAtNow();
    const c = sentAtNow();
    expect(a).toBeGreaterThanOrEqual(1_000);
    expect(b).toBeGreaterThan(a);
    expect(c).toBeGreaterThan(b);
  });
});
