import { useEffect, useState } from 'react';
import { request } from '../../lib/messaging/client';
import type { PlaybookVersion } from '../../lib/messaging/views';

type Changes = { seq: number; lines: string[] } | { seq: number; error: string };

/** Every kept version, newest first: what changed from the one before, and roll back to it. */
export function VersionHistory({ refresh, locked, onChange }: { refresh: number; locked: boolean; onChange: () => void }) {
  const [versions, setVersions] = useState<PlaybookVersion[]>([]);
  const [changes, setChanges] = useState<Changes | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void request('playbook/versions', {}).then((r) => setVersions(r.versions)), [refresh]);
  if (versions.length === 0) return null;

  const showChanges = async (i: number) => {
    const to = versions[i]!;
    const from = versions[i + 1];
    if (!from) return setChanges({ seq: to.seq, lines: ['The first version kept.'] });
    const r = await request('playbook/diff', { fromSeq: from.seq, toSeq: to.seq });
    setChanges(r.ok ? { seq: to.seq, lines: r.changes.length ? r.changes.map((c) => c.text) : ['No change to ICPs, criteria, tiers or personas.'] } : { seq: to.seq, error: r.error });
  };
  const rollback = async (v: PlaybookVersion) => {
    setError(null);
    const r = await request('playbook/rollback', { seq: v.seq });
    if (r.ok) onChange();
    else setError(r.error);
  };

  return (
    <div style={{ marginTop: 12 }}>
      <h3 style={{ fontSize: 15 }}>Version history</h3>
      {error && <div role="alert" className="notice error">{error}</div>}
      <ol data-testid="version-history" style={{ paddingLeft: 18 }}>
        {versions.map((v, i) => (
          <li key={v.seq} data-testid="version-row" style={{ marginBottom: 6 }}>
            <strong>{v.name}</strong> v{v.version} <span className="muted">· {v.source} · {new Date(v.activatedAt).toLocaleString()}</span>
            {i === 0 && <span className="muted"> · newest</span>}
            {v.damaged && <span className="muted"> · damaged</span>}
            {v.note && <div className="wrap" data-testid="version-note">{v.note}</div>}{' '}
            <button type="button" className="link" onClick={() => void showChanges(i)}>What changed</button>
            {i > 0 && !v.damaged && (
              <button type="button" className="link" disabled={locked} title={locked ? 'Locked by your organisation' : undefined} onClick={() => void rollback(v)}>
                Roll back to this
              </button>
            )}
            {changes?.seq === v.seq && (
              <ul data-testid="version-changes" className="muted">
                {'error' in changes ? <li role="alert">{changes.error}</li> : changes.lines.map((l, k) => <li key={k} className="wrap">{l}</li>)}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
