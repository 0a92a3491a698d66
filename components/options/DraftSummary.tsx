import type { Separation } from '../../lib/insights/draft-tiers';
import { pct } from '../../lib/insights/summary';
import type { Icp } from '../../lib/playbook/schema';


interface Props {
  icp: Icp;
  separation: Separation;
  baseline: 'lost' | 'open';
  /** why "Use this draft" is not possible (e.g. locked by policy) */
  useBlocked?: string;
  busy?: boolean;
  onDownload: () => void;
  onUse: () => void;
  onEdit: () => void;
}

/** The draft ICP: criteria with points, disqualifier candidates, tiers and how they split this data. */
export function DraftSummary({ icp, separation, baseline, useBlocked, busy, onDownload, onUse, onEdit }: Props) {
  return (
    <div className="card" data-testid="draft">
      <strong>{icp.name}</strong>
      <p className="small muted wrap">{icp.description}</p>
      <h3>Criteria</h3>
      <ul className="plain" data-testid="draft-criteria">
        {icp.criteria.map((c) => (
          <li key={c.id} className="row">
            <span className="num pts">{c.points} pts</span>
            <span className="grow wrap">{c.label}</span>
          </li>
        ))}
      </ul>
      {icp.disqualifiers.length > 0 && (
        <>
          <h3>Disqualifier candidates</h3>
          <ul className="plain" data-testid="draft-disqualifiers">
            {icp.disqualifiers.map((d) => (
              <li key={d.id} className="wrap small">DQ · {d.reason}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Tiers on this data</h3>
      <table className="data-table" data-testid="draft-tiers">
        <thead>
          <tr>
            <th scope="col">Tier</th>
            <th scope="col">Score</th>
            <th scope="col">Won accounts</th>
            <th scope="col">{baseline === 'open' ? 'Open' : 'Lost'} accounts</th>
          </tr>
        </thead>
        <tbody>
          {separation.tiers.map((t) => (
            <tr key={t.name}>
              <td>{t.name}</td>
              <td className="num">{t.min === null ? 'disqualified' : `${t.min}+`}</td>
              <td className="num">{pct(t.shareWon)} ({t.won})</td>
              <td className="num">{pct(t.shareLost)} ({t.lost})</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row" style={{ marginTop: 10, flexWrap: 'wrap' }}>
        <button type="button" className="primary" data-testid="use-draft" disabled={!!useBlocked || busy} title={useBlocked} onClick={onUse}>
          Use this draft
        </button>
        <button type="button" data-testid="edit-draft" onClick={onEdit}>Edit in the editor</button>
        <button type="button" data-testid="download-draft" onClick={onDownload}>Download draft</button>
      </div>
      {useBlocked && <p className="small muted">{useBlocked}</p>}
    </div>
  );
}
