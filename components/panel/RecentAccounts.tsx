import { useId } from 'react';
import type { RecentItem } from '../../lib/view/model';

/** The last accounts viewed, searchable; opening one shows its result. */
export function RecentAccounts(props: { items: RecentItem[]; query: string; empty: string; onQuery: (q: string) => void; onOpen: (id: string) => void }) {
  const { items, query, empty, onQuery, onOpen } = props;
  const id = useId();
  return (
    <section aria-labelledby={`${id}-h`} data-testid="recent">
      <h2 id={`${id}-h`}>Recent accounts</h2>
      <label htmlFor={id} className="visually-hidden">Search recent accounts</label>
      <input id={id} type="search" placeholder="Search by name or domain" value={query} onChange={(e) => onQuery(e.target.value)} style={{ width: '100%' }} />
      {items.length === 0 ? (
        <p className="muted small" role="status">{empty}</p>
      ) : (
        <ul className="plain card" style={{ marginTop: 6 }}>
          {items.map((a) => (
            <li key={a.id}>
              <button type="button" className="icp-option row" onClick={() => onOpen(a.id)}>
                <span className={`tier-pill ${a.tierClass}`} aria-label={a.tier === '–' ? 'no tier' : `tier ${a.tier}`}>{a.tier}</span>
                <span className="grow truncate">
                  <bdi dir="auto">{a.name}</bdi>
                  {a.domain && <span className="muted"> · {a.domain}</span>}
                </span>
                <span className="muted num">{a.score === null ? '–' : a.score}</span>
                <span className="muted small">{a.seen}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
