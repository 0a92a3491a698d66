import { browser } from 'wxt/browser';
import type { Input, Output } from './protocol';

// The content script's side of the protocol. Deliberately no zod here (content-script size
// budget): the background validates everything a page sends, and the content script only
// needs to know whether its message was stored.
type ContentMessage = 'page/observed' | 'page/reading';

export async function sendFromContent<N extends ContentMessage>(type: N, data: Input<N>, attempts = 8): Promise<Output<N> | null> {
  for (let i = 0; i < attempts; i++) {
    try {
      const reply = (await browser.runtime.sendMessage({ type, data })) as { ok?: boolean; data?: Output<N> } | undefined;
      if (reply?.ok) return reply.data ?? null;
      if (reply && reply.ok === false) return null; // refused: retrying would not help
    } catch {
      // The worker may be starting up or restarting: retry with the same payload (idempotent id).
    }
    // backoff up to ~3 s in all: a worker being stopped and restarted answers within that
    await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** i)));
  }
  return null;
}
