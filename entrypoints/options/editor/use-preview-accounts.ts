import { useEffect, useState } from 'react';
import { request } from '../../../lib/messaging/client';
import { SAMPLE_ACCOUNT } from '../../../lib/playbook/edit/preview-sample';

/**
 * The accounts the live preview can score: the most recent stored ones, and the bundled sample
 * (id null on the wire). Starts on the most recent stored account, else the sample.
 */
export function usePreviewAccounts() {
  const [accounts, setAccounts] = useState<{ id: string; label: string }[]>([]);
  const [selected, setSelected] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    request('accounts/recent', { limit: 50 })
      .then((r) => {
        setAccounts(r.accounts.map((a) => ({ id: a.id, label: a.name ?? a.domain ?? a.id })));
        setSelected((s) => (s === undefined ? (r.accounts[0]?.id ?? null) : s));
      })
      .catch(() => setSelected(null));
  }, []);
  return {
    options: [...accounts, { id: SAMPLE_ACCOUNT.id, label: SAMPLE_ACCOUNT.name }],
    /** undefined until the list is known (no check is sent before) */
    selected,
    select: (id: string) => setSelected(id === SAMPLE_ACCOUNT.id ? null : id),
    selectedOption: selected === null || selected === undefined ? SAMPLE_ACCOUNT.id : selected,
  };
}
