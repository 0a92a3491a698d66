/** Warnings first (too few won accounts…), then what was skipped or read with care. */
export function AnalysisNotes({ warnings, notes }: { warnings: string[]; notes: string[] }) {
  return (
    <>
      {warnings.length > 0 && (
        <div className="notice error" role="alert" data-testid="analysis-warnings">
          <ul className="plain">
            {warnings.map((w, i) => (
              <li key={i} className="wrap">⚠ {w}</li>
            ))}
          </ul>
        </div>
      )}
      {notes.length > 0 && (
        <details className="card" data-testid="import-report" open={notes.length <= 4}>
          <summary>What was skipped or left unknown ({notes.length})</summary>
          <ul>
            {notes.map((n, i) => (
              <li key={i} className="wrap small">{n}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
