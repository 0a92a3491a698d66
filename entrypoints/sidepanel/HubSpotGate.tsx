import { lazy, Suspense, useEffect, useState } from 'react';
import { request } from '../../lib/messaging/client';

// The send button, its view and HubSpot's live answer load only for a rep who connected HubSpot:
// the side panel's JS is budgeted (300 kB) and most reps never connect it.
const HubSpotSend = lazy(() => import('./HubSpotSend').then((m) => ({ default: m.HubSpotSend })));

/** Shown only while HubSpot is connected (Options → CRM); nothing is asked of HubSpot otherwise. */
export function HubSpotGate({ accountId }: { accountId: string }) {
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    let live = true;
    void request('hubspot/status', {}).then((s) => live && setConnected(s.connected), () => undefined);
    return () => void (live = false);
  }, []);
  if (!connected) return null;
  return (
    <Suspense fallback={null}>
      <HubSpotSend accountId={accountId} />
    </Suspense>
  );
}
