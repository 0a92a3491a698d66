import { useId } from 'react';
import type { AccountsTableRow } from '../../lib/view/model';

export interface AccountsTableProps {
  rows: AccountsTableRow[];
  total: number;
  offset: number;
  pageSize: number;
  query: string;
  tier: string;
  tiers: string[];
  sort: string;
  onQuery: (q: string) => void;
  onTier: (t: string) => void;
  /** issue 20: "" (any), "7" or "30": only accounts with a changed value in that many days */
  changed?: string;
  onChanged?: (days: string) => void;
  onSort: (s: string) => void;
  onPage: (offset: number) => void;
  onDelete: (id: string, name: string) => void;
  onSplit?: (id: string, name: string) => void;
  /** row selection (for Send to HubSpot): a checkbox column appears only when given */
  selected?: ReadonlySet<string>;
  onToggle?: (ids: string[], on: boolean) => void;
}

const SORTS: [string, string][] = [['last-seen', 'last seen'], ['score', 'score'], ['tier', 'tier'], ['name', 'name']];

/** Every stored account, searchable, filtered by tier, sorted and paged. */
export function AccountsTable(p: AccountsTableProps) {
  const id = useId();
  const last = Math.min(p.offset + p.rows.length, p.total);
  return (
    <div data-testid="accounts-table">
      <div className="row" style={{ flexWrap: 'wrap', margin: '8px 0' }}>
        <label htmlFor={`${id}-q`} className="visually-hidden">Search accounts</label>
        <input id={`${id}-q`} type="search" placeholder="Search by name or domain" value={p.query} onChange={(e) => p.onQuery(e.target.value)} className="grow" />
        <label>
          Tier{' '}
          <select aria-label="Filter by tier" value={p.tier} onChange={(e) => p.onTier(e.target.value)}>
            <option value="">all</option>
            {p.tiers.map((t) => <option key={t} value={t}>{t}</option>)}
            <option value="none">no tier</option>
          </select>
        </label>
        {p.onChanged && (
          <label>
            Changed{' '}
            <select aria-label="Filter by change" data-testid="changed-filter" value={p.changed ?? ''} onChange={(e) => p.onChanged!(e.target.value)}>
              <option value="">any time</option>
              <option value="7">in the last 7 days</option>
              <option value="30">in the last 30 days</option>
            </select>
          </label>
        )}
        <label>
          Sort by{' '}
          <select aria-label="Sort by" value={p.sort} onChange={(e) => p.onSort(e.target.value)}>
            {SORTS.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select>
        </label>
      </div>
      <p className="muted small" role="status" data-testid="accounts-count">
        {p.total === 0 ? 'No account matches.' : `${p.offset + 1}–${last} of ${p.total.toLocaleString('en-US')} ${p.total === 1 ? 'account' : 'accounts'}`}
      </p>
      {p.rows.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>{p.onToggle && <th scope="col"><input type="checkbox" aria-label="Select every row on this page" data-testid="account-select-all" checked={p.rows.every((r) => p.selected?.has(r.id))} onChange={(e) => p.onToggle!(p.rows.map((r) => r.id), e.target.checked)} /></th>}<th scope="col">Company</th><th scope="col">Tier</th><th scope="col" className="num">Score</th><th scope="col">Best ICP</th><th scope="col" className="num">Coverage</th><th scope="col">Outcome</th>{p.rows.some((r) => r.crm) && <th scope="col">CRM</th>}<th scope="col">Changed</th><th scope="col">Last seen</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr key={r.id} data-testid="account-row">
                {p.onToggle && <td><input type="checkbox" aria-label={`Select ${r.name}`} data-testid="account-select" checked={!!p.selected?.has(r.id)} onChange={(e) => p.onToggle!([r.id], e.target.checked)} /></td>}
                <td className="wrap">
                  <bdi dir="auto">{r.name}</bdi>
                  {r.domain && <div className="muted small">{r.domain}</div>}
                  {!!r.conflicts && <div className="small" data-testid="account-conflict">⚠ Same company as another account? Open it in the side panel to merge or keep apart.</div>}
                </td>
                <td><span className={`tier-pill ${r.tierClass}`}>{r.tier}</span></td>
                <td className="num">{r.score}</td>
                <td className="wrap">{r.icp}</td>
                <td className="num">{r.coverage}</td>
                <td>{r.outcome}</td>
                {p.rows.some((x) => x.crm) && <td className="small wrap" data-testid="account-crm">{r.crm ?? '–'}</td>}
                <td className="small muted" data-testid="account-changed">{r.changed}</td>
                <td className="small muted">{r.seen}</td>
                <td>
                  {r.splittable && p.onSplit && <button type="button" onClick={() => p.onSplit!(r.id, r.name)} aria-label={`Split ${r.name}`}>Split</button>}{' '}
                  <button type="button" onClick={() => p.onDelete(r.id, r.name)} aria-label={`Delete ${r.name}`}>Delete</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="row" style={{ marginTop: 8 }}>
        <button type="button" disabled={p.offset === 0} onClick={() => p.onPage(Math.max(0, p.offset - p.pageSize))}>Previous</button>
        <button type="button" disabled={last >= p.total} onClick={() => p.onPage(p.offset + p.pageSize)}>Next</button>
      </div>
    </div>
  );
}
