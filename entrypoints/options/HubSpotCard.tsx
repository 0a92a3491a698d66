import { useState } from 'react';
import { browser } from 'wxt/browser';
import { HubSpotQueueView } from '../../components/options/HubSpotQueueView';
import { StatusNotice } from '../../components/panel/StatusNotice';
import { request } from '../../lib/messaging/client';
import { useHubSpotStatus } from '../../hooks/use-hubspot-status';

/** The one origin Send to HubSpot reads, asked for at Connect (the optional https host permission, docs/security.md). */
export const HUBSPOT_ORIGIN = 'https://api.hubapi.com/*';

/** Options → CRM → HubSpot: connect with a private app token, see the send queue, disconnect (docs/hubspot.md). */
export function HubSpotCard() {
  const { status, refresh, setStatus } = useHubSpotStatus();
  const [token, setToken] = useState('');
  const [state, setState] = useState<{ busy: boolean; error?: string; done?: string }>({ busy: false });

  const connect = async () => {
    setState({ busy: true });
    // this click is the user gesture Chrome needs to show its prompt; nothing was sent before it
    const granted = await browser.permissions.request({ origins: [HUBSPOT_ORIGIN] }).catch(() => false);
    const r = await request('hubspot/connect', { token });
    setToken('');
    if (!r.ok) return setState({ busy: false, error: granted ? r.error : `${r.error} (ICP Fit was not allowed to reach api.hubapi.com: accept Chrome's prompt and connect again.)` });
    setState({ busy: false, done: `Connected to HubSpot account ${r.portalId}. The “ICP Fit” property group is ready.` });
    refresh();
  };
  const disconnect = async () => {
    await request('hubspot/disconnect', {});
    await browser.permissions.remove({ origins: [HUBSPOT_ORIGIN] }).catch(() => false);
    setState({ busy: false, done: 'Disconnected: the token was erased from this browser.' });
    refresh();
  };
  const pause = (paused: boolean) => void request('hubspot/pause', { paused }).then(setStatus);
  const retry = () => void request('hubspot/retry', {}).then(setStatus);

  return (
    <div className="card" data-testid="hubspot-card" style={{ marginTop: 12 }}>
      <h3>HubSpot</h3>
      {!status ? '…' : status.connected ? (
        <p data-testid="hubspot-connected">
          Connected to HubSpot account <strong>{status.portalId}</strong>. “Send to HubSpot” is in the side panel and for the selected rows of the Accounts tab.{' '}
          <button type="button" className="link" data-testid="hubspot-disconnect" onClick={() => void disconnect()}>Disconnect</button>
        </p>
      ) : (
        <>
          <p className="muted small">
            Optional. Create a private app in HubSpot (Settings → Integrations → Private apps) with the scopes crm.objects.companies.read, crm.objects.companies.write and
            crm.schemas.companies.write, and paste its token. It stays in this browser, is never in a backup or a diagnostics copy, and Disconnect erases it. Nothing is sent to HubSpot before you connect.
          </p>
          <div className="row">
            <input type="password" autoComplete="off" aria-label="HubSpot private app token" placeholder="pat-…" className="grow" value={token} data-testid="hubspot-token" onChange={(e) => setToken(e.target.value)} />
            <button type="button" className="primary" disabled={state.busy || !token.trim()} data-testid="hubspot-connect" onClick={() => void connect()}>
              {state.busy ? 'Connecting…' : 'Connect'}
            </button>
          </div>
        </>
      )}
      {status && <HubSpotQueueView queue={status.queue} onPause={pause} onRetry={retry} />}
      {state.done && <div role="status" data-testid="hubspot-done">{state.done}</div>}
      {state.error && <StatusNotice tone="error" title="Not connected" testId="hubspot-error">{state.error}</StatusNotice>}
      <p className="muted small">Salesforce has no Send button: its API needs an OAuth app set up for each organisation. Use the CSV export (Accounts tab) and Salesforce&apos;s import instead.</p>
    </div>
  );
}
