import { useEffect, useState } from 'react';
import { request } from '@/lib/messaging/client';
import { CrmExport } from './CrmExport';

/** Backup, restore, deletion and retention of everything stored locally. */
export function DataSection() {
  const [message, setMessage] = useState<string | null>(null);
  const [retention, setRetention] = useState<number | null>(null);
  useEffect(() => void request('settings/get', {}).then((s) => setRetention(s.retentionDays)), []);

  const exportAll = async () => {
    const { json } = await request('data/export', {});
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: `icp-fit-backup-${new Date().toISOString().slice(0, 10)}.json` });
    a.click();
    URL.revokeObjectURL(url);
  };
  const importAll = async (file: File | undefined) => {
    if (!file) return;
    const r = await request('data/import', { text: await file.text() });
    setMessage(r.ok ? `Restored ${r.counts.accounts ?? 0} accounts.` : r.error);
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
        <label>
          Restore from a backup: <input type="file" accept=".json,application/json" onChange={(e) => void importAll(e.target.files?.[0])} />
        </label>
        <button type="button" onClick={() => void deleteAll()}>Delete all account data</button>
      </div>
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
      {message && <div role="status">{message}</div>}
      <CrmExport />
    </section>
  );
}
