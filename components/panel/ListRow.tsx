import type { KeyboardEvent, Ref } from 'react';
import type { ListRowModel } from '../../lib/view/list-model';
import { ClampText } from '../shared/ClampText';

export interface ListRowProps {
  row: ListRowModel;
  /** the one row in the Tab order (roving focus: the arrow keys move between rows) */
  tabbable: boolean;
  openRef: Ref<HTMLButtonElement>;
  saved: boolean;
  onOpen: (href: string) => void;
  onSave: (key: string) => void;
  onFocus: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

/** One row of a list page: tier, score, how much is known, best ICP, persona, what the rep has. */
export function ListRow({ row, tabbable, openRef, saved, onOpen, onSave, onFocus, onKeyDown }: ListRowProps) {
  const tabIndex = tabbable ? 0 : -1;
  const tierName = row.tier === '–' ? 'no tier' : `tier ${row.tier}`;
  const who = [row.title, row.company && `${row.company}${row.companyNote ? ` (${row.companyNote})` : ''}`, row.location].filter(Boolean).join(' · ');
  const href = row.href;
  return (
    <li className="list-row" data-testid="list-row" data-key={row.key} style={{ padding: '6px 0', borderBottom: '1px solid var(--border)' }}>
      <button
        type="button"
        ref={openRef}
        tabIndex={tabIndex}
        className="icp-option row"
        aria-disabled={href ? undefined : true}
        title={href ? 'Open this page in the current tab' : 'This row links to no page'}
        onClick={() => href && onOpen(href)}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
      >
        <span className={`tier-pill ${row.tierClass}`} aria-label={tierName} data-testid="list-tier">{row.tier}</span>
        <span className="grow truncate" data-testid="list-name">
          <bdi dir="auto">{row.name}</bdi>
        </span>
        <span className="muted num" aria-label={row.score === null ? 'no score' : `score ${row.scoreText}`}>{row.scoreText}</span>
      </button>
      <div className="small" style={{ paddingLeft: 44, display: 'grid', gap: 2 }}>
        {who && <div className="muted"><ClampText text={who} /></div>}
        {(row.bestIcp || row.persona) && (
          <div className="wrap">
            {row.bestIcp && <span>Best fit: <bdi dir="auto">{row.bestIcp.name}</bdi></span>}
            {row.bestIcp && row.persona && ' · '}
            {row.persona && <span>Persona: <bdi dir="auto">{row.persona.name}</bdi></span>}
          </div>
        )}
        <div className="muted" data-testid="list-coverage">{row.coverageText}</div>
        {row.crmText && <div className={row.crmText === 'Not in CRM' ? 'muted' : undefined} data-testid="list-crm"><ClampText text={row.crmText} /></div>}
        {row.knownText ? (
          <div data-testid="list-known">{row.knownText}</div>
        ) : (
          !row.placeholder && (
            <div>
              <button type="button" className="copy" tabIndex={tabIndex} disabled={saved} onClick={() => onSave(row.key)} onKeyDown={onKeyDown}>
                {saved ? 'Saved to accounts' : 'Save to accounts'}
              </button>
            </div>
          )
        )}
      </div>
    </li>
  );
}
