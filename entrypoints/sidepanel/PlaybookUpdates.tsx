import { useCallback, useEffect, useState } from 'react';
import { PlaybookFooter } from '../../components/panel/PlaybookFooter';
import { PlaybookUpdatedNotice } from '../../components/panel/PlaybookUpdatedNotice';
import { isGlobalChange, onChanged, request } from '../../lib/messaging/client';
import type { PlaybookUpdateNotice } from '../../lib/messaging/protocol/editor';
import type { PlaybookStatus } from '../../lib/messaging/views';
import { openOptions } from '../../hooks/open-pages';

/** Follow the background's global "something changed" broadcasts (a new playbook is one). */
function useOnGlobalChange(load: () => void): void {
  useEffect(() => {
    load();
    return onChanged((e) => {
      if (isGlobalChange(e)) load();
    });
  }, [load]);
}

/**
 * The notice after the playbook changed. It is acknowledged as soon as it is on screen, so it
 * stays until dismissed in this panel and does not come back once the panel is reopened.
 */
export function PlaybookUpdateBanner() {
  const [notice, setNotice] = useState<Extract<PlaybookUpdateNotice, { show: true }> | null>(null);
  const load = useCallback(() => {
    request('playbook/update-notice', {})
      .then((n) => {
        if (!n.show) return;
        setNotice(n);
        void request('playbook/update-seen', { seq: n.seq });
      })
      .catch(() => undefined);
  }, []);
  useOnGlobalChange(load);
  if (!notice) return null;
  return <PlaybookUpdatedNotice name={notice.name} version={notice.version} changes={notice.changes.map((c) => c.text)} complete={notice.complete} onDismiss={() => setNotice(null)} />;
}

export function PlaybookStatusFooter() {
  const [status, setStatus] = useState<PlaybookStatus | null>(null);
  const load = useCallback(() => void request('playbook/status', {}).then(setStatus).catch(() => undefined), []);
  useOnGlobalChange(load);
  return status ? <PlaybookFooter status={status} onOpen={() => void openOptions('playbook')} /> : null;
}
