import { useEffect, useState } from 'react';
import type { AccountsTableRow } from '../lib/view/model';
import { changesStored, onChanged, request } from '../lib/messaging/client';
import type { Input, Output } from '../lib/messaging/protocol';
import { OUTCOME_CHOICES } from '../lib/view/outcome-form';
import { shownName, tierClass } from '../lib/view/header-basics';
import { ago } from './use-recent';
import { crmLine } from '../lib/view/crm-line';
import { localToday } from '../lib/facts/calendar';

type Row = Output<'accounts/table'>['rows'][number];


/** What the accounts table shows for one stored account: unknown stays "–", never a guess. */
export function toTableRow(r: Row, now = Date.now()): AccountsTableRow {
  return {
    id: r.id,
    name: shownName(r, r.id),
    domain: r.domain,
    tier: r.tier ?? '–',
    tierClass: r.tier === undefined ? 'none' : tierClass({ tier: r.tier, tierRank: r.tierRank ?? 0, tierCount: r.tierCount ?? 1 }),
    score: r.score === null ? '–' : String(r.score),
    icp: r.icpName ?? '–',
    coverage: r.coverage === undefined ? '–' : `${Math.round(r.coverage * 100)}%`,
    outcome: OUTCOME_CHOICES.find((c) => c.status === r.outcome)?.label ?? '–',
    seen: ago(r.lastSeenAt, now),
    changed: r.changedAt === undefined ? '–' : ago(r.changedAt, now),
    splittable: !!r.splittable,
    conflicts: r.conflicts ?? 0,
    crm: crmLine(r.crm, localToday(new Date(now)))?.text,
  };
}

/** One page of the table for a query, refreshed whenever anything is stored, rescored or deleted. */
export function useAccountsTable(q: Input<'accounts/table'>): { page: Output<'accounts/table'> | null; error: string | null } {
  const [page, setPage] = useState<Output<'accounts/table'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(q);
  useEffect(() => {
    let live = true;
    const load = () =>
      void request('accounts/table', JSON.parse(key) as Input<'accounts/table'>).then(
        (p) => live && (setPage(p), setError(null)),
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      );
    const timer = setTimeout(load, 120); // typing in the search box: one request per pause
    const off = onChanged((e) => {
      if (changesStored(e)) load();
    });
    return () => {
      live = false;
      clearTimeout(timer);
      off();
    };
  }, [key]);
  return { page, error };
}
