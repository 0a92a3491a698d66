import type { Runtime } from 'webextension-polyfill';
import type { z } from 'zod';
import { Envelope, protocol, type Input, type MessageName, type Output, type Reply } from './protocol';
import { MAX_MESSAGE_CHARS } from './protocol/common';

export type Handler<N extends MessageName> = (input: Input<N>, sender: Runtime.MessageSender) => Promise<Output<N>>;
export type Handlers = { [N in MessageName]: Handler<N> };

/** One message's spec as the router sees it. Typed once here, so that `specs[N]` is known to parse `Input<N>` (TypeScript cannot follow `protocol[N]` for a generic N). */
interface Spec<N extends MessageName> {
  from: 'content' | 'page';
  maxChars?: number;
  input: z.ZodType<Input<N>>;
  output: z.ZodType<Output<N>>;
}
const specs: { [N in MessageName]: Spec<N> } = protocol;

export interface SenderPolicy {
  /** an extension page of ours (side panel, popup, options) */
  isExtensionPage(sender: Runtime.MessageSender): boolean;
  /** a content script of ours in a tab on a host we serve */
  isContentScript(sender: Runtime.MessageSender): boolean;
  /** called for every message refused before a handler ran */
  onRejected(reason: string, type: string): void;
}

/**
 * The background's single onMessage listener: size cap, envelope, sender check, input parse,
 * handler, output parse. Answers `{ok:false}` instead of throwing across the boundary, with
 * `failed: true` when the handler itself threw (the sender may try again; every content message is idempotent).
 * Returns undefined for messages that are not requests of this protocol (e.g. broadcasts).
 */
export function createMessageRouter(handlers: Handlers, policy: SenderPolicy) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    const env = Envelope.safeParse(message);
    if (!env.success || !Object.hasOwn(protocol, env.data.type)) {
      policy.onRejected('unknown message', env.success ? env.data.type : typeof message);
      return Promise.resolve({ ok: false, error: 'unknown message' });
    }
    const type = env.data.type as MessageName;
    return dispatch(type, env.data.data, sender, handlers, policy);
  };
}

async function dispatch<N extends MessageName>(
  type: N,
  data: unknown,
  sender: Runtime.MessageSender,
  handlers: Handlers,
  policy: SenderPolicy,
): Promise<Reply<unknown>> {
  const spec: Spec<N> = specs[type];
  const allowed = spec.from === 'content' ? policy.isContentScript(sender) : policy.isExtensionPage(sender);
  if (!allowed) return reject(policy, 'sender not allowed', type);
  const max = spec.maxChars ?? MAX_MESSAGE_CHARS;
  if (tooLarge(data, max)) return reject(policy, 'message too large', type);
  const input = spec.input.safeParse(data);
  if (!input.success) return reject(policy, 'invalid message: ' + input.error.issues[0]?.message, type);
  try {
    const handler: Handler<N> = handlers[type];
    const out = await handler(input.data, sender);
    const parsed = spec.output.safeParse(out);
    if (!parsed.success) return { ok: false, error: 'internal: invalid reply for ' + type };
    return { ok: true, data: parsed.data };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e), failed: true };
  }
}

function reject(policy: SenderPolicy, reason: string, type: string): Reply<never> {
  policy.onRejected(reason, type);
  return { ok: false, error: reason };
}

function tooLarge(data: unknown, max: number): boolean {
  try {
    return JSON.stringify(data ?? null).length > max;
  } catch {
    return true;
  }
}
