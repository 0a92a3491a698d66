import type { QueueView } from '../../lib/insights/hubspot/hubspot-state';

const time = (ms: number) => new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * The send queue (issue 19 §2): progress, pause / resume, what stopped it and when it is retried,
 * the summary of created / updated / skipped / failed, and the last companies with their links.
 */
export function HubSpotQueueView({ queue, onPause, onRetry }: { queue: QueueView; onPause: (paused: boolean) => void; onRetry: () => void }) {
  const { pending, total, counts, paused, problem, retryAt, recent } = queue;
  if (!total && !recent.length) return null;
  const done = total - pending;
  return (
    <div data-testid="hubspot-queue">
      {total > 0 && (
        <p role="status" data-testid="hubspot-progress">
          {pending ? `Sending: ${done} of ${total} done, ${pending} waiting${paused ? ' (paused)' : ''}.` : `Sent ${total}.`} Created {counts.created} · updated {counts.updated} · skipped {counts.skipped} · failed {counts.failed}
        </p>
      )}
      {pending > 0 && (
        <div className="row">
          <button type="button" data-testid="hubspot-pause" onClick={() => onPause(!paused)}>{paused ? 'Resume' : 'Pause'}</button>
          <button type="button" data-testid="hubspot-retry" onClick={onRetry}>Retry now</button>
        </div>
      )}
      {problem && (
        <p className="small warn wrap" data-testid="hubspot-problem">
          {problem}
          {retryAt && pending > 0 ? ` Next try at ${time(retryAt)}.` : ''}
        </p>
      )}
      {recent.length > 0 && (
        <ul className="small" data-testid="hubspot-recent">
          {recent.slice(-10).reverse().map((r, i) => (
            <li key={`${r.accountId}-${i}`} className="wrap">
              <bdi dir="auto">{r.name}</bdi>: {r.action}{' '}
              {/^https:\/\/app(-[a-z0-9]+)?\.hubspot\.com\//.test(r.detail) ? <a href={r.detail} target="_blank" rel="noreferrer noopener">open in HubSpot</a> : <span className="muted">{r.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
