import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CrmTarget } from '../../lib/insights/crm-export';
import type { ListView } from '../../lib/messaging/protocol/lists';
import { toListModel, type ListFilters as Filters, type ListRowModel } from '../../lib/view/list-model';
import { ListFilters } from './ListFilters';
import { ListRow } from './ListRow';

export interface ListPanelProps {
  view: ListView;
  tierOrder?: readonly string[];
  seen?: (at: number) => string;
  onOpen: (href: string) => void;
  /** store the row as an account; rejects with the reason */
  onSave: (key: string) => Promise<void>;
  /** download the rows shown as a CRM import file; resolves to what to tell the rep */
  onExport: (rows: ListRowModel[], target: CrmTarget) => Promise<string>;
  /** send the rows shown that are stored accounts to HubSpot (only while it is connected); resolves to what to tell the rep */
  onSendHubSpot?: (rows: ListRowModel[]) => Promise<string>;
}

const NEXT: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** The side panel on a list page (issue 18): every row read so far, best first, filterable. */
export function ListPanel({ view, tierOrder, seen, onOpen, onSave, onExport, onSendHubSpot }: ListPanelProps) {
  const id = useId();
  const [filters, setFilters] = useState<Filters>({});
  const model = useMemo(() => toListModel(view, filters, { tierOrder, seen }), [view, filters, tierOrder, seen]);
  const [active, setActive] = useState(0);
  const [saved, setSaved] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState('');
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const rows = model.rows;
  const focusIndex = Math.min(active, Math.max(0, rows.length - 1));

  const onKeyDown = (i: number) => (e: KeyboardEvent) => {
    const move = NEXT[e.key];
    if (!move || rows.length === 0) return;
    e.preventDefault();
    const next = move(i, rows.length);
    setActive(next);
    buttons.current[next]?.focus();
  };
  const save = (key: string) => {
    setMessage('Saving…');
    onSave(key).then(
      () => {
        setSaved((s) => new Set(s).add(key));
        setMessage('Saved to your accounts.');
      },
      (e: unknown) => setMessage(e instanceof Error ? e.message : String(e)),
    );
  };

  return (
    <section aria-labelledby={`${id}-h`} data-testid="list-panel">
      <h2 id={`${id}-h`}>This list</h2>
      <p className="muted small" data-testid="list-summary">{model.summary}</p>
      {model.all.length > 0 && <ListFilters options={model.filters} value={model.applied} onChange={(f) => { setFilters(f); setActive(0); }} />}
      {model.all.length > 0 && rows.length === 0 && <p className="muted small" role="status">No row matches these filters.</p>}
      <ul className="plain" aria-label="Rows, best first" style={{ marginTop: 6 }}>
        {rows.map((r, i) => (
          <ListRow
            key={r.key}
            row={r}
            tabbable={i === focusIndex}
            openRef={(el) => { buttons.current[i] = el; }}
            saved={saved.has(r.key)}
            onOpen={onOpen}
            onSave={save}
            onFocus={() => setActive(i)}
            onKeyDown={onKeyDown(i)}
          />
        ))}
      </ul>
      {rows.length > 0 && (
        <div className="row" style={{ flexWrap: 'wrap', marginTop: 8 }}>
          {(['hubspot', 'salesforce'] as const).map((t) => (
            <button key={t} type="button" onClick={() => void onExport(rows, t).then(setMessage, (e: unknown) => setMessage(e instanceof Error ? e.message : String(e)))}>
              Export CSV for {t === 'hubspot' ? 'HubSpot' : 'Salesforce'}
            </button>
          ))}
          {onSendHubSpot && (
            <button type="button" data-testid="list-send-hubspot" onClick={() => void onSendHubSpot(rows).then(setMessage, (e: unknown) => setMessage(e instanceof Error ? e.message : String(e)))}>
              Send saved rows to HubSpot
            </button>
          )}
        </div>
      )}
      <div role="status" className="small" data-testid="list-status">{message}</div>
    </section>
  );
}
