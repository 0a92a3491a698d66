import type { IcpCard, PanelModel } from './model';
import { TierBlock } from './TierBlock';

/** Company, its best ICP's tier and score, coverage and range, the tier's action. */
export function AccountHeader({ model, icp }: { model: PanelModel; icp: IcpCard }) {
  const { account } = model;
  const coverage = Math.round(icp.coverage * 100);
  return (
    <header className="card">
      <div className="row">
        <div className="avatar" aria-hidden="true">{account.initials}</div>
        <div className="grow">
          <h1 className="wrap" style={{ fontSize: 18 }} title={account.name}>{account.name}</h1>
          {account.domain && <div className="muted truncate">{account.domain}</div>}
        </div>
        <TierBlock tier={icp.tier} tierClass={icp.tierClass} label={`Tier ${icp.tier} for ${icp.name}`} />
      </div>
      <div className="row" style={{ marginTop: 8, flexWrap: 'wrap' }}>
        <span data-testid="score" style={{ fontSize: 20, fontWeight: 700 }}>
          {icp.score === null ? 'Not enough data' : `${icp.score}/100`}
        </span>
        <span className="muted">· {icp.name}</span>
        {icp.provisional && <span className="pill" title="Less than the playbook's minimum coverage is known">provisional</span>}
      </div>
      <div className="muted" data-testid="coverage">
        Coverage {coverage}% · could range {Math.round(icp.range[0])}–{Math.round(icp.range[1])}
      </div>
      {icp.action && <div style={{ marginTop: 6 }} data-testid="action">→ {icp.action}</div>}
      {icp.cappedBy && <div className="muted" style={{ marginTop: 4 }}>Capped: {icp.cappedBy}</div>}
    </header>
  );
}
