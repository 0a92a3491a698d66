import type { Runtime } from 'webextension-polyfill';
import { z } from 'zod';
import type { SenderPolicy } from '../../messaging/handle';
import { Envelope, type Reply } from '../../messaging/protocol';
import { readManaged, refreshPolicy } from './playbook-policy';
import { setSimulatedPolicy, testHooksEnabled } from './e2e-hook-store';

/**
 * Test-only messages, outside the shared protocol so that no extension page or production bundle
 * carries them. The background router wraps itself with this only in an e2e build (E2E_HOOKS,
 * build-flags.ts). Same rules as every message: envelope, sender, zod input, `{ok:false}` replies.
 */
export const SIMULATE_POLICY = 'policy/simulate';
const SimulateInput = z.object({ value: z.record(z.string(), z.unknown()).nullable() });

type Router = (message: unknown, sender: Runtime.MessageSender) => Promise<Reply<unknown>> | undefined;

export function withE2eHooks(next: Router, policy: SenderPolicy): Router {
  return (message, sender) => {
    const env = Envelope.safeParse(message);
    if (!env.success || env.data.type !== SIMULATE_POLICY) return next(message, sender);
    if (!policy.isExtensionPage(sender)) return refuse(policy, 'sender not allowed');
    if (JSON.stringify(env.data.data ?? null).length > 2_100_000) return refuse(policy, 'message too large');
    const input = SimulateInput.safeParse(env.data.data);
    if (!input.success) return refuse(policy, 'invalid message');
    return simulatePolicy(input.data.value).then((data) => ({ ok: true as const, data }));
  };
}

function refuse(policy: SenderPolicy, reason: string): Promise<Reply<never>> {
  policy.onRejected(reason, SIMULATE_POLICY);
  return Promise.resolve({ ok: false, error: reason });
}

/**
 * Apply a managed-storage value as if Chrome had delivered it: only while the harness enabled the
 * hook in storage.local, and never over a real policy (a simulated value cannot unlock an
 * administrator's lock).
 */
export async function simulatePolicy(value: Record<string, unknown> | null): Promise<{ ok: true } | { ok: false; error: string }> {
  if (!(await testHooksEnabled())) return { ok: false, error: 'policy simulation is not enabled' };
  if (Object.keys(await readManaged()).length) return { ok: false, error: 'a real Chrome policy is set: it cannot be simulated over' };
  await setSimulatedPolicy(value);
  await refreshPolicy();
  return { ok: true };
}
