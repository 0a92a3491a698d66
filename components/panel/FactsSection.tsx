import { useId, useState } from 'react';
import { ClampText } from '../shared/ClampText';
import { EvidenceList } from './EvidenceList';
import { FactEditor } from './FactEditor';
import type { FactRow, PanelActions, PanelModel } from '../../lib/view/model';

/** Every known fact with its source; correct any of them, or add one the pages did not show. */
export function FactsSection({ model, actions }: { model: PanelModel; actions: Pick<PanelActions, 'setFact'> }) {
  const [adding, setAdding] = useState('');
  // closed by default: its rows are built only once opened
  const [open, setOpen] = useState(false);
  const pickId = useId();
  const add = model.addable.find((a) => a.fact === adding);
  return (
    <section aria-labelledby="facts-h" data-testid="facts">
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <h2 id="facts-h" className="inline">Company facts ({model.facts.length}) · edit</h2>
        </summary>
        {open && (
          <>
            <ul className="plain card">
              {model.facts.map((f) => (
                <FactItem key={f.fact} f={f} onSave={actions.setFact} />
              ))}
            </ul>
            {model.addable.length > 0 && (
              <div className="card" style={{ marginTop: 8 }}>
                <label htmlFor={pickId}>Add a fact </label>
                <select id={pickId} value={adding} onChange={(e) => setAdding(e.target.value)} data-testid="add-fact">
                  <option value="">Choose…</option>
                  {model.addable.map((a) => (
                    <option key={a.fact} value={a.fact}>{a.label}</option>
                  ))}
                </select>
                {add && <FactEditor key={add.fact} edit={add} onSave={actions.setFact} onDone={() => setAdding('')} />}
              </div>
            )}
          </>
        )}
      </details>
    </section>
  );
}

function FactItem({ f, onSave }: { f: FactRow; onSave: PanelActions['setFact'] }) {
  const [editing, setEditing] = useState(false);
  return (
    <li data-testid={`fact-${f.fact}`}>
      <div className="row">
        <span className="grow wrap">
          <span className="muted">{f.label}: </span>
          <ClampText text={f.valueText} max={120} />
        </span>
        {!editing && (
          <button type="button" className="link" onClick={() => setEditing(true)} aria-label={`Edit ${f.label}`}>
            Edit
          </button>
        )}
      </div>
      {f.age && <span className="small muted" data-testid="age">{f.age} · </span>}
      {f.byRep ? (
        <span className="pill rep">Entered by you</span>
      ) : f.evidence.length > 0 ? (
        <details className="small muted">
          <summary>{f.sourceLabel}: evidence</summary>
          <EvidenceList items={f.evidence} />
        </details>
      ) : (
        <span className="small muted">{f.sourceLabel}</span>
      )}
      {editing && <FactEditor edit={f} onSave={onSave} onDone={() => setEditing(false)} />}
    </li>
  );
}
