import type { CriterionRow, CriterionState, IcpCard } from './model';

const ICON: Record<CriterionState, string> = { matched: '✓', partial: '◐', missed: '✗', unknown: '?' };
const LAYERS = ['firmographic', 'technographic', 'signal', 'qualitative'];

/** Disqualifiers first, then every criterion grouped by layer, each with its evidence on expand. */
export function CriteriaList({ icp }: { icp: IcpCard }) {
  return (
    <section aria-label="Criteria">
      {icp.disqualifiers.length > 0 && (
        <div className="card dq" role="alert" style={{ marginTop: 12 }}>
          <strong>Disqualified</strong>
          <ul>
            {icp.disqualifiers.map((d) => (
              <li key={d.id} className="wrap">{d.reason}{d.valueText ? ` (${d.valueText})` : ''}</li>
            ))}
          </ul>
        </div>
      )}
      {LAYERS.map((layer) => {
        const rows = icp.criteria.filter((c) => c.layer === layer);
        if (rows.length === 0) return null;
        return (
          <div key={layer}>
            <h2>{layer}</h2>
            <ul className="plain card">
              {rows.map((c) => <Criterion key={c.id} c={c} />)}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function Criterion({ c }: { c: CriterionRow }) {
  return (
    <li data-testid={`criterion-${c.id}`} data-state={c.state}>
      <details>
        <summary className="row">
          <span className={`state ${c.state}`} aria-hidden="true">{ICON[c.state]}</span>
          <span className="grow wrap">
            {c.label}
            {c.required && <span className="pill" style={{ marginLeft: 6 }}>required</span>}
            <span className="visually-hidden">: {c.state}</span>
          </span>
          <span className="muted">{fmt(c.earned)}/{c.points}</span>
        </summary>
        <div style={{ paddingLeft: 28 }}>
          <div className="wrap">{c.valueText ? `Value: ${c.valueText}` : 'Not known yet.'}</div>
          {c.evidence.map((e, i) => (
            <div key={i} className="muted wrap">
              {e.source}: “{e.text}”{e.observedAt ? ` · ${new Date(e.observedAt).toLocaleDateString()}` : ''}
            </div>
          ))}
          {c.state === 'unknown' && c.question && <div className="wrap">Ask: {c.question}</div>}
        </div>
      </details>
    </li>
  );
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
