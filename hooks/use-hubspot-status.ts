import { useCallback, useEffect, useState } from 'react';
import { request } from '../lib/messaging/client';
import type { HubSpotStatus } from '../lib/messaging/protocol/hubspot';

/**
 * The HubSpot connection and send queue as the background keeps them (issue 19 §2). While
 * companies wait to be sent, it is read again every second so progress moves on screen.
 */
export function useHubSpotStatus(): { status: HubSpotStatus | null; refresh: () => void; setStatus: (s: HubSpotStatus) => void } {
  const [status, setStatus] = useState<HubSpotStatus | null>(null);
  const refresh = useCallback(() => void request('hubspot/status', {}).then(setStatus).catch(() => undefined), []);
  useEffect(refresh, [refresh]);
  const waiting = !!status?.queue.pending && !status.queue.paused;
  useEffect(() => {
    if (!waiting) return;
    const t = setInterval(refresh, 1000);
    return () => clearInterval(t);
  }, [waiting, refresh]);
  return { status, refresh, setStatus };
}
