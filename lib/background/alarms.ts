import { browser } from 'wxt/browser';
import { log } from './data/diagnostics';
import { applyRetention } from './data/options-handlers';
import { rescoreStale } from './accounts/rescore-all';
import { checkSubscriptionIfDue } from './playbook/playbook-subscription';
import { refreshPolicy } from './playbook/playbook-policy';
import { checkCrmSubscriptionIfDue } from './crm/crm-subscription';
import { runQueue } from './crm/hubspot/hubspot-queue';

/** Periodic work runs on alarms, not timers: a stopped worker is woken for an alarm. */
const ALARMS = {
  retention: { periodInMinutes: 24 * 60, run: applyRetention },
  // finishes a rescore that a stopped worker left half-done (results carry their playbook version)
  rescore: { periodInMinutes: 60, run: rescoreStale },
  // a subscribed playbook URL: checked when its interval (default 6 h) has passed
  'playbook-url': { periodInMinutes: 30, run: checkSubscriptionIfDue },
  // the CRM list's URL (issue 19): checked when its interval (6 h) has passed; none set does nothing
  'crm-url': { periodInMinutes: 30, run: checkCrmSubscriptionIfDue },
  // safety net for a missed storage.onChanged('managed') (e.g. policy pushed while the worker slept)
  policy: { periodInMinutes: 60, run: refreshPolicy },
  // sends to HubSpot that waited for the network or a rate limit (issue 19 §2); an empty queue does nothing
  'hubspot-queue': { periodInMinutes: 15, run: runQueue },
} as const;

export async function scheduleAlarms(): Promise<void> {
  for (const [name, spec] of Object.entries(ALARMS)) {
    if (!(await browser.alarms.get(name))) await browser.alarms.create(name, { delayInMinutes: 1, periodInMinutes: spec.periodInMinutes });
  }
  await rescoreStale().catch((e: unknown) => log('error', `rescoring failed: ${String(e)}`));
}

export async function onAlarm(name: string): Promise<void> {
  const spec = (ALARMS as Record<string, { run: () => Promise<unknown> }>)[name];
  if (!spec) return;
  try {
    await spec.run();
  } catch (e) {
    await log('error', `${name} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
