import { useState } from 'react';
import { CriterionAnswer } from './CriterionAnswer';
import { fmtPoints } from './CriterionItem';
import type { IcpCard, PanelActions } from '../../lib/view/model';

const SHOWN = 8;

/** Every unknown criterion, heaviest first: the question to ask and an inline way to answer it. */
export function GapList({ icp, actions }: { icp: IcpCard; actions: Pick<PanelActions, 'answer' | 'setFact'> }) {
  const [all, setAll] = useState(false);
  const gaps = icp.criteria.filter((c) => c.state === 'unknown' && (c.qualitative || c.edit)).sort((a, b) => b.points - a.points);
  if (gaps.length === 0) return null;
  const shown = all ? gaps : gaps.slice(0, SHOWN);
  return (
    <section aria-labelledby="gaps-h" data-testid="gaps">
      <h2 id="gaps-h">Fill the gaps ({gaps.length})</h2>
      <p className="muted small">Still unknown. Ask, then answer here: your answers are saved as your own facts and the score updates.</p>
      <ul className="plain card">
        {shown.map((c) => (
          <li key={c.id} data-testid={`gap-${c.id}`}>
            <div className="row">
              <span className="grow wrap">
                <strong><bdi dir="auto">{c.question}</bdi></strong>
                <span className="muted small"> · {c.label} · {fmtPoints(c.points)} pts</span>
                {c.stale && c.age && <span className="muted small" data-testid="gap-stale"> · stale: {c.age}, ask again</span>}
              </span>
            </div>
            <CriterionAnswer c={c} actions={actions} />
          </li>
        ))}
      </ul>
      {gaps.length > SHOWN && (
        <button type="button" className="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${gaps.length}`}
        </button>
      )}
    </section>
  );
}
