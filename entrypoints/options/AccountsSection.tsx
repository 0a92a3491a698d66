import { useState } from 'react';
import { AccountsTable } from '../../components/options/AccountsTable';
import { StatusNotice } from '../../components/panel/StatusNotice';
import { request } from '../../lib/messaging/client';
import { toTableRow, useAccountsTable } from '../../hooks/use-accounts-table';
import { CrmExport } from './CrmExport';
import { HubSpotBulk } from './HubSpotBulk';
import { useHubSpotStatus } from '../../hooks/use-hubspot-status';

const PAGE = 50;
type Sort = 'last-seen' | 'score' | 'name' | 'tier';

/** Every account stored in this browser: find one, see its tier and outcome, delete it, export them all for the CRM. */
export function AccountsSection() {
  const [query, setQuery] = useState('');
  const [tier, setTier] = useState('');
  const [sort, setSort] = useState<Sort>('last-seen');
  const [offset, setOffset] = useState(0);
  const [changed, setChanged] = useState('');
  const { page, error } = useAccountsTable({ query: query || undefined, tier: tier || undefined, sort, offset, limit: PAGE, changedWithinDays: changed ? Number(changed) : undefined });
  // rows ticked for Send to HubSpot (only while HubSpot is connected)
  const hubspot = useHubSpotStatus();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = (ids: string[], on: boolean) => setSelected((s) => new Set(on ? [...s, ...ids] : [...s].filter((id) => !ids.includes(id))));
  const connected = !!hubspot.status?.connected;
  const refilter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setOffset(0);
  };
  const remove = async (id: string, name: string) => {
    if (!confirm(`Delete ${name}, its observations, answers and outcome from this browser?`)) return;
    await request('account/delete', { accountId: id });
  };
  const split = async (id: string, name: string) => {
    if (!confirm(`Split ${name} back into the two accounts it was merged from?`)) return;
    await request('account/split', { accountId: id });
  };
  return (
    <section aria-labelledby="accounts-h">
      <h2 id="accounts-h">Accounts</h2>
      <p className="muted">Every company you have viewed, scored with the playbook in use. Stored in this browser only.</p>
      {error && <StatusNotice tone="error" title="The accounts could not be listed">{error}</StatusNotice>}
      {page && (
        <AccountsTable
          rows={page.rows.map((r) => toTableRow(r))}
          total={page.total}
          offset={offset}
          pageSize={PAGE}
          query={query}
          tier={tier}
          tiers={page.tiers}
          sort={sort}
          onQuery={refilter(setQuery)}
          onTier={refilter(setTier)}
          changed={changed}
          onChanged={refilter(setChanged)}
          onSort={refilter((s: string) => setSort(s as Sort))}
          onPage={setOffset}
          onDelete={(id, name) => void remove(id, name)}
          onSplit={(id, name) => void split(id, name)}
          selected={connected ? selected : undefined}
          onToggle={connected ? toggle : undefined}
        />
      )}
      {page && connected && hubspot.status && <HubSpotBulk status={hubspot.status} selected={[...selected]} onQueued={() => setSelected(new Set())} setStatus={hubspot.setStatus} />}
      {page && <CrmExport />}
    </section>
  );
}
