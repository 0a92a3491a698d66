import { useState } from 'react';
import { browser } from 'wxt/browser';
import { request } from '../../lib/messaging/client';
import type { Subscription } from '../../lib/messaging/views';
import { revocableAccess } from '../../hooks/host-access';
import { when } from '../../lib/view/playbook-labels';
import { OlderVersionNotice } from './OlderVersionNotice';


/**
 * Subscribe to a playbook URL. For an https URL we ask Chrome for that one origin first (this
 * click is the user gesture permissions.request needs); hosting that sends CORS headers works
 * even if the rep declines (docs/team-rollout.md).
 */
export function SubscriptionCard({ subscription, locked, onChange }: { subscription: Subscription | null; locked: boolean; onChange: () => void }) {
  const [url, setUrl] = useState('');
  const [sha256, setSha256] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  /** after unsubscribing: the origin ICP Fit may still read and no longer needs (offered back) */
  const [revocable, setRevocable] = useState<string | null>(null);

  const subscribe = async () => {
    setMessage(null);
    setRevocable(null);
    let origin: string;
    try {
      origin = new URL(url.trim()).origin;
    } catch {
      return setMessage('That is not a valid URL.');
    }
    // must be the first await: Chrome only shows the prompt inside the click's user gesture
    const granted = origin.startsWith('https://') ? await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false) : true;
    const r = await request('playbook/subscribe', { url: url.trim(), sha256: sha256.trim() || undefined });
    if (!r.ok) return setMessage(r.error);
    setMessage(granted ? 'Subscribed.' : 'Subscribed without access to that site: it works only if the server allows cross-origin requests (CORS).');
    onChange();
  };
  const checkNow = async () => {
    const r = await request('playbook/check-now', {});
    setMessage(r.outcome === 'changed' ? `New version activated: ${r.message}` : r.outcome === 'unchanged' ? 'No change.' : (r.message ?? null));
    onChange();
  };
  const unsubscribe = async () => {
    const url = subscription?.url;
    const r = await request('playbook/unsubscribe', {});
    setMessage(r.ok ? 'Unsubscribed; the playbook in use stays.' : r.error);
    // the subscription was the only reason to read that origin: offer the grant back
    if (r.ok && url) setRevocable(await revocableAccess(browser.permissions, url));
    onChange();
  };
  const revoke = async (pattern: string) => {
    const removed = await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    setRevocable(null);
    setMessage(removed ? `ICP Fit can no longer read ${pattern.replace(/\/\*$/, '')}.` : 'Chrome did not remove the access; you can remove it in chrome://extensions.');
  };

  return (
    <div className="card" style={{ marginTop: 10 }} data-testid="subscription">
      <strong>Playbook URL</strong>
      {subscription ? (
        <div>
          <div className="wrap">
            <code>{subscription.url}</code> {subscription.managed && <span className="muted">(set by Chrome policy)</span>}
          </div>
          <div className="muted">
            Checked every {subscription.intervalHours} h · last checked {when(subscription.lastChecked)} · last changed {when(subscription.lastChanged)}
          </div>
          {subscription.olderVersion && <OlderVersionNotice older={subscription.olderVersion} locked={locked} onChange={onChange} />}
          {subscription.lastError && (
            <div className="notice error" role="alert" data-testid="subscription-error">
              Last check failed ({when(subscription.lastError.at)}): {subscription.lastError.message}. The last good version stays in use.
            </div>
          )}
          <div className="row" style={{ marginTop: 6, gap: 6 }}>
            <button type="button" data-testid="check-now" onClick={() => void checkNow()}>Check now</button>
            {!(locked && subscription.managed) && <button type="button" data-testid="unsubscribe" onClick={() => void unsubscribe()}>Unsubscribe</button>}
          </div>
        </div>
      ) : (
        <div className="muted">Not subscribed. Your manager can host the playbook at an https address; ICP Fit re-checks it every 6 hours.</div>
      )}
      {!locked && (
        <form
          className="row"
          style={{ marginTop: 6, gap: 6, flexWrap: 'wrap' }}
          onSubmit={(e) => {
            e.preventDefault();
            void subscribe();
          }}
        >
          <input type="url" required placeholder="https://example.com/playbook.json" aria-label="Playbook URL" data-testid="subscribe-url" value={url} onChange={(e) => setUrl(e.target.value)} style={{ minWidth: 320 }} />
          <input placeholder="SHA-256 (optional)" aria-label="SHA-256 of the file (optional)" value={sha256} onChange={(e) => setSha256(e.target.value)} />
          <button type="submit" data-testid="subscribe">Subscribe</button>
        </form>
      )}
      {message && <div role="status" data-testid="subscription-message">{message}</div>}
      {revocable && (
        <button type="button" data-testid="revoke-access" onClick={() => void revoke(revocable)}>
          Also remove ICP Fit's access to {revocable.replace(/\/\*$/, '')}
        </button>
      )}
    </div>
  );
}
