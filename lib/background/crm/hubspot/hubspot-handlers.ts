import type { Input, Output } from '../../../messaging/protocol';
import type { HubSpotSent } from '../../../messaging/protocol/hubspot';
import { queueView } from '../../../insights/hubspot/hubspot-state';
import { subjectsFor } from './hubspot-accounts';
import { connect, disconnect } from './hubspot-connect';
import { forgetLookups, lookupAccount } from './hubspot-lookup';
import { loadQueue } from './hubspot-queue-store';
import { queueAccounts, runQueue, setPaused, waitInQueue } from './hubspot-queue';
import { sendChunk } from './hubspot-send';
import { loadConnection } from './hubspot-store';

async function status(): Promise<Output<'hubspot/status'>> {
  const [conn, queue] = await Promise.all([loadConnection(), loadQueue()]);
  return { connected: !!conn, portalId: conn?.portalId ?? null, connectedAt: conn?.connectedAt ?? null, queue: queueView(queue) };
}

const said = (result: HubSpotSent['result'], message: string, url: string | null = null): HubSpotSent => ({ result, message: message.slice(0, 1_000), url });

/** Send to HubSpot from the side panel: the answer names what happened and links to the record. */
export async function handleSend({ accountId }: Input<'hubspot/send'>): Promise<Output<'hubspot/send'>> {
  const conn = await loadConnection();
  if (!conn) return said('error', 'Not connected to HubSpot: connect in Options → CRM.');
  const subjects = await subjectsFor([accountId]);
  if (!subjects.length) return said('error', 'This account is no longer stored.');
  const r = await sendChunk(subjects, conn);
  if (!r.ok) {
    if (r.problem.kind !== 'network' && r.problem.kind !== 'rate') return said('error', r.problem.message);
    await waitInQueue([accountId], r.problem, conn.token);
    return said('queued', `${r.problem.message} It is queued and sent as soon as HubSpot answers (Options → CRM shows the queue).`);
  }
  await forgetLookups();
  const o = r.outcomes[0]!;
  if ('url' in o) return said(o.action, o.action === 'created' ? 'Created in HubSpot.' : 'Updated in HubSpot (it was already there).', o.url);
  return said(o.action, o.reason);
}

async function handleSendMany({ accountIds }: Input<'hubspot/send-many'>): Promise<Output<'hubspot/send-many'>> {
  await queueAccounts(accountIds);
  void runQueue().then(forgetLookups);
  return status();
}

async function handleConnect({ token }: Input<'hubspot/connect'>): Promise<Output<'hubspot/connect'>> {
  return connect(token);
}

async function handleDisconnect(): Promise<Output<'hubspot/disconnect'>> {
  await disconnect();
  return {};
}

async function handlePause({ paused }: Input<'hubspot/pause'>): Promise<Output<'hubspot/pause'>> {
  await setPaused(paused);
  if (!paused) void runQueue();
  return status();
}

async function handleRetry(): Promise<Output<'hubspot/retry'>> {
  await setPaused(false);
  await runQueue();
  return status();
}

export const hubspotHandlers = {
  'hubspot/status': status,
  'hubspot/connect': handleConnect,
  'hubspot/disconnect': handleDisconnect,
  'hubspot/send': handleSend,
  'hubspot/send-many': handleSendMany,
  'hubspot/pause': handlePause,
  'hubspot/retry': handleRetry,
  'hubspot/lookup': ({ accountId }: Input<'hubspot/lookup'>) => lookupAccount(accountId),
};
