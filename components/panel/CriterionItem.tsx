import { useState } from 'react';
import { ClampText } from '../shared/ClampText';
import { CriterionAnswer } from './CriterionAnswer';
import { EvidenceList } from './EvidenceList';
import type { CriterionRow, CriterionState, PanelActions } from '../../lib/view/model';

export const STATE_ICON: Record<CriterionState, string> = { matched: '✓', partial: '◐', missed: '✗', unknown: '?' };
const STATE_TEXT: Record<CriterionState, string> = { matched: 'matched', partial: 'partly matched', missed: 'missed', unknown: 'unknown' };

export function fmtPoints(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** One criterion: icon, label, points; on expand its value, evidence, question and an editor. */
export function CriterionItem({ c, actions }: { c: CriterionRow; actions: Pick<PanelActions, 'answer' | 'setFact'> }) {
  // The body is built only when opened: a 200-criterion ICP stays light.
  const [open, setOpen] = useState(false);
  return (
    <li data-testid={`criterion-${c.id}`} data-state={c.state} className="criterion">
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="row">
          <span className={`state ${c.state}`} aria-hidden="true">{STATE_ICON[c.state]}</span>
          <span className="grow wrap">
            <bdi dir="auto">{c.label.length > 120 ? `${c.label.slice(0, 119)}…` : c.label}</bdi>
            {c.required && <span className="pill req">required</span>}
            {c.stale && <span className="pill stale" data-testid="stale">stale</span>}
            <span className="visually-hidden">: {STATE_TEXT[c.state]}</span>
          </span>
          <span className="muted num points" aria-label={`${fmtPoints(c.earned)} of ${fmtPoints(c.points)} points`}>
            {fmtPoints(c.earned)}/{fmtPoints(c.points)}
          </span>
          <span className="chev" aria-hidden="true">›</span>
        </summary>
        {open && (
          <div className="criterion-body">
            {c.label.length > 120 && <div className="wrap"><bdi dir="auto">{c.label}</bdi></div>}
            <div className="wrap" data-testid="value">
              {c.valueText ? (
                <>
                  Value: <ClampText text={c.valueText} />
                </>
              ) : (
                'Not known yet.'
              )}
              {c.edit?.byRep && <span className="pill rep">Entered by you</span>}
            </div>
            {c.age && (
              <div className="small muted" data-testid="age">
                {c.stale ? `Stale: ${c.age}, older than the playbook allows, so it counts as unknown${c.answered !== undefined ? ' — ask again' : ''}.` : c.age.charAt(0).toUpperCase() + c.age.slice(1)}
              </div>
            )}
            <EvidenceList items={c.evidence} />
            {c.state === 'unknown' && <div className="wrap">Ask: {c.question}</div>}
            <CriterionAnswer c={c} actions={actions} />
          </div>
        )}
      </details>
    </li>
  );
}
