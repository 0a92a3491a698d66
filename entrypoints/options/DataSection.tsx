import { useEffect, useState } from 'react';
import { request } from '../../lib/messaging/client';
import { BackupRestore } from './BackupRestore';
import { downloadBackup } from './backup-transfer';
import { CrmExport } from './CrmExport';

/** Backup, restore, deletion and retention of everything stored locally. */
export function DataSection() {
  const [message, setMessage] = useState<string | null>(null);
  const [retention, setRetention] = useState<number | null>(null);
  const loadRetention = () => void request('settings/get', {}).then((s) => setRetention(s.retentionDays));
  useEffect(loadRetention, []);

  const exportAll = async () => {
    setMessage('Preparing the backup…');
    const r = await downloadBackup();
    if (!r.ok) return setMessage(r.error);
    const size = `${(r.chars / 1024 / 1024).toFixed(1)} MB`;
    setMessage(r.skipped.length ? `Backup saved (${size}). Left out, damaged: ${r.skipped.join('; ')}` : `Backup saved (${size}).`);
  };
  const deleteAll = async () => {
    if (!confirm('Delete every account, observation, answer and outcome? Playbooks are kept.')) return;
    await request('data/delete-all', {});
    setMessage('All account data deleted.');
  };
  const saveRetention = async (days: number | null) => {
    const s = await request('settings/set', { retentionDays: days });
    setRetention(s.retentionDays);
  };

  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">Your data</h2>
      <p className="muted">Everything stays in this browser. Back it up, move it to another install, or delete it.</p>
      <div className="row" style={{ flexWrap: 'wrap' }}>
        <button type="button" onClick={() => void exportAll()}>Export all data</button>
        <button type="button" onClick={() => void deleteAll()}>Delete all account data</button>
      </div>
      <BackupRestore onRestored={loadRetention} />
      <label style={{ display: 'block', marginTop: 10 }}>
        Delete accounts not seen for{' '}
        <select value={retention ?? ''} onChange={(e) => void saveRetention(e.target.value ? Number(e.target.value) : null)} aria-label="Retention">
          <option value="">never</option>
          <option value="30">30 days</option>
          <option value="90">90 days</option>
          <option value="180">180 days</option>
          <option value="365">a year</option>
        </select>{' '}
        (accounts with a recorded outcome are kept)
      </label>
      {message && <div role="status" data-testid="data-message">{message}</div>}
      <CrmExport />
    </section>
  );
}
