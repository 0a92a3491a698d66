import { useEffect, useState } from 'react';
import { ProblemList } from '@/components/ProblemList';
import { StatusNotice } from '@/components/StatusNotice';
import { request } from '@/lib/messaging/client';
import type { PlaybookStatus } from '@/lib/messaging/views';
import { DataSection } from './DataSection';
import { DiagnosticsSection } from './DiagnosticsSection';

export function App() {
  return (
    <main className="panel" style={{ maxWidth: 860 }}>
      <h1 style={{ fontSize: 22 }}>ICP Fit — Options</h1>
      <PlaybookSection />
      <DataSection />
      <DiagnosticsSection />
    </main>
  );
}

function PlaybookSection() {
  const [status, setStatus] = useState<PlaybookStatus | null>(null);
  const [problems, setProblems] = useState<{ path: string; message: string }[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const load = () => void request('playbook/status', {}).then(setStatus);
  useEffect(load, []);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    setProblems([]);
    const r = await request('playbook/import', { text: await file.text(), source: 'file' });
    if (r.ok) {
      setMessage(`Playbook ${r.version} is now in use. Every account is being rescored.`);
      load();
    } else setProblems(r.errors);
  };

  return (
    <section aria-labelledby="playbook-h">
      <h2 id="playbook-h">Playbook</h2>
      {status && (
        <div className="card" data-testid="playbook-status">
          <strong>{status.name}</strong> v{status.version} · <span className="muted">source: {status.source}</span>
          {status.activatedAt && <span className="muted"> · since {new Date(status.activatedAt).toLocaleString()}</span>}
          <div className="muted">ICPs: {status.icps.map((i) => i.name).join(' · ')}</div>
        </div>
      )}
      {status?.fallbackReason && <StatusNotice tone="error" title="Using an older playbook">{status.fallbackReason}</StatusNotice>}
      <label style={{ display: 'block', marginTop: 10 }}>
        Import a playbook file (.json):{' '}
        <input type="file" accept=".json,application/json" data-testid="playbook-file" onChange={(e) => void importFile(e.target.files?.[0])} />
      </label>
      {message && <div role="status">{message}</div>}
      <ProblemList title="This file was not imported; the playbook in use is unchanged." problems={problems} />
    </section>
  );
}
