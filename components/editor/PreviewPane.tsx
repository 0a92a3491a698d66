import type { AccountResult } from '../../lib/scoring/result';

/**
 * The live preview: how the draft scores a chosen account (a stored one, or the bundled sample),
 * recomputed as the manager edits: best ICP, tier, score, coverage, each criterion's state.
 */
const MARK = { matched: '✓', partial: '◐', missed: '✗', unknown: '?' } as const;

interface Props {
  accounts: { id: string; label: string }[];
  selected: string;
  onSelect: (id: string) => void;
  result: AccountResult | null;
  /** an ICP id to show instead of the best fit ('' = best fit) */
  icpId: string;
  onIcp: (id: string) => void;
  /** the draft is invalid: the preview shows the last valid one */
  stale: boolean;
  error?: string;
}

export function PreviewPane({ accounts, selected, onSelect, result, icpId, onIcp, stale, error }: Props) {
  const best = result?.results.find((r) => r.icpId === icpId) ?? result?.results[0];
  return (
    <aside className="card preview" aria-labelledby="preview-h" data-testid="preview">
      <h3 id="preview-h">Live preview</h3>
      <label className="small muted">
        Account{' '}
        <select value={selected} onChange={(e) => onSelect(e.target.value)} data-testid="preview-account">
          {accounts.map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
        </select>
      </label>
      <label className="small muted">
        ICP{' '}
        <select value={icpId} onChange={(e) => onIcp(e.target.value)} data-testid="preview-icp-pick">
          <option value="">Best fit</option>
          {(result?.results ?? []).map((r) => <option key={r.icpId} value={r.icpId}>{r.icpName}</option>)}
        </select>
      </label>
      {stale && <div className="small error-text">Showing the last valid draft: fix the problems to update.</div>}
      {error && <div className="small error-text" role="alert">{error}</div>}
      {best && (
        <>
          <div className="row preview-head">
            <span className={`tier-pill ${best.tier === 'DQ' ? 'dq' : best.tier === null ? 'none' : best.tierRank === 0 ? 'top' : best.tierRank === best.tierCount - 1 ? 'low' : 'mid'}`} data-testid="preview-tier">{best.tier ?? '–'}</span>
            <strong className="grow wrap" data-testid="preview-icp">{best.icpName}</strong>
            <span className="num" data-testid="preview-score">{best.score === null ? 'not enough data' : `${best.score}/100`}</span>
          </div>
          <div className="small muted" data-testid="preview-coverage">Coverage {Math.round(best.coverage * 100)}%{best.provisional ? ' · provisional' : ''}{best.segment ? ` · segment ${best.segment.name}` : ''}</div>
          {best.disqualifiers.length > 0 && <div className="small error-text">Disqualified: {best.disqualifiers.map((d) => d.reason).join('; ')}</div>}
          <ul className="plain small" data-testid="preview-criteria">
            {best.criteria.map((c) => (
              <li key={c.id} className="row" data-state={c.state} data-testid={`preview-criterion-${c.id}`}>
                <span className={`state ${c.state}`} aria-label={c.state}>{MARK[c.state]}</span>
                <span className="grow wrap">{c.label}</span>
                <span className="num muted">{Math.round(c.earned * 10) / 10}/{c.points}</span>
              </li>
            ))}
          </ul>
          {result && result.results.length > 1 && (
            <div className="small muted">Other ICPs: {result.results.filter((r) => r !== best).map((r) => `${r.icpName} ${r.tier ?? '–'}${r.score === null ? '' : ` (${r.score})`}`).join(' · ')}</div>
          )}
        </>
      )}
    </aside>
  );
}
