import type { IdentityView } from '../../lib/messaging/views';
import { OUTCOME_CHOICES } from '../../lib/view/outcome-form';

type Conflict = IdentityView['conflicts'][number];

export interface IdentityNoticeProps {
  identity: IdentityView;
  /** set while a choice is being saved (buttons disabled) or when it failed */
  busy?: boolean;
  error?: string;
  onMerge: (c: Conflict) => void;
  onKeepApart: (c: Conflict) => void;
  onSplit: () => void;
}

const day = (at: number) => new Date(at).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
const label = (status: string) => OUTCOME_CHOICES.find((c) => c.status === status)?.label ?? status;

/**
 * A page claimed another account's identity (the rep merges or keeps them apart), and the newest
 * merge (which split undoes). Page-derived names are rendered as text.
 */
export function IdentityNotice(p: IdentityNoticeProps) {
  const { conflicts, lastMerge } = p.identity;
  return (
    <>
      {conflicts.map((c) => (
        <div key={`${c.otherAccountId ?? ''} ${c.key}`} className="notice" role="status" data-testid="identity-conflict">
          <strong>⚠ The same company, or two?</strong>
          <div className="notice-body">
            <p className="wrap" data-testid="identity-sentence">{c.sentence}</p>
            <p className="muted small">Nothing was merged. Merge them if they are one company: everything from both is kept, and you can split them again.</p>
            <div className="row">
              <button type="button" disabled={p.busy} onClick={() => p.onMerge(c)}>Merge</button>
              <button type="button" disabled={p.busy} onClick={() => p.onKeepApart(c)}>Keep apart</button>
            </div>
          </div>
        </div>
      ))}
      {lastMerge?.kind === 'joined' && (
        // the usual way an account grows (a LinkedIn page naming the website read before): said quietly
        <div className="muted small wrap" data-testid="identity-merge">
          <bdi>{lastMerge.otherName}</bdi> was added to this account on {day(lastMerge.at)} because it links to it.{' '}
          <button type="button" className="link" disabled={p.busy} onClick={p.onSplit}>Split it off</button>
        </div>
      )}
      {lastMerge?.kind === 'merged' && (
        <div className="notice" role="status" data-testid="identity-merge">
          <div className="wrap">
            Merged with <bdi>{lastMerge.otherName}</bdi> on {day(lastMerge.at)}.
          </div>
          {lastMerge.outcomes.length === 2 && (
            <div className="small wrap" data-testid="identity-outcomes">
              Both had an outcome: {lastMerge.outcomes.map((o, i) => (
                <span key={i}>{i > 0 ? ' · ' : ''}<bdi>{o.name}</bdi>: {label(o.status)}{i === 0 ? ' (shown)' : ' (kept)'}</span>
              ))}
            </div>
          )}
          <button type="button" className="link" disabled={p.busy} onClick={p.onSplit}>Split</button>
        </div>
      )}
      {p.error && <div className="notice error" role="alert">{p.error}</div>}
    </>
  );
}
