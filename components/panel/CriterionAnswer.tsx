import { useState } from 'react';
import { FactEditor } from './FactEditor';
import type { CriterionRow, PanelActions } from '../../lib/view/model';

/**
 * The inline way to answer a criterion: yes / no for what only a conversation can tell, the
 * value of its fact otherwise (saved as the rep's own fact, rescored at once).
 */
export function CriterionAnswer({ c, actions }: { c: CriterionRow; actions: Pick<PanelActions, 'answer' | 'setFact'> }) {
  const [error, setError] = useState<string | null>(null);
  if (c.qualitative) {
    const answer = (value: boolean | null) => {
      setError(null);
      actions.answer(c.id, value).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    };
    return (
      <div className="row answer" role="group" aria-label={`Answer: ${c.label}`}>
        <button type="button" aria-pressed={c.answered === true} onClick={() => answer(true)}>
          ✓ Yes
        </button>
        <button type="button" aria-pressed={c.answered === false} onClick={() => answer(false)}>
          ✗ No
        </button>
        {c.answered !== undefined && (
          <button type="button" className="link" onClick={() => answer(null)}>
            Clear my answer
          </button>
        )}
        {error && <span className="error-text" role="alert">{error}</span>}
      </div>
    );
  }
  if (!c.edit) return null;
  return <FactEditor edit={c.edit} onSave={actions.setFact} />;
}
