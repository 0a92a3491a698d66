import type { IcpCard, PanelModel } from './model';
import { TierBlock } from './TierBlock';

/** The popup's glance: tier, score, the three reasons that weigh most. */
export function PopupSummary({ model, icp }: { model: PanelModel; icp: IcpCard }) {
  return (
    <div className="card">
      <div className="row">
        <TierBlock tier={icp.tier} tierClass={icp.tierClass} label={`Tier ${icp.tier} for ${icp.name}`} />
        <div className="grow">
          <h1 className="wrap" style={{ fontSize: 16 }}>{model.account.name}</h1>
          <div data-testid="score">{icp.score === null ? 'Not enough data' : `${icp.score}/100`} · <span className="muted">{icp.name}</span></div>
        </div>
      </div>
      <ul data-testid="reasons" style={{ margin: '8px 0 0', paddingLeft: 18 }}>
        {topReasons(icp).map((r, i) => <li key={i} className="wrap">{r}</li>)}
      </ul>
    </div>
  );
}

/** Disqualifiers first, then the heaviest matched and missed criteria. */
export function topReasons(icp: IcpCard): string[] {
  const dq = icp.disqualifiers.map((d) => `✗ ${d.reason}`);
  const weighed = icp.criteria
    .filter((c) => c.state !== 'unknown')
    .sort((a, b) => b.points - a.points)
    .map((c) => `${c.state === 'missed' ? '✗' : c.state === 'partial' ? '◐' : '✓'} ${c.label}`);
  return [...dq, ...weighed].slice(0, 3);
}
