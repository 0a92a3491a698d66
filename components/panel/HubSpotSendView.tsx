import type { Lookup } from '../../lib/insights/hubspot/hubspot-state';
import type { HubSpotSent } from '../../lib/messaging/protocol/hubspot';

const safeLink = (url: string | null) => (url && /^https:\/\/app(-[a-z0-9]+)?\.hubspot\.com\//.test(url) ? url : null);

function LiveLine({ lookup }: { lookup: Lookup | null }) {
  if (!lookup || lookup.state === 'not-connected') return null;
  if (lookup.state === 'no-domain') return <p className="muted small">No website domain known: HubSpot cannot be searched for this company.</p>;
  if (lookup.state === 'unreachable') return <p className="muted small" data-testid="hubspot-live">HubSpot could not be asked now; the imported CRM list (if any) answers instead.</p>;
  if (lookup.state !== 'live') return null;
  const { found, stage, owner } = lookup.live;
  return (
    <p className="small" data-testid="hubspot-live">
      {found ? ['In HubSpot', stage && `lifecycle ${stage}`, owner && `owner ${owner}`].filter(Boolean).join(' · ') : 'Not in HubSpot yet'}
      <span className="muted"> (asked HubSpot)</span>
    </p>
  );
}

/** Send to HubSpot on a company (issue 19 §2): the live "already in CRM" answer, the button, the result with its link. */
export function HubSpotSendView({ lookup, sending, sent, onSend }: { lookup: Lookup | null; sending: boolean; sent: HubSpotSent | null; onSend: () => void }) {
  const link = safeLink(sent?.url ?? null);
  return (
    <section aria-labelledby="hubspot-h" data-testid="hubspot-send">
      <h2 id="hubspot-h">HubSpot</h2>
      <LiveLine lookup={lookup} />
      <button type="button" disabled={sending} data-testid="hubspot-send-button" onClick={onSend}>
        {sending ? 'Sending…' : 'Send to HubSpot'}
      </button>
      {sent && (
        <p role="status" className={`small wrap ${sent.result === 'error' || sent.result === 'failed' ? 'warn' : ''}`} data-testid="hubspot-sent">
          {sent.message}{' '}
          {link && <a href={link} target="_blank" rel="noreferrer noopener" data-testid="hubspot-record-link">Open in HubSpot</a>}
        </p>
      )}
    </section>
  );
}
