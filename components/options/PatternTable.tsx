import { useState } from 'react';
import type { Pattern } from '../../lib/insights/analyze';
import { ATTRIBUTE_LABELS } from '../../lib/insights/attribute-names';
import { CONFIDENCE_TEXT, liftText, pct } from '../../lib/insights/summary';


function Bar({ share, tone }: { share: number; tone: 'won' | 'lost' }) {
  return (
    <span className="share">
      <span className={`share-bar ${tone}`} aria-hidden="true">
        <span style={{ transform: `scaleX(${Math.min(1, Math.max(0, share))})` }} />
      </span>
      <span className="num">{pct(share)}</span>
    </span>
  );
}

/** Each attribute value: share among won vs lost (bars), lift, counts and how much evidence there is. */
export function PatternTable({ patterns, baseline, initial = 20 }: { patterns: Pattern[]; baseline: 'lost' | 'open'; initial?: number }) {
  const [all, setAll] = useState(false);
  if (!patterns.length) return <p className="muted">No attribute has enough values to compare.</p>;
  const shown = all ? patterns : patterns.slice(0, initial);
  return (
    <>
      <table className="data-table" data-testid="patterns">
        <thead>
          <tr>
            <th scope="col">Attribute</th>
            <th scope="col">Value</th>
            <th scope="col">Won</th>
            <th scope="col">{baseline === 'open' ? 'Open' : 'Lost'}</th>
            <th scope="col">Lift</th>
            <th scope="col">Accounts (won / {baseline})</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={`${p.attribute}:${p.key}`} data-testid="pattern-row" className={p.lift >= 1 ? 'over' : 'under'}>
              <td>{ATTRIBUTE_LABELS[p.attribute]}</td>
              <td className="wrap">{p.label}</td>
              <td><Bar share={p.shareWon} tone="won" /></td>
              <td><Bar share={p.shareLost} tone="lost" /></td>
              <td className="num">{liftText(p.lift)}</td>
              <td className="num">{p.won} / {p.lost}</td>
              <td><span className={`pill evidence ${p.confidence}`}>{CONFIDENCE_TEXT[p.confidence]}</span></td>
            </tr>
          ))}
        </tbody>
      </table>
      {patterns.length > initial && (
        <button type="button" className="link" onClick={() => setAll(!all)}>
          {all ? `Show the top ${initial}` : `Show all ${patterns.length}`}
        </button>
      )}
    </>
  );
}
