import type { Playbook } from '../../playbook/schema';
import { NO_DATA, READING, tierBadge, type BadgeSpec } from '../tabs/badge';
import type { StoredRow } from './list-store';

// A list page's badge: how many rows are in the playbook's top tier ("3A"), else the best tier any
// row reached. The tier's name is the playbook's own (its first ICP's top tier).

const isTop = (r: StoredRow) => !!r.tier && r.tier.name !== null && r.tier.name !== 'DQ' && r.tier.rank === 0;

export function listBadge(rows: readonly StoredRow[], playbook: Pick<Playbook, 'icps'>): BadgeSpec {
  if (!rows.length) return READING; // a list page whose rows have not rendered yet
  const top = playbook.icps[0]?.tiers[0]?.name ?? 'A';
  const tops = rows.filter(isTop).length;
  if (tops > 0) {
    const title = `ICP Fit — this list: ${tops} of ${rows.length} rows in tier ${top}`;
    // the count always shows; the tier name is cut to what the badge has room for (~4 characters)
    const text = `${Math.min(tops, 999)}${top}`.slice(0, 4);
    return { ...tierBadge(top, 0, 2, title), text };
  }
  const best = rows.reduce<StoredRow['tier']>((b, r) => (r.tier?.name && (!b || r.tier.rank < b.rank) ? r.tier : b), undefined);
  if (!best?.name) return { ...NO_DATA, title: `ICP Fit — this list: ${rows.length} rows, not enough data to score` };
  return tierBadge(best.name, best.rank, best.count, `ICP Fit — this list: best tier ${best.name} (${rows.length} rows)`);
}
