import { checkCrmSubscription, getCrmSubscription, removeCrmSubscription, setCrmSubscription } from './crm-subscription';

/**
 * The Chrome policy "crmUrl" (issue 19; public/managed_schema.json): the CRM list's URL, set for
 * every rep by an administrator. It replaces a URL the rep chose, cannot be changed or removed on
 * the CRM tab while set, and goes away with the policy. A new URL is downloaded at once; the same
 * URL is left to its alarm (the hourly policy re-read must not turn the 6-hour check into hourly).
 */
export async function applyCrmUrl(url: string | undefined, problems: string[]): Promise<void> {
  const before = await getCrmSubscription();
  if (url === undefined) {
    if (before?.managed) await removeCrmSubscription();
    return;
  }
  const isNew = before?.url !== url || !before.managed;
  const r = await setCrmSubscription(url, true);
  if (!r.ok) return void problems.push(`policy "crmUrl": ${r.error}`);
  const c = await checkCrmSubscription(isNew);
  if (c.outcome === 'failed') problems.push(`policy "crmUrl": ${c.message ?? 'the download failed'}`);
}
