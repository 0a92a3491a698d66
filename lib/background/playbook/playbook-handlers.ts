import type { Input, Output } from '../../messaging/protocol';
import { activatePlaybookText, getPolicyState, lockedReason } from './playbook-activate';
import { getActivePlaybook } from './playbook-service';
import { checkSubscription, getSubscription, removeSubscription, setSubscription } from './playbook-subscription';
import { diffVersions, listVersions, loadVersion } from './playbook-versions';
import { chooseOlderVersion } from './playbook-older';

export async function handlePlaybookStatus(): Promise<Output<'playbook/status'>> {
  const a = await getActivePlaybook();
  const policy = await getPolicyState();
  return {
    name: a.playbook.name,
    version: a.playbook.version,
    source: a.source,
    activatedAt: a.activatedAt,
    icps: a.playbook.icps.map((i) => ({ id: i.id, name: i.name })),
    fallbackReason: a.fallbackReason,
    subscription: await getSubscription(),
    policy,
    locked: policy.locked,
  };
}

export async function handlePlaybookImport(input: Input<'playbook/import'>): Promise<Output<'playbook/import'>> {
  const locked = await lockedReason();
  if (locked) return { ok: false, errors: [{ path: '', message: locked }] };
  const r = await activatePlaybookText(input.text, input.source);
  if (!r.ok) return { ok: false, errors: r.errors.slice(0, 200) };
  return { ok: true, version: r.playbook.version, warnings: r.warnings.slice(0, 200) };
}

export async function handleVersions(): Promise<Output<'playbook/versions'>> {
  return { versions: await listVersions() };
}

export async function handleDiff(input: Input<'playbook/diff'>): Promise<Output<'playbook/diff'>> {
  return diffVersions(input.fromSeq, input.toSeq);
}

export async function handleRollback(input: Input<'playbook/rollback'>): Promise<Output<'playbook/rollback'>> {
  const locked = await lockedReason();
  if (locked) return { ok: false, error: locked };
  const v = await loadVersion(input.seq);
  if (!v.ok) return v;
  const r = await activatePlaybookText(v.row.text, v.row.source);
  return r.ok ? { ok: true, version: r.playbook.version } : { ok: false, error: 'that version is not a valid playbook' };
}

export async function handleSubscribe(input: Input<'playbook/subscribe'>): Promise<Output<'playbook/subscribe'>> {
  const locked = await lockedReason();
  if (locked) return { ok: false, error: locked };
  const r = await setSubscription({ url: input.url, sha256: input.sha256, intervalHours: input.intervalHours, managed: false });
  if (!r.ok) return r;
  await checkSubscription(true);
  return { ok: true, subscription: (await getSubscription()) ?? r.subscription };
}

export async function handleUnsubscribe(): Promise<Output<'playbook/unsubscribe'>> {
  if ((await getSubscription())?.managed && (await lockedReason())) return { ok: false, error: (await lockedReason())! };
  await removeSubscription();
  return { ok: true };
}

export async function handleCheckNow(): Promise<Output<'playbook/check-now'>> {
  return checkSubscription(true);
}

export async function handleOlderVersion(input: Input<'playbook/older-version'>): Promise<Output<'playbook/older-version'>> {
  const locked = await lockedReason();
  if (locked) return { ok: false, error: locked };
  return chooseOlderVersion(input.use, input.sha256);
}
