import { browser } from 'wxt/browser';
import type { Input, Output } from './protocol';

// The content script's side of the protocol. Deliberately no zod here (content-script size
// budget): the background validates everything a page sends, and the content script only
// needs to know whether its message was stored.
type ContentMessage = 'page/observed' | 'page/reading' | 'list/observed';

/**
 * How long a content script keeps offering one message. A handler that failed (a write cut short)
 * is offered it for `failedMs`; a worker that cannot be reached (stopped, restarting, or never
 * answering) is waited for much longer: the page's observation is the rep's data, and a worker
 * stopped again and again under load can stay unreachable for more than half a minute (the fault
 * burst, issue 17). A message is small and idempotent, so offering it late stores it once.
 */
export interface SendLimits {
  failedMs: number;
  unreachableMs: number;
}
export const SEND_LIMITS: SendLimits = { failedMs: 30_000, unreachableMs: 10 * 60_000 };
/**
 * The longest pause between two attempts in the first `failedMs`. Short: a worker that Chrome is
 * restarting answers the next message, and one stopped again before it committed (each stop loses
 * the attempt in hand) needs many attempts, not a dozen.
 */
const MAX_DELAY_MS = 500;
/** After `failedMs`, the pause between two attempts to a worker that still cannot be reached. */
export const SLOW_DELAY_MS = 2_000;
/** One attempt that has not been answered by then is abandoned and sent again: a worker stopped while it was starting may never answer nor close the channel. */
export const ATTEMPT_TIMEOUT_MS = 5_000;
const NO_ANSWER = Symbol('no answer');

/**
 * Sends until the background answers. Every payload carries an idempotent id or timestamp, so
 * a retry after a worker stopped mid-message is stored once. An attempt unanswered after
 * ATTEMPT_TIMEOUT_MS is sent again, and so is one whose handler failed. Gives up on a refusal
 * (retrying would not help), when the extension was reloaded under the page, when a handler has
 * kept failing for `limits.failedMs`, or when the worker has been unreachable for `limits.unreachableMs`.
 */
export async function sendFromContent<N extends ContentMessage>(
  type: N,
  data: Input<N>,
  limits: SendLimits = SEND_LIMITS,
  send: (message: unknown) => Promise<unknown> = (m) => browser.runtime.sendMessage(m),
): Promise<Output<N> | null> {
  const started = Date.now();
  const unreachableEnd = started + limits.unreachableMs;
  for (let i = 0; ; i++) {
    // whether this attempt's handler answered with a failure (rather than nobody answering)
    let failed = false;
    try {
      const reply = (await answerWithin(send({ type, data }), Math.min(ATTEMPT_TIMEOUT_MS, Math.max(0, unreachableEnd - Date.now())))) as
        | { ok?: boolean; data?: Output<N>; failed?: boolean }
        | undefined
        | typeof NO_ANSWER;
      if (reply === NO_ANSWER) {
        if (Date.now() >= unreachableEnd) return null;
        continue; // sent again at once: the wait was the backoff
      }
      if (reply?.ok) return reply.data ?? null;
      // a refusal is final; a handler that threw (a write cut short) is offered the message again
      if (reply && reply.ok === false && !reply.failed) return null;
      failed = !!reply?.failed;
    } catch (e) {
      // "Extension context invalidated": this page's script belongs to an extension that was
      // reloaded or removed; nobody will ever answer. Anything else: the worker is (re)starting.
      if (/context invalidated/i.test(String(e))) return null;
    }
    const early = Date.now() - started < limits.failedMs;
    const delay = early ? Math.min(MAX_DELAY_MS, 25 * 2 ** i) : SLOW_DELAY_MS;
    if (Date.now() + delay > (failed ? started + limits.failedMs : unreachableEnd)) return null;
    await new Promise((r) => setTimeout(r, delay));
  }
}

let lastStamp = 0;
/**
 * `Date.now()`, but strictly later than any stamp this script gave before: the background orders
 * one tab's messages by `sentAt`, and a "reading" sent in the same millisecond as the read that
 * follows it must still count as older when a retry delivers it late.
 */
export function sentAtNow(): number {
  const now = Date.now();
  lastStamp = now > lastStamp ? now : lastStamp + 1;
  return lastStamp;
}

function answerWithin<T>(p: Promise<T>, ms: number): Promise<T | typeof NO_ANSWER> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof NO_ANSWER>((resolve) => (timer = setTimeout(() => resolve(NO_ANSWER), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
