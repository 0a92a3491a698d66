import { useId, type ReactNode } from 'react';
import type { QuarterlyReview, ReviewEdit } from '../../lib/insights/review-schema';

interface Props {
  suggestions: QuarterlyReview['suggestions'];
  /** ids of the edits ticked */
  chosen: ReadonlySet<string>;
  version: string;
  note: string;
  busy: boolean;
  /** why accepting is not possible (locked by policy) */
  blocked?: string;
  onToggle: (id: string) => void;
  onVersion: (v: string) => void;
  onNote: (v: string) => void;
  onAccept: () => void;
}

/** The suggested edits as a diff against the playbook in use; the ticked ones become a new version with a change note. */
export function ReviewEdits(p: Props) {
  const versionId = useId();
  const noteId = useId();
  const s = p.suggestions;
  if (!s.ok) return <Box><p data-testid="review-no-edits" className="wrap">No suggested edits: {s.message}</p></Box>;
  if (!s.edits.length) return <Box><p data-testid="review-no-edits">No suggested edits: the closed deals agree with the playbook in use.</p></Box>;
  const count = p.chosen.size;
  return (
    <Box>
      <p className="muted small">From the same analysis as “Analyse customers”, on the closed deals of both periods. Each edit can be taken on its own.</p>
      <ul className="plain" data-testid="review-edits">
        {s.edits.map((e) => <EditItem key={e.id} e={e} checked={p.chosen.has(e.id)} onToggle={() => p.onToggle(e.id)} />)}
      </ul>
      {s.notes.map((n, i) => <p key={i} className="muted small wrap">{n}</p>)}
      <div className="row" style={{ flexWrap: 'wrap', gap: 8 }}>
        <label htmlFor={versionId}>New version</label>
        <input id={versionId} value={p.version} maxLength={40} onChange={(e) => p.onVersion(e.target.value)} />
      </div>
      <label htmlFor={noteId} style={{ display: 'block', marginTop: 8 }}>Change note (why)</label>
      <textarea id={noteId} value={p.note} maxLength={500} rows={2} style={{ width: '100%' }} onChange={(e) => p.onNote(e.target.value)} />
      <button type="button" disabled={p.busy || count === 0 || !p.note.trim() || !p.version.trim() || !!p.blocked} title={p.blocked} onClick={p.onAccept}>
        {count === 0 ? 'Tick the edits to accept' : `Accept ${count} edit${count === 1 ? '' : 's'} as a new version`}
      </button>
    </Box>
  );
}

function Box({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby="review-edits-h">
      <h3 id="review-edits-h">Suggested edits</h3>
      {children}
    </section>
  );
}

function EditItem({ e, checked, onToggle }: { e: ReviewEdit; checked: boolean; onToggle: () => void }) {
  const id = useId();
  return (
    <li className="card" data-testid="review-edit" style={{ marginBottom: 6 }}>
      <input type="checkbox" id={id} checked={checked} onChange={onToggle} />{' '}
      <label htmlFor={id} className="wrap">
        {e.changes.map((c, i) => (
          <span key={i} data-kind={c.kind} style={{ display: 'block' }}>{c.kind === 'added' ? '+ ' : c.kind === 'removed' ? '− ' : '~ '}{c.text}</span>
        ))}
      </label>
      {e.evidence.map((x, i) => <div key={i} className="muted small wrap">Evidence: {x}</div>)}
    </li>
  );
}
