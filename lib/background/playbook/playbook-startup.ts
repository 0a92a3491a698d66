import { log } from '../data/diagnostics';
import { refreshPolicy, refreshPolicyWithRetry } from './playbook-policy';
import { checkSubscription } from './playbook-subscription';

/** Install / browser start: apply Chrome policy (re-reading while it may still be empty), then check the URL. */
export async function startDistribution(): Promise<void> {
  try {
    await refreshPolicyWithRetry();
    await checkSubscription(true);
  } catch (e) {
    await log('error', `playbook distribution start failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** storage.onChanged: a manager changed the policy while the browser runs. */
export function onStorageChanged(_changes: unknown, area: string): void {
  if (area === 'managed') void refreshPolicy().catch((e: unknown) => log('error', `applying Chrome policy failed: ${String(e)}`));
}
