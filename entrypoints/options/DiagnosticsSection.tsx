import { useEffect, useState } from 'react';
import { request } from '../../lib/messaging/client';
import type { Output } from '../../lib/messaging/protocol';

/** Warnings and counters from the background, copyable for a bug report. */
export function DiagnosticsSection() {
  const [diag, setDiag] = useState<Output<'diagnostics/get'> | null>(null);
  useEffect(() => void request('diagnostics/get', {}).then(setDiag), []);
  const text = diag ? JSON.stringify({ counters: diag.counters, entries: diag.entries.map((e) => ({ ...e, at: new Date(e.at).toISOString() })) }, null, 2) : '';
  return (
    <section aria-labelledby="diag-h" id="diagnostics">
      <h2 id="diag-h">Diagnostics</h2>
      <p className="muted">Pages that could not be read, refused messages and storage errors. Nothing here leaves your browser unless you copy it.</p>
      <button type="button" onClick={() => void navigator.clipboard.writeText(text)}>Copy diagnostics</button>
      <pre className="card wrap" style={{ maxHeight: 240, overflow: 'auto', whiteSpace: 'pre-wrap' }} data-testid="diagnostics">{text || 'Nothing to report.'}</pre>
    </section>
  );
}
