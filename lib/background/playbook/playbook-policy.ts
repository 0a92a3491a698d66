import { browser } from 'wxt/browser';
import { z } from 'zod';
import { db } from '../../db/database';
import { parsePlaybookText } from '../../playbook/validate';
import type { PolicyState } from '../../messaging/views';
import { log } from '../data/diagnostics';
import { activatePlaybookText, getPolicyState, savePolicyState, serially } from './playbook-activate';
import { checkSubscriptionNow, getSubscription, removeSubscription, setSubscription } from './playbook-subscription';
import { E2E_HOOKS } from '../build-flags';
import { simulatedPolicy } from './e2e-hook-store';
import { applyCrmUrl } from '../crm/crm-policy';

/**
 * Chrome enterprise policy (chrome.storage.managed, schema in public/managed_schema.json).
 * applyPolicy takes the managed-storage object, so the e2e hook (e2e-hooks.ts) and unit tests feed it directly.
 */

const Fields = {
  playbook: z.union([z.string().max(2_000_000), z.record(z.string(), z.unknown())], { error: 'must be a playbook object or its JSON text' }),
  playbookUrl: z.string({ error: 'must be a URL (text)' }).max(2048),
  playbookSha256: z.string({ error: 'must be 64 hexadecimal digits' }).trim().toLowerCase().regex(/^[0-9a-f]{64}$/, 'must be 64 hexadecimal digits'),
  locked: z.boolean({ error: 'must be true or false' }),
  crmUrl: z.string({ error: 'must be a URL (text)' }).max(2048),
};

export function applyPolicy(value: Record<string, unknown>, simulated = false): Promise<PolicyState> {
  return serially(() => apply(value, simulated));
}

async function apply(value: Record<string, unknown>, simulated: boolean): Promise<PolicyState> {
  const now = Date.now();
  const present = Object.keys(value).length > 0;
  const prev = await getPolicyState();
  if (!present) {
    // policy removed (or never set): unlock, and a policy-managed URL stops being managed
    const sub = await getSubscription();
    if (sub?.managed) await removeSubscription();
    await applyCrmUrl(undefined, []);
    const state: PolicyState = { present: false, locked: false, appliedAt: prev.present ? now : prev.appliedAt, error: null };
    await savePolicyState(state);
    return state;
  }
  const problems: string[] = [];
  const read = <K extends keyof typeof Fields>(key: K): z.infer<(typeof Fields)[K]> | undefined => {
    if (value[key] === undefined) return undefined;
    const r = Fields[key].safeParse(value[key]);
    if (r.success) return r.data as z.infer<(typeof Fields)[K]>;
    problems.push(`policy "${key}" ${r.error.issues[0]?.message ?? 'has the wrong type'}`);
    return undefined;
  };
  // a "locked" of the wrong type keeps the previous lock: a typo must not unlock a team's playbook
  const locked = read('locked') ?? (value.locked === undefined ? false : prev.locked);
  const playbook = read('playbook');
  const url = read('playbookUrl');
  const sha256 = read('playbookSha256');
  if (playbook !== undefined) {
    const text = typeof playbook === 'string' ? playbook : JSON.stringify(playbook, null, 2);
    const err = await activatePolicyText(text, locked);
    if (err) problems.push(err);
    if (url) problems.push('both "playbook" and "playbookUrl" are set: "playbookUrl" is ignored');
  } else if (url) {
    const before = await getSubscription();
    const isNew = before?.url !== url || before.sha256 !== sha256 || !before.managed;
    const r = await setSubscription({ url, sha256, managed: true });
    if (!r.ok) problems.push(`policy "playbookUrl": ${r.error}`);
    else {
      // the hourly policy re-read must not turn the 6-hour URL check into an hourly download
      const c = await checkSubscriptionNow(isNew);
      if (c.outcome === 'failed') problems.push(`policy "playbookUrl": ${c.message}`);
    }
  }
  await applyCrmUrl(read('crmUrl'), problems);
  const state: PolicyState = { present: true, locked, appliedAt: now, error: problems.length ? { at: now, message: problems.join('; ').slice(0, 1000) } : null, simulated: simulated || undefined };
  await savePolicyState(state);
  if (problems.length) await log('error', `Chrome policy: ${problems.join('; ')}`);
  return state;
}

/** Activate the policy's playbook when it is new (or when locked and something else is in use). */
async function activatePolicyText(text: string, locked: boolean): Promise<string | null> {
  const parsed = parsePlaybookText(text);
  if (!parsed.ok) return `policy "playbook" is not a valid playbook (${parsed.errors.slice(0, 3).map((e) => `${e.path || 'file'}: ${e.message}`).join('; ')}); the last good playbook stays in use`;
  const newest = await db().playbooks.orderBy('seq').last();
  const newestPolicy = await db().playbooks.orderBy('seq').reverse().filter((r) => r.source === 'policy').first();
  const isNew = newestPolicy?.text !== text;
  if (isNew || (locked && newest?.text !== text)) await activatePlaybookText(text, 'policy');
  return null;
}

/**
 * Read managed storage and apply it. Chromium in the e2e suite cannot receive a real policy, so
 * an e2e build (only: E2E_HOOKS is false in production and this branch is not in the bundle) may
 * stand in a simulated value (e2e-hooks.ts), never over a real one.
 */
export async function refreshPolicy(): Promise<PolicyState> {
  const real = await readManaged();
  if (E2E_HOOKS && !Object.keys(real).length) {
    const simulated = await simulatedPolicy();
    if (simulated) return applyPolicy(simulated, true);
  }
  return applyPolicy(real);
}

/**
 * Right after install, managed storage can read empty before Chrome has loaded the policy: re-read a
 * few times with a growing pause. storage.onChanged('managed') covers a policy arriving later.
 */
export async function refreshPolicyWithRetry(delays = [1000, 3000, 10_000]): Promise<PolicyState> {
  let state = await refreshPolicy();
  for (const ms of delays) {
    if (state.present) break;
    await new Promise((r) => setTimeout(r, ms));
    state = await refreshPolicy();
  }
  return state;
}

export async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get(null)) as Record<string, unknown>;
  } catch {
    return {}; // no policy support on this platform / profile
  }
}
