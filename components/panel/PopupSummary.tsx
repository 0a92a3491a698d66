import { STATE_ICON } from './CriterionItem';
import type { IcpCard, PanelModel } from '../../lib/view/model';
import { TierBlock } from './TierBlock';

/** The popup's glance: tier, score, the three reasons that weigh most. */
export function PopupSummary({ model, icp }: { model: PanelModel; icp: IcpCard }) {
  const reasons = topReasons(icp);
  return (
    <div className="card">
      <div className="row">
        <TierBlock tier={icp.tier} tierClass={icp.tierClass} label={icp.tier === 'DQ' ? `Disqualified for ${icp.name}` : `Tier ${icp.tier} for ${icp.name}`} />
        <div className="grow">
          <h1 className="name truncate" title={model.account.name}><bdi dir="auto">{model.account.name}</bdi></h1>
          <div data-testid="score" className="num">
            {icp.score === null ? 'Not enough data' : `${icp.score}/100`}
            {icp.provisional && <span className="pill warn">⚠ provisional</span>}
          </div>
          <div className="muted truncate small" title={icp.name} data-testid="popup-icp">{icp.name}</div>
        </div>
      </div>
      {icp.action && <div className="action small">→ {icp.action}</div>}
      {reasons.length > 0 ? (
        <ul data-testid="reasons" className="reasons">
          {reasons.map((r, i) => (
            <li key={i} className="wrap">{r}</li>
          ))}
        </ul>
      ) : (
        <p className="muted small" data-testid="reasons">Nothing known yet: open the side panel for what to look at next.</p>
      )}
    </div>
  );
}

/** Disqualifiers first, then the heaviest matched and missed criteria. */
export function topReasons(icp: IcpCard): string[] {
  const dq = icp.disqualifiers.map((d) => `✗ ${d.reason}`);
  const weighed = icp.criteria
    .filter((c) => c.state !== 'unknown')
    .sort((a, b) => b.points - a.points)
    .map((c) => `${STATE_ICON[c.state]} ${c.label}`);
  return [...dq, ...weighed].slice(0, 3);
}
