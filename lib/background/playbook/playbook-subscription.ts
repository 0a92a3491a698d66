import { db } from '../../db/database';
import { parsePlaybookText } from '../../playbook/validate';
import type { Subscription } from '../../messaging/views';
import { log } from '../data/diagnostics';
import { activatePlaybookText, serially } from './playbook-activate';
import { downloadPlaybook, sha256Hex, urlProblem } from './playbook-download';
import { getActivePlaybook } from './playbook-service';
import { isOlderVersion } from '../../playbook/version-order';
import type { Playbook } from '../../playbook/schema';

/** A playbook URL the background re-checks (settings row; survives worker restarts). */
export const SUBSCRIPTION_KEY = 'playbook:subscription';
export const DEFAULT_INTERVAL_HOURS = 6;

export async function getSubscription(): Promise<Subscription | null> {
  return ((await db().settings.get(SUBSCRIPTION_KEY))?.value as Subscription | undefined) ?? null;
}

async function save(s: Subscription | null): Promise<void> {
  if (s) await db().settings.put({ key: SUBSCRIPTION_KEY, value: s });
  else await db().settings.delete(SUBSCRIPTION_KEY);
}

export async function setSubscription(opts: { url: string; sha256?: string; intervalHours?: number; managed: boolean }): Promise<{ ok: true; subscription: Subscription } | { ok: false; error: string }> {
  const problem = urlProblem(opts.url);
  if (problem) return { ok: false, error: `Cannot subscribe: ${problem}.` };
  const prev = await getSubscription();
  const same = prev?.url === opts.url && prev.sha256 === opts.sha256;
  const s: Subscription = {
    url: opts.url,
    sha256: opts.sha256,
    intervalHours: opts.intervalHours ?? DEFAULT_INTERVAL_HOURS,
    managed: opts.managed,
    lastChecked: same ? prev.lastChecked : null,
    lastChanged: same ? prev.lastChanged : null,
    lastError: null,
    // a new URL starts without a validator cache: its first answer must be a full download
    ...(same ? { etag: prev.etag, lastModified: prev.lastModified, textSha256: prev.textSha256 } : {}),
  };
  await save(s);
  return { ok: true, subscription: s };
}

export async function removeSubscription(): Promise<void> {
  await save(null);
}

export type CheckOutcome = { outcome: 'changed' | 'unchanged' | 'failed' | 'none' | 'older'; message?: string };

/**
 * Download the subscribed playbook and activate it when its text changed. A failure of any kind
 * keeps the playbook in use and records when and why on the subscription.
 * `force`: ignore the interval (start-up with no check yet, "check now", a new subscription).
 */
export function checkSubscription(force: boolean, fetchImpl?: typeof fetch): Promise<CheckOutcome> {
  return serially(() => checkSubscriptionNow(force, fetchImpl));
}

/** checkSubscription without queueing (for work already inside `serially`). */
export async function checkSubscriptionNow(force: boolean, fetchImpl?: typeof fetch): Promise<CheckOutcome> {
  const s = await getSubscription();
  if (!s) return { outcome: 'none' };
  const now = Date.now();
  if (!force && s.lastChecked !== null && now - s.lastChecked < s.intervalHours * 3_600_000) return { outcome: 'unchanged' };
  const d = await downloadPlaybook(s.url, { etag: s.etag, lastModified: s.lastModified }, fetchImpl);
  const fail = async (message: string): Promise<CheckOutcome> => {
    await updateSubscription(s.url, { lastChecked: now, lastError: { at: now, message: message.slice(0, 1000) } });
    await log('warn', `playbook URL check failed: ${message}`);
    return { outcome: 'failed', message };
  };
  if (d.status === 'error') return fail(d.message);
  if (d.status === 'unchanged') {
    await updateSubscription(s.url, { lastChecked: now, lastError: null });
    return { outcome: 'unchanged' };
  }
  if (s.sha256 && d.sha256 !== s.sha256) return fail(`the file's SHA-256 is ${d.sha256}, not the pinned ${s.sha256}`);
  const textSha = await sha256Hex(d.text);
  const validators = { etag: d.etag, lastModified: d.lastModified };
  if (textSha === s.textSha256) {
    await updateSubscription(s.url, { lastChecked: now, lastError: null, olderVersion: undefined, ...validators });
    return { outcome: 'unchanged' };
  }
  const parsed = parsePlaybookText(d.text);
  if (!parsed.ok) return fail(`the file is not a valid playbook: ${parsed.errors.slice(0, 3).map((e) => `${e.path || 'file'}: ${e.message}`).join('; ')}`);
  const current = s.sha256 === d.sha256 ? null : await newerInUse(parsed.playbook);
  if (current !== null) {
    const version = parsed.playbook.version;
    await updateSubscription(s.url, { lastChecked: now, lastError: null, olderVersion: { version, current, sha256: textSha, at: now }, ...validators });
    return { outcome: 'older', message: olderMessage(version, current) };
  }
  const r = await activatePlaybookText(d.text, s.managed ? 'policy' : 'url');
  if (!r.ok) return fail('the file is not a valid playbook');
  await updateSubscription(s.url, { lastChecked: now, lastChanged: now, lastError: null, textSha256: textSha, olderVersion: undefined, ...validators });
  return { outcome: 'changed', message: `${r.playbook.name} ${r.playbook.version}` };
}

/**
 * The version label in use when it is newer than `next`'s, else null. A URL that goes back to an
 * older file (a stale cache, a restored server, someone replaying an old file) is not activated
 * until someone who may change the playbook says so (issue 15). Only the same playbook (same name)
 * can be older; the bundled starter never counts. A SHA-256 pin that matches is that choice made
 * in advance: whoever pinned the file chose exactly this one.
 */
async function newerInUse(next: Playbook): Promise<string | null> {
  const active = await getActivePlaybook();
  if (active.source === 'builtin' || active.playbook.name !== next.name) return null;
  return isOlderVersion(next.version, active.playbook.version) ? active.playbook.version : null;
}

export const olderMessage = (version: string, current: string) => `the URL now serves an older version ${version} (you have ${current})`;

/** Merge into the stored subscription, unless it was replaced (another URL) while we downloaded. */
export async function updateSubscription(url: string, patch: Partial<Subscription>): Promise<void> {
  const cur = await getSubscription();
  if (cur?.url === url) await save({ ...cur, ...patch });
}

/** The alarm's work: check when the interval has passed. */
export function checkSubscriptionIfDue(): Promise<CheckOutcome> {
  return checkSubscription(false);
}
