import { useState } from 'react';
import { RecentAccounts } from '@/components/RecentAccounts';
import { useRecent } from '@/lib/ui/use-recent';

/** The recent accounts list, without the one already on screen. */
export function Recent({ current, onOpen }: { current?: string; onOpen: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const items = useRecent(query).filter((a) => a.id !== current);
  return <RecentAccounts items={items} query={query} onQuery={setQuery} onOpen={onOpen} />;
}
