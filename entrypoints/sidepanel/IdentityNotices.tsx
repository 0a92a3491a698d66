import { useState } from 'react';
import { IdentityNotice } from '../../components/panel/IdentityNotice';
import { request } from '../../lib/messaging/client';
import type { IdentityView } from '../../lib/messaging/views';

/** Sends the rep's answer to an identity conflict, or a split, then shows what is stored now. */
export function IdentityNotices({ accountId, identity, refresh }: { accountId: string; identity: IdentityView; refresh: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      refresh();
    }
  };
  return (
    <IdentityNotice
      identity={identity}
      busy={busy}
      error={error}
      onMerge={(c) => void run(() => request('account/identity-merge', { accountId, otherAccountId: c.otherAccountId, key: c.key }))}
      onKeepApart={(c) => void run(() => request('account/identity-keep-apart', { accountId, otherAccountId: c.otherAccountId, key: c.key }))}
      onSplit={() => void run(() => request('account/split', { accountId }))}
    />
  );
}
