import { useEffect, useState } from 'react';
import { HubSpotSendView } from '../../components/panel/HubSpotSendView';
import type { Lookup } from '../../lib/insights/hubspot/hubspot-state';
import { request } from '../../lib/messaging/client';
import type { HubSpotSent } from '../../lib/messaging/protocol/hubspot';

/** Send to HubSpot on a company, loaded only when HubSpot is connected (HubSpotGate.tsx). */
export function HubSpotSend({ accountId }: { accountId: string }) {
  const [lookup, setLookup] = useState<Lookup | null>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<HubSpotSent | null>(null);
  useEffect(() => {
    let live = true;
    void request('hubspot/lookup', { accountId }).then((l) => live && setLookup(l), () => undefined);
    return () => void (live = false);
  }, [accountId]);
  const send = async () => {
    setSending(true);
    setSent(null); // the previous answer goes: what shows next is this send's
    const r = await request('hubspot/send', { accountId }).catch((e: unknown) => ({ result: 'error' as const, message: e instanceof Error ? e.message : String(e), url: null }));
    setSent(r);
    setSending(false);
    if (r.result === 'created' || r.result === 'updated') setLookup(await request('hubspot/lookup', { accountId }).catch(() => null));
  };
  return <HubSpotSendView lookup={lookup} sending={sending} sent={sent} onSend={() => void send()} />;
}
