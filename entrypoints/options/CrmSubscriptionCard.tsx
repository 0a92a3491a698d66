import { useState } from 'react';
import { request } from '../../lib/messaging/client';
import type { CrmSubscription } from '../../lib/messaging/protocol/crm';

const time = (ms: number | null) => (ms === null ? 'never' : new Date(ms).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }));

/** The CRM list from a URL (issue 19): downloaded now, re-checked every 6 hours; or set by Chrome policy. */
export function CrmSubscriptionCard({ subscription, onChanged }: { subscription: CrmSubscription | null | undefined; onChanged: () => void }) {
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState('');
  const act = async (run: () => Promise<string>) => {
    setMessage('…');
    try {
      setMessage(await run());
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
    onChanged();
  };
  const subscribe = () => act(async () => {
    const r = await request('crm/subscribe', { url: url.trim() });
    return r.ok ? 'Subscribed: the CRM list was downloaded.' : r.error;
  });
  const checkNow = () => act(async () => {
    const r = await request('crm/check-now', {});
    return r.outcome === 'changed' ? `A new CRM list was downloaded (${r.message ?? ''}).` : r.outcome === 'unchanged' ? 'The CRM list at the URL has not changed.' : (r.message ?? 'Nothing to check.');
  });
  const unsubscribe = () => act(async () => {
    const r = await request('crm/unsubscribe', {});
    return r.ok ? 'No longer subscribed; the list in use is kept until you remove it.' : r.error;
  });
  const s = subscription;
  return (
    <div className="card" data-testid="crm-subscription">
      <h3>CRM list from a URL</h3>
      {s ? (
        <>
          <p className="small wrap" data-testid="crm-url-status">
            {s.managed ? 'Set by your administrator: ' : 'Re-checked every 6 hours from '}
            <bdi>{s.url}</bdi> · last checked {time(s.lastChecked)} · last changed {time(s.lastChanged)}
            {s.lastError && <span className="warn"> · last check failed: {s.lastError.message}</span>}
          </p>
          <div className="row">
            <button type="button" data-testid="crm-check-now" onClick={() => void checkNow()}>Check now</button>
            {!s.managed && <button type="button" onClick={() => void unsubscribe()}>Unsubscribe</button>}
          </div>
        </>
      ) : (
        <div className="row">
          <label>
            https URL of the export <input type="url" value={url} data-testid="crm-url" onChange={(e) => setUrl(e.target.value)} placeholder="https://intranet.example/crm/companies.csv" />
          </label>
          <button type="button" data-testid="crm-subscribe" disabled={!url.trim()} onClick={() => void subscribe()}>Subscribe</button>
        </div>
      )}
      {message && <div role="status" className="small" data-testid="crm-url-message">{message}</div>}
    </div>
  );
}
