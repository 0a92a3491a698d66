import { useEffect, useState } from 'react';
import type { RecentItem } from '../lib/view/model';
import type { TierClass } from '../lib/view/model';
import { changesStored, onChanged, request } from '../lib/messaging/client';
import type { AccountSummary } from '../lib/messaging/views';
import { shownName } from '../lib/view/header-basics';

// The recent list carries only the tier's name, not its rank: the starter's letters get their
// colours, any other name stays neutral (its letter is always shown, so nothing is lost).
const LETTER_CLASS: Record<string, TierClass> = { A: 'top', B: 'mid', C: 'low', DQ: 'dq' };

export function toRecentItem(a: AccountSummary, now = Date.now()): RecentItem {
  const name = shownName(a, a.id);
  return { id: a.id, name, domain: a.domain, tier: a.tier ?? '–', tierClass: (a.tier && LETTER_CLASS[a.tier]) || 'none', score: a.score ?? null, seen: ago(a.lastSeenAt, now) };
}

export function ago(at: number, now = Date.now()): string {
  const min = Math.round((now - at) / 60_000);
  if (min < 1) return 'now';
  if (min < 60) return `${min} min`;
  const h = Math.round(min / 60);
  return h < 24 ? `${h} h` : `${Math.round(h / 24)} d`;
}

/** Recent accounts matching a search, refreshed when anything is stored or rescored. */
export function useRecent(query: string, limit = 15): RecentItem[] {
  const [items, setItems] = useState<RecentItem[]>([]);
  useEffect(() => {
    let live = true;
    const load = () =>
      void request('accounts/recent', { query: query.trim() || undefined, limit })
        .then((r) => live && setItems(r.accounts.map((a) => toRecentItem(a))))
        .catch(() => undefined);
    const t = setTimeout(load, query ? 150 : 0);
    const off = onChanged((e) => {
      if (changesStored(e)) load();
    });
    return () => {
      live = false;
      clearTimeout(t);
      off();
    };
  }, [query, limit]);
  return items;
}
