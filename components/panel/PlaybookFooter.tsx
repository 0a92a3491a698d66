import type { PlaybookStatus } from '../../lib/messaging/views';
import { SOURCE_LABEL, when } from '../../lib/view/playbook-labels';

/** The side panel's last line: which playbook scores, where it comes from, when it was last checked. */
export function PlaybookFooter({ status, onOpen }: { status: PlaybookStatus; onOpen: () => void }) {
  const sub = status.subscription;
  return (
    <footer className="small muted" data-testid="playbook-footer" style={{ marginTop: 16, paddingTop: 8, borderTop: '1px solid var(--border)' }}>
      <div>
        Playbook <bdi>{status.name}</bdi> v<bdi>{status.version}</bdi> · source: {SOURCE_LABEL[status.source]}
        {status.locked ? ' · 🔒 locked by your organisation' : ''}
      </div>
      {sub && <div data-testid="playbook-footer-checked">URL checked {when(sub.lastChecked)} · changed {when(sub.lastChanged)}</div>}
      {!sub && status.activatedAt && <div>Since {when(status.activatedAt)}</div>}
      <button type="button" className="link" onClick={onOpen}>Playbook settings</button>
    </footer>
  );
}
