import { useCallback, useEffect, useState } from 'react';
import { ProblemList } from '../../components/options/ProblemList';
import { StatusNotice } from '../../components/panel/StatusNotice';
import { isGlobalChange, onChanged, request } from '../../lib/messaging/client';
import type { PlaybookStatus } from '../../lib/messaging/views';
import { PlaybookTransfer } from './PlaybookTransfer';
import { SubscriptionCard } from './SubscriptionCard';
import { VersionHistory } from './VersionHistory';
import { SOURCE_LABEL, when } from '../../lib/view/playbook-labels';


/** The playbook in use, where it came from, and the ways to change it (unless policy locks it). */
export function PlaybookSection() {
  const [status, setStatus] = useState<PlaybookStatus | null>(null);
  const [problems, setProblems] = useState<{ path: string; message: string }[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const load = useCallback(() => {
    void request('playbook/status', {}).then(setStatus);
    setGeneration((g) => g + 1);
  }, []);
  useEffect(() => {
    load();
    // a rescore or a background URL check broadcasts {}: tab and account updates are not ours
    return onChanged((e) => {
      if (isGlobalChange(e)) load();
    });
  }, [load]);

  const importText = async (text: string, source: 'file' | 'local') => {
    setMessage(null);
    setProblems([]);
    const r = await request('playbook/import', { text, source });
    if (r.ok) {
      setMessage(`Playbook ${r.version} is now in use. Every account is being rescored.`);
      load();
    } else setProblems(r.errors);
  };
  const locked = !!status?.locked;

  return (
    <section aria-labelledby="playbook-h">
      <h2 id="playbook-h">Playbook</h2>
      {status && (
        <div className="card" data-testid="playbook-status">
          <strong>{status.name}</strong> v{status.version} · <span className="muted">source: {SOURCE_LABEL[status.source]}</span>
          {status.activatedAt && <span className="muted"> · since {new Date(status.activatedAt).toLocaleString()}</span>}
          <div className="muted">ICPs: {status.icps.map((i) => i.name).join(' · ')}</div>
          {status.subscription && (
            <div className="muted" data-testid="playbook-checked">
              URL last checked {when(status.subscription.lastChecked)} · last changed {when(status.subscription.lastChanged)}
            </div>
          )}
        </div>
      )}
      {locked && (
        <StatusNotice title="🔒 Locked by your organisation" testId="playbook-lock">
          Your administrator manages this playbook through Chrome policy. You can see it and its history, but not change it.
        </StatusNotice>
      )}
      {status?.policy?.error && (
        <StatusNotice tone="error" title="The Chrome policy could not be applied in full" testId="policy-error">
          {status.policy.error.message} ({when(status.policy.error.at)})
        </StatusNotice>
      )}
      {status?.fallbackReason && <StatusNotice tone="error" title="Using an older playbook">{status.fallbackReason}</StatusNotice>}
      <PlaybookTransfer locked={locked} importText={(text, source) => void importText(text, source)} refuse={(m) => (setMessage(null), setProblems([{ path: '', message: m }]))} />
      {message && <div role="status">{message}</div>}
      <ProblemList title="This file was not imported; the playbook in use is unchanged." problems={problems} />
      {status && <SubscriptionCard subscription={status.subscription ?? null} locked={locked} onChange={load} />}
      <VersionHistory refresh={generation} locked={locked} onChange={load} />
    </section>
  );
}
