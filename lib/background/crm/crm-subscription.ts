import { db } from '../../db/database';
import { CRM_SUBSCRIPTION_SETTING } from '../../db/settings-schema';
import { detectCrmMapping } from '../../insights/crm-columns';
import { buildCrmSnapshot, CrmSnapshot, readCrmExport } from '../../insights/crm-snapshot';
import { CSV_LIMITS } from '../../insights/csv';
import { CrmSubscription } from '../../messaging/protocol/crm';
import { saveCrmSnapshot } from '../../db/crm-store';
import { indexCrm } from '../../insights/crm-match';
import { log } from '../data/diagnostics';
import { downloadPlaybook, urlProblem } from '../playbook/playbook-download';
import { broadcastChanged } from '../tabs/broadcast';
import { setCrmIndex } from './crm-service';

/**
 * The CRM list distributed like the playbook (issue 19): an admin publishes the export at an https
 * URL (or names it in the Chrome policy "crmUrl"); the background downloads it, maps its columns
 * the way the CRM tab would, replaces the stored list, and re-checks it by alarm with
 * If-None-Match / If-Modified-Since, so an unchanged file costs one 304. A failure keeps the list
 * in use and says when and why. The same download as the playbook's: https only, no redirect,
 * no cookies, time-limited, capped at the CSV reader's 50 MB.
 */
export const CRM_SUBSCRIPTION_KEY = CRM_SUBSCRIPTION_SETTING;
export const CRM_INTERVAL_HOURS = 6;
const KIND = { maxBytes: CSV_LIMITS.maxChars, what: 'CRM export (CSV)' };

export async function getCrmSubscription(): Promise<CrmSubscription | null> {
  const r = CrmSubscription.safeParse((await db().settings.get(CRM_SUBSCRIPTION_KEY))?.value);
  return r.success ? r.data : null;
}

async function save(s: CrmSubscription | null): Promise<void> {
  if (s) await db().settings.put({ key: CRM_SUBSCRIPTION_KEY, value: s });
  else await db().settings.delete(CRM_SUBSCRIPTION_KEY);
}

export async function setCrmSubscription(url: string, managed: boolean): Promise<{ ok: true; subscription: CrmSubscription } | { ok: false; error: string }> {
  const problem = urlProblem(url);
  if (problem) return { ok: false, error: `Cannot subscribe: ${problem}.` };
  const prev = await getCrmSubscription();
  const same = prev?.url === url;
  // a new URL starts without validators: its first answer must be a full download
  const s: CrmSubscription = same ? { ...prev, managed } : { url, managed, intervalHours: CRM_INTERVAL_HOURS, lastChecked: null, lastChanged: null, lastError: null };
  await save(s);
  return { ok: true, subscription: s };
}

export async function removeCrmSubscription(): Promise<void> {
  await save(null);
}

export type CrmCheck = { outcome: 'changed' | 'unchanged' | 'failed' | 'none'; message?: string };

let queue: Promise<unknown> = Promise.resolve();
/** One check at a time (an alarm and "check now" together download once each, in turn). */
export function checkCrmSubscription(force: boolean, fetchImpl?: typeof fetch): Promise<CrmCheck> {
  const run = queue.then(() => checkNow(force, fetchImpl));
  queue = run.catch(() => undefined);
  return run;
}

/** The alarm's work: check when the interval has passed. */
export const checkCrmSubscriptionIfDue = () => checkCrmSubscription(false);

async function checkNow(force: boolean, fetchImpl?: typeof fetch): Promise<CrmCheck> {
  const s = await getCrmSubscription();
  if (!s) return { outcome: 'none' };
  const now = Date.now();
  if (!force && s.lastChecked !== null && now - s.lastChecked < s.intervalHours * 3_600_000) return { outcome: 'unchanged' };
  const d = await downloadPlaybook(s.url, { etag: s.etag, lastModified: s.lastModified }, fetchImpl, undefined, KIND);
  const fail = async (message: string): Promise<CrmCheck> => {
    await update(s.url, { lastChecked: now, lastError: { at: now, message: message.slice(0, 1000) } });
    await log('warn', `CRM list URL check failed: ${message}`);
    return { outcome: 'failed', message };
  };
  if (d.status === 'error') return fail(d.message);
  if (d.status === 'unchanged') {
    await update(s.url, { lastChecked: now, lastError: null });
    return { outcome: 'unchanged' };
  }
  let snapshot: CrmSnapshot | string;
  try {
    snapshot = snapshotOf(d.text, s.url, new Date(now));
  } catch (e) {
    // a file the reader did not foresee is a failed check (recorded, shown), not a lost one
    snapshot = `the CRM list could not be read: ${e instanceof Error ? e.message : String(e)}`;
  }
  if (typeof snapshot === 'string') return fail(snapshot);
  await saveCrmSnapshot(snapshot);
  setCrmIndex({ importedAt: snapshot.importedAt, index: indexCrm(snapshot.rows) });
  await update(s.url, { lastChecked: now, lastChanged: now, lastError: null, etag: d.etag, lastModified: d.lastModified });
  await broadcastChanged({});
  return { outcome: 'changed', message: `${snapshot.rows.length} companies` };
}

/** The downloaded text → the snapshot to store (columns recognised as the CRM tab does), or why not. */
function snapshotOf(text: string, url: string, now: Date): CrmSnapshot | string {
  const read = readCrmExport(text);
  if (!read.ok) return read.message;
  const built = buildCrmSnapshot(read.rows, detectCrmMapping(read.header), { importedAt: now.toISOString(), source: url.slice(0, 200) });
  if (!built.ok) return built.message;
  const checked = CrmSnapshot.safeParse(built.snapshot);
  if (!checked.success) return `the CRM list could not be stored: ${checked.error.issues[0]?.message ?? 'invalid'}`;
  if (!checked.data.rows.length) return 'no row of the file has a company name, domain or LinkedIn page';
  return checked.data;
}

/** Merge into the stored subscription, unless it was replaced (another URL) while we downloaded. */
async function update(url: string, patch: Partial<CrmSubscription>): Promise<void> {
  const cur = await getCrmSubscription();
  if (cur?.url === url) await save({ ...cur, ...patch });
}
