import { useState } from 'react';
import { RecentAccounts } from '../../components/panel/RecentAccounts';
import { useRecent } from '../../hooks/use-recent';

/** The recent accounts list, without the one already on screen. */
export function Recent({ current, onOpen }: { current?: string; onOpen: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const all = useRecent(query);
  const items = all.filter((a) => a.id !== current);
  const empty = !query ? 'Accounts you view appear here.' : all.length > items.length ? 'Only the account on screen matches.' : 'No account matches.';
  return <RecentAccounts items={items} query={query} empty={empty} onQuery={setQuery} onOpen={onOpen} />;
}
