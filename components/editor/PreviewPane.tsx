import type { AccountResult } from '../../lib/scoring/result';

/**
 * The live preview: how the draft scores a chosen account (a stored one, or the bundled sample),
 * recomputed as the manager edits: best ICP, tier, score, coverage, each criterion's state, and
 * what the chosen persona would be told to say and ask there.
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
  /** the draft's personas; `personaId` '' = none */
  personas: { id: string; name: string }[];
  personaId: string;
  onPersona: (id: string) => void;
  /** the draft is invalid: the preview shows the last valid one */
  stale: boolean;
  error?: string;
}

export function PreviewPane({ accounts, selected, onSelect, result, icpId, onIcp, personas, personaId, onPersona, stale, error }: Props) {
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
      {personas.length > 0 && (
        <label className="small muted">
          Persona{' '}
          <select value={personaId} onChange={(e) => onPersona(e.target.value)} data-testid="preview-persona">
            <option value="">None</option>
            {personas.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
      )}
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
          <SayAndAsk points={personaId ? best.talkingPoints : null} questions={best.questions} />
          {result && result.results.length > 1 && (
            <div className="small muted">Other ICPs: {result.results.filter((r) => r !== best).map((r) => `${r.icpName} ${r.tier ?? '–'}${r.score === null ? '' : ` (${r.score})`}`).join(' · ')}</div>
          )}
        </>
      )}
    </aside>
  );
}

/** What the side panel would suggest saying (the persona's points; null: no persona) and asking. */
function SayAndAsk({ points, questions }: { points: string[] | null; questions: string[] }) {
  return (
    <div className="small" data-testid="preview-say">
      {points && <h4>Talking points</h4>}
      {points && points.length > 0 && <ul className="plain" data-testid="preview-points">{points.map((t, i) => <li key={i} className="wrap">{t}</li>)}</ul>}
      {points && points.length === 0 && (
        <p className="muted">None apply to this account (a point shows only when its criteria match and its placeholders have values).</p>
      )}
      {questions.length > 0 && (
        <>
          <h4>Questions to ask</h4>
          <ul className="plain" data-testid="preview-questions">{questions.map((q, i) => <li key={i} className="wrap">{q}</li>)}</ul>
        </>
      )}
    </div>
  );
}
