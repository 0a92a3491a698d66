import { ClampText } from '../shared/ClampText';
import { CriterionItem } from './CriterionItem';
import { EvidenceList } from './EvidenceList';
import type { IcpCard, PanelActions } from '../../lib/view/model';

const LAYERS = [
  ['firmographic', 'Firmographics (who)'],
  ['technographic', 'Technology'],
  ['signal', 'Signals (timing)'],
  ['qualitative', 'From your conversation'],
] as const;

/** Disqualifiers first, then every criterion grouped by layer, each with its evidence on expand. */
export function CriteriaList({ icp, actions }: { icp: IcpCard; actions: Pick<PanelActions, 'answer' | 'setFact'> }) {
  return (
    <section aria-labelledby="criteria-h">
      <h2 id="criteria-h">Why: criteria</h2>
      {icp.disqualifiers.length > 0 && (
        <div className="card dq" data-testid="disqualifiers">
          <strong>✗ Disqualified</strong>
          <ul>
            {icp.disqualifiers.map((d) => (
              <li key={d.id} className="wrap">
                <ClampText text={d.reason} />
                {d.valueText && <span className="muted"> (<ClampText text={d.valueText} max={80} />)</span>}
                <EvidenceList items={d.evidence} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {LAYERS.map(([layer, title]) => {
        const rows = icp.criteria.filter((c) => c.layer === layer);
        if (rows.length === 0) return null;
        return (
          <div key={layer} className="layer">
            <h3>{title}</h3>
            <ul className="plain card">
              {rows.map((c) => (
                <CriterionItem key={c.id} c={c} actions={actions} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
