import type { RestoreReport } from '../../lib/messaging/protocol/backup';

/**
 * What restoring a backup will do (before: with Restore / Cancel) or did (after). The file is
 * untrusted: every text from it (names, the subscription URL) is rendered as text.
 */
const SETTING_LABELS: Record<string, { label: string; value: (json: string) => string }> = {
  retentionDays: { label: 'Delete accounts not seen for', value: (v) => (v === 'null' ? 'never' : `${v} days`) },
};

function settingLine(s: RestoreReport['settings'][number]): string {
  const known = SETTING_LABELS[s.key];
  return known ? `${known.label}: ${known.value(s.from)} → ${known.value(s.to)}` : `${s.key}: ${s.from} → ${s.to}`;
}

function playbookLine(p: RestoreReport['playbook'], done: boolean): string {
  const file = `${p.name ?? ''} ${p.version ?? ''}`.trim();
  const now = p.current ? `${p.current.name} ${p.current.version}` : 'the built-in starter';
  switch (p.action) {
    case 'none':
      return `none in the file; ${now} stays in use`;
    case 'same':
      return `${file}, already in use (unchanged)`;
    case 'locked':
      return `kept: locked by policy (${now} stays; the file's ${file} is not restored)`;
    case 'activate':
      return done ? `${file} is now in use` : `${file} becomes the playbook in use (now: ${now})`;
  }
}

const plural = (n: number, one: string) => `${n.toLocaleString()} ${one}${n === 1 ? '' : 's'}`;

export function RestorePreview({ report, done, onConfirm, onCancel }: { report: RestoreReport; done: boolean; onConfirm?: () => void; onCancel?: () => void }) {
  const { accounts } = report;
  return (
    <div className="card" style={{ marginTop: 10 }} data-testid={done ? 'restore-summary' : 'restore-preview'}>
      <strong>{done ? 'Restored' : 'Restore this backup?'}</strong> <span className="muted small">(exported {report.exportedAt.slice(0, 16).replace('T', ' ')})</span>
      <ul>
        <li data-testid="restore-accounts">
          Accounts: {plural(accounts.added, 'account')} {done ? 'added' : 'to add'}, {plural(accounts.replaced, 'account')} {done ? 'replaced' : 'to replace'} by the file’s
        </li>
        <li>
          {plural(report.observations, 'observation')}, {plural(report.answers, 'answer')}, {plural(report.outcomes, 'outcome')}
        </li>
        <li data-testid="restore-playbook">Playbook: {playbookLine(report.playbook, done)}</li>
        {report.settings.length === 0 ? (
          <li>Settings: no change</li>
        ) : (
          report.settings.map((s) => (
            <li key={s.key} data-testid="restore-setting">
              {settingLine(s)}
            </li>
          ))
        )}
      </ul>
      {report.subscription && (
        <div className="notice error" role="alert" data-testid="restore-subscription">
          This file subscribes to a playbook URL: <code className="wrap">{report.subscription.url}</code>. It {done ? 'was not' : 'will not be'} restored: subscribe from the Playbook tab only if you trust it.
        </div>
      )}
      {/* the playbook and the subscription have their own lines above */}
      {report.notRestored.filter((s) => !s.startsWith('The playbook')).map((s) => (
        <div key={s} className="muted small">Not restored: {s}</div>
      ))}
      {report.retentionWillDelete > 0 && (
        <div className="notice" data-testid="restore-retention">
          {plural(report.retentionWillDelete, 'account')} not seen within the retention period (and without an outcome) will be deleted at the next daily clean-up.
        </div>
      )}
      {!done && (
        <div className="row" style={{ marginTop: 8 }}>
          <button type="button" data-testid="restore-confirm" onClick={onConfirm}>Restore</button>
          <button type="button" data-testid="restore-cancel" onClick={onCancel}>Cancel</button>
        </div>
      )}
    </div>
  );
}
