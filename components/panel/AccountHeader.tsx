import { ClampText } from '../shared/ClampText';
import type { IcpCard, PanelModel } from '../../lib/view/model';
import { TierBlock } from './TierBlock';

/** Company, the shown ICP's tier and score, coverage and range, the tier's action, the playbook. */
export function AccountHeader(props: { model: PanelModel; icp: IcpCard; icpCount: number; best?: IcpCard; onShowBest: () => void }) {
  const { model, icp, icpCount, best, onShowBest } = props;
  const { account, playbook } = model;
  const coverage = Math.round(icp.coverage * 100);
  const tierLabel = icp.tier === 'DQ' ? 'Disqualified' : icp.score === null ? 'No tier yet: not enough data' : `Tier ${icp.tier}`;
  return (
    <header className="card header" aria-label="Account summary">
      <div className="row">
        <div className="avatar" aria-hidden="true">{account.initials}</div>
        <div className="grow">
          <h1 className="name">
            <ClampText text={account.name} max={80} />
          </h1>
          {account.domain && <div className="muted truncate" dir="auto" data-testid="domain">{account.domain}</div>}
          {account.crm && (
            <div className={account.crm.matched ? 'small wrap' : 'small muted'} data-testid="crm" title={account.crm.title}>
              {account.crm.text}
              {account.crm.mark && (
                <>
                  {' '}
                  <span className="pill warn" data-testid="crm-mark">{account.crm.mark}</span>
                </>
              )}
            </div>
          )}
          {account.crm?.needsMe && (
            <div className="small muted" data-testid="crm-needs-me">
              {account.crm.needsMe}
            </div>
          )}
        </div>
        <TierBlock tier={icp.tier} tierClass={icp.tierClass} label={`${tierLabel} for ${icp.name}`} />
      </div>
      <div className="row score-line">
        <span data-testid="score" className="score num">{icp.score === null ? 'Not enough data' : `${icp.score}/100`}</span>
        {icp.provisional && (
          <span className="pill warn" data-testid="provisional" title="Too little is known for this tier to be sure">
            ⚠ provisional
          </span>
        )}
      </div>
      <div className="muted wrap" data-testid="icp-name">
        <bdi>{icp.name}</bdi>
        {icpCount > 1 && !best && (
          <>
            {' · '}
            <a href="#icps">{icpCount - 1} other ICP{icpCount > 2 ? 's' : ''}</a>
          </>
        )}
      </div>
      {best && (
        // the rep's edit made another ICP the best: say so in place, without swapping the panel
        <div className="small" role="status" data-testid="best-now">
          Best fit now: <strong>{best.name}</strong> (tier {best.tier}
          {best.score === null ? '' : `, ${best.score}/100`}){' '}
          <button type="button" className="link" onClick={onShowBest}>
            Show it
          </button>
        </div>
      )}
      <div className="muted num" data-testid="coverage">
        Coverage {coverage}% · could range {Math.round(icp.range[0])}–{Math.round(icp.range[1])}
      </div>
      {icp.action && (
        <div className="action" data-testid="action">
          <span aria-hidden="true">→ </span>
          <span className="visually-hidden">Recommended action: </span>
          {icp.action}
        </div>
      )}
      {icp.cappedBy && <div className="muted wrap" data-testid="capped">Tier capped · {icp.cappedBy}</div>}
      {icp.segment && <div className="muted wrap">Segment: {icp.segment}</div>}
      {playbook && (
        <div className="muted small" data-testid="playbook">
          Scored with <bdi>{playbook.name}</bdi> v{playbook.version}
        </div>
      )}
    </header>
  );
}
