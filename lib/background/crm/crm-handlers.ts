import { indexCrm } from '../../insights/crm-match';
import { buildCrmSnapshot, CrmSnapshot, readCrmExport } from '../../insights/crm-snapshot';
import { loadCrmSnapshot, saveCrmSnapshot } from '../../db/crm-store';
import type { Input, Output } from '../../messaging/protocol';
import type { CrmSnapshotInfo } from '../../messaging/protocol/crm';
import { clearCrmList, setCrmIndex } from './crm-service';
import { broadcastChanged } from '../tabs/broadcast';
import { getCrmOutcomes, setCrmOutcomes } from './crm-outcomes';
import { getCrmMe, setCrmMe } from './crm-me';
import { checkCrmSubscription, getCrmSubscription, removeCrmSubscription, setCrmSubscription } from './crm-subscription';
import { takeCrmUpload } from './crm-upload';

const info = (s: CrmSnapshot): CrmSnapshotInfo => ({ importedAt: s.importedAt, source: s.source, rows: s.rows.length, skipped: s.skipped });

/** The options page's CRM tab: the file is read again here (the page is not trusted with the stored shape). */
export async function handleCrmImport(input: Input<'crm/import'>, now = new Date()): Promise<Output<'crm/import'>> {
  const text = input.text ?? takeCrmUpload(input.uploadId ?? '');
  // the worker was stopped (or a minute passed) between the post and this message: the page sends the text itself
  if (text === undefined) return { ok: false, error: 'the file did not reach the extension (was the browser busy for over a minute?): choose it again', uploadLost: true };
  const read = readCrmExport(text);
  if (!read.ok) return { ok: false, error: read.message };
  const built = buildCrmSnapshot(read.rows, input.mapping, { importedAt: now.toISOString(), source: input.fileName });
  if (!built.ok) return { ok: false, error: built.message };
  const checked = CrmSnapshot.safeParse(built.snapshot);
  if (!checked.success) return { ok: false, error: `the CRM list could not be stored: ${checked.error.issues[0]?.message ?? 'invalid'}` };
  if (!checked.data.rows.length) return { ok: false, error: 'no row of the file has a company name, domain or LinkedIn page: nothing to import' };
  await saveCrmSnapshot(checked.data);
  setCrmIndex({ importedAt: checked.data.importedAt, index: indexCrm(checked.data.rows) });
  // open panels ask for their view again and show the new answer
  await broadcastChanged({});
  return { ok: true, snapshot: info(checked.data), notes: read.notes.slice(0, 20) };
}

export async function handleCrmStatus(): Promise<Output<'crm/status'>> {
  const s = await loadCrmSnapshot();
  return { snapshot: s ? info(s) : null, subscription: await getCrmSubscription() };
}

const MANAGED = 'The CRM list URL is set by your administrator (Chrome policy "crmUrl"): it cannot be changed here.';

/** Subscribe (replacing a URL the user chose), then download at once. */
export async function handleCrmSubscribe(input: Input<'crm/subscribe'>): Promise<Output<'crm/subscribe'>> {
  if ((await getCrmSubscription())?.managed) return { ok: false, error: MANAGED };
  const r = await setCrmSubscription(input.url, false);
  if (!r.ok) return r;
  const c = await checkCrmSubscription(true);
  const after = (await getCrmSubscription()) ?? r.subscription;
  return c.outcome === 'failed' ? { ok: false, error: `Subscribed, but the download failed: ${c.message ?? 'unknown error'}. The list in use is kept.` } : { ok: true, subscription: after };
}

export async function handleCrmUnsubscribe(): Promise<Output<'crm/unsubscribe'>> {
  if ((await getCrmSubscription())?.managed) return { ok: false, error: MANAGED };
  await removeCrmSubscription();
  return { ok: true };
}

export async function handleCrmClear(): Promise<Output<'crm/clear'>> {
  await clearCrmList();
  await broadcastChanged({});
  return {};
}

export const crmHandlers = {
  'crm/import': (input: Input<'crm/import'>) => handleCrmImport(input),
  'crm/status': handleCrmStatus,
  'crm/clear': handleCrmClear,
  'crm/subscribe': handleCrmSubscribe,
  'crm/unsubscribe': handleCrmUnsubscribe,
  'crm/check-now': (): Promise<Output<'crm/check-now'>> => checkCrmSubscription(true),
  'crm/outcomes': (): Promise<Output<'crm/outcomes'>> => getCrmOutcomes(),
  'crm/outcomes-set': async (input: Input<'crm/outcomes-set'>): Promise<Output<'crm/outcomes-set'>> => {
    await setCrmOutcomes(input);
    // an open Insights tab asks for its summary again
    await broadcastChanged({});
    return {};
  },
  'crm/me': (): Promise<Output<'crm/me'>> => getCrmMe(),
  'crm/me-set': async (input: Input<'crm/me-set'>): Promise<Output<'crm/me-set'>> => {
    await setCrmMe(input);
    // open panels ask for their view again: the playbook's "me" / "someone-else" rules now decide
    await broadcastChanged({});
    return {};
  },
};
