import { browser } from 'wxt/browser';
import { CHANGED, ChangedEvent, protocol, type Input, type MessageName, type Output } from './protocol';

/**
 * Extension pages' side of the protocol: send a request, validate the reply with the same
 * schema the background used. Throws a plain Error carrying the background's message.
 */
export async function request<N extends MessageName>(type: N, data: Input<N>): Promise<Output<N>> {
  const reply = (await browser.runtime.sendMessage({ type, data })) as unknown;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new Error('No answer from the extension background');
  const r = reply as { ok: boolean; data?: unknown; error?: unknown };
  if (!r.ok) throw new Error(typeof r.error === 'string' ? r.error : 'Request failed');
  return protocol[type].output.parse(r.data) as Output<N>;
}

/** Subscribe to the background's "something changed" broadcasts; returns the unsubscribe. */
export function onChanged(listener: (e: { tabId?: number; accountId?: string }) => void): () => void {
  const fn = (msg: unknown) => {
    const e = ChangedEvent.safeParse(msg);
    if (e.success) listener(e.data);
  };
  browser.runtime.onMessage.addListener(fn);
  return () => browser.runtime.onMessage.removeListener(fn);
}

export { CHANGED };
