/**
 * "Playbook updated to v2027.1 — what changed": shown once after the team's playbook changes,
 * with the changes on request and a dismiss button.
 */
export function PlaybookUpdatedNotice({ name, version, changes, complete, onDismiss }: { name: string; version: string; changes: string[]; complete: boolean; onDismiss: () => void }) {
  return (
    <div className="notice" role="status" data-testid="playbook-updated">
      <div className="row">
        <strong className="grow">
          Playbook updated to v<bdi>{version}</bdi>
        </strong>
        <button type="button" className="link" onClick={onDismiss} aria-label="Dismiss the playbook update notice" data-testid="playbook-updated-dismiss">
          Dismiss
        </button>
      </div>
      <div className="small muted">
        <bdi>{name}</bdi>: every account is scored with the new version.
      </div>
      <details data-testid="playbook-updated-changes">
        <summary>What changed</summary>
        {!complete && <p className="small muted">The version you saw before is no longer kept, so the changes cannot be listed.</p>}
        {complete && changes.length === 0 && <p className="small muted">No change to ICPs, criteria, tiers or personas.</p>}
        {changes.length > 0 && (
          <ul className="small">
            {changes.map((c, i) => (
              <li key={i} className="wrap">{c}</li>
            ))}
          </ul>
        )}
      </details>
    </div>
  );
}
