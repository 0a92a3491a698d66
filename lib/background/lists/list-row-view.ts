import type { ListRow } from '../../facts/list-model';
import type { ListRowView } from '../../messaging/protocol/lists';
import type { AccountResult } from '../../scoring';
import { personTitle } from './list-score';

// What the panel shows of one row: what the row read, and its score from the row alone.

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

function place(row: ListRow): string | undefined {
  if (row.person?.location) return row.person.location;
  const parts = [str(row.facts.hqCity?.value), str(row.facts.hqState?.value), str(row.facts.hqCountry?.value)].filter(Boolean);
  return parts.length ? parts.join(', ') : (row.job?.location ?? undefined);
}

export function rowShown(row: ListRow, result: AccountResult | null): ListRowView {
  const person = row.kind === 'person' ? row.person : undefined;
  const companyName = str(row.facts.name?.value) ?? person?.company?.name;
  const best = result?.results[0];
  const view: ListRowView = {
    key: row.key,
    kind: row.kind,
    placeholder: row.placeholder,
    name: row.placeholder ? undefined : row.kind === 'person' ? person?.name : companyName,
    title: person ? personTitle(row) : row.job?.title,
    location: place(row),
    company: row.kind === 'person' ? companyName : undefined,
    companyFrom: person?.companyFrom,
    href: person?.profileUrl ?? str(row.facts.linkedinUrl?.value) ?? str(row.facts.salesNavUrl?.value) ?? row.job?.url,
    text: row.text,
    coverage: Math.min(1, Math.max(0, best?.coverage ?? 0)),
    rowOnly: true,
  };
  if (best) {
    view.tier = best.tier ?? undefined;
    view.tierLabel = best.tier ? `${best.tier}${best.provisional ? ' (provisional)' : ''}` : 'not enough data';
    view.score = best.score;
    view.range = best.range;
    view.bestIcp = { id: best.icpId, name: best.icpName };
  }
  if (row.kind === 'person' && result?.persona) view.persona = { id: result.persona.id, name: result.persona.name };
  return view;
}
