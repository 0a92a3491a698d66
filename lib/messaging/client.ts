import { browser } from 'wxt/browser';
// Types only: the protocol's zod schemas stay out of the extension pages' bundles (issue 17).
// The background parses every reply against the message's output schema before sending it
// (lib/messaging/handle.ts), so a second parse here bought nothing but ~100 kB of zod.
import type { CHANGED as ChangedType, Input, MessageName, Output } from './protocol';

/** Same string as the protocol's CHANGED; the annotation makes the compiler check they agree. */
export const CHANGED: typeof ChangedType = 'icp/changed';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Extension pages' side of the protocol: send a request, check the reply's envelope and return
 * its data (already validated by the background). Throws a plain Error carrying the background's message.
 */
export async function request<N extends MessageName>(type: N, data: Input<N>): Promise<Output<N>> {
  const reply = await send({ type, data });
  if (!isObject(reply) || !('ok' in reply)) throw new Error('No answer from the extension background');
  if (reply.ok !== true) throw new Error(typeof reply.error === 'string' ? reply.error : 'Request failed');
  return reply.data as Output<N>;
}

/**
 * Chrome's own promise rejects when no listener answered; webextension-polyfill resolved
 * undefined instead, which request() reports as "No answer". Kept so the pages say the same
 * thing with or without the polyfill.
 */
async function send(msg: { type: string; data: unknown }): Promise<unknown> {
  try {
    return (await browser.runtime.sendMessage(msg)) as unknown;
  } catch (e) {
    if (e instanceof Error && e.message.includes('message port closed before a response was received')) return undefined;
    throw e;
  }
}

export type ChangedEvent = { tabId?: number; accountId?: string };

/** A broadcast about everything ({}): a rescore, a playbook, a restore, an import, all data deleted. */
export const isGlobalChange = (e: ChangedEvent): boolean => e.tabId === undefined && e.accountId === undefined;

/**
 * Something stored may have changed: an account, or everything. A tab's own news (reading,
 * cleared, not recognised, a list's rows in the tab) carries only its tab id and changes no stored
 * account: views of stored data skip it (issue 17: each page load asked them all again).
 */
export const changesStored = (e: ChangedEvent): boolean => e.accountId !== undefined || e.tabId === undefined;

/** The broadcast's shape checked by hand (what ChangedEvent's schema accepts); null when it is something else. */
export function readChanged(msg: unknown): ChangedEvent | null {
  if (!isObject(msg) || msg.type !== CHANGED) return null;
  const { tabId, accountId } = msg;
  if (tabId !== undefined && typeof tabId !== 'number') return null;
  if (accountId !== undefined && typeof accountId !== 'string') return null;
  const e: ChangedEvent = {};
  if (tabId !== undefined) e.tabId = tabId;
  if (accountId !== undefined) e.accountId = accountId;
  return e;
}

/** Subscribe to the background's "something changed" broadcasts; returns the unsubscribe. */
export function onChanged(listener: (e: ChangedEvent) => void): () => void {
  const fn = (msg: unknown) => {
    const e = readChanged(msg);
    if (e) listener(e);
  };
  browser.runtime.onMessage.addListener(fn);
  return () => browser.runtime.onMessage.removeListener(fn);
}
