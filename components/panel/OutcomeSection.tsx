import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { OutcomeInput } from '../../lib/insights/outcome';
import { checkDraft, CURRENCIES, draftOf, OUTCOME_CHOICES, type OutcomeDraft } from '../../lib/view/outcome-form';
import type { PanelModel } from '../../lib/view/model';
import '../shared/outcomes.css';

type Problem = { field: string; error: string };

const checkOf = (d: OutcomeDraft) => {
  const c = checkDraft(d);
  return c.ok ? c.outcome : null;
};

/**
 * What happened with the account: won / lost / open / good fit / bad fit, with an optional deal
 * value and dates. Each change is saved at once (the value when the field is left or Enter is
 * pressed); "Is the ICP working?" in Options is built from these.
 */
export function OutcomeSection({ outcome, onSave }: { outcome: PanelModel['outcome']; onSave: (o: OutcomeInput | null) => Promise<void> }) {
  const [draft, setDraft] = useState<OutcomeDraft>(() => draftOf(outcome));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState('');
  const id = useId();
  // what is stored now: leaving the value field unchanged writes nothing
  const stored = useRef(JSON.stringify(checkOf(draft)));
  // Our own saves come back as new props, in order, possibly after a newer save was sent: those
  // echoes are not news. Anything else was saved elsewhere (another panel, the accounts table, a
  // backup import): show what is stored now.
  const echoes = useRef<string[]>([]);
  const incoming = JSON.stringify(checkOf(draftOf(outcome)));
  useEffect(() => {
    const mine = echoes.current.indexOf(incoming);
    if (mine >= 0) {
      echoes.current = echoes.current.slice(mine + 1);
      return;
    }
    if (incoming === stored.current) return;
    stored.current = incoming;
    setDraft(draftOf(outcome));
    setProblem(null);
    setSaved('');
  }, [incoming]);

  const save = async (next: OutcomeDraft) => {
    setDraft(next);
    const checked = checkDraft(next);
    if (!checked.ok) return setProblem(checked);
    setProblem(null);
    const before = stored.current;
    const key = JSON.stringify(checked.outcome);
    if (key === before) return;
    stored.current = key;
    echoes.current.push(key);
    try {
      await onSave(checked.outcome);
      setSaved(checked.outcome ? `Saved: ${OUTCOME_CHOICES.find((c) => c.status === next.status)?.label ?? ''}` : 'Outcome cleared');
    } catch (e) {
      stored.current = before;
      echoes.current = echoes.current.filter((k) => k !== key);
      setProblem({ field: 'status', error: e instanceof Error ? e.message : String(e) });
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(draft);
  };
  const invalid = (field: string) => problem?.field === field || undefined;
  const currencies: readonly string[] = (CURRENCIES as readonly string[]).includes(draft.currency) ? CURRENCIES : [draft.currency, ...CURRENCIES];

  return (
    <section aria-labelledby={`${id}-h`} data-testid="outcome">
      <h2 id={`${id}-h`}>Outcome</h2>
      <form className="card outcome" onSubmit={submit}>
        <fieldset className="segmented">
          <legend className="visually-hidden">What happened with this account</legend>
          {OUTCOME_CHOICES.map((c) => (
            <label key={c.status} className={draft.status === c.status ? 'seg on' : 'seg'} data-status={c.status}>
              <input type="radio" name={`${id}-status`} value={c.status} checked={draft.status === c.status} onChange={() => void save({ ...draft, status: c.status })} />
              {c.label}
            </label>
          ))}
        </fieldset>
        {draft.status === null ? (
          <p className="small muted">Mark the account once you know: Options › Insights shows whether ICP-fit accounts win.</p>
        ) : (
          <div className="outcome-details">
            <label className="row">
              Deal value
              <input name="value" inputMode="decimal" size={10} value={draft.value} placeholder="optional" aria-invalid={invalid('value')} onChange={(e) => setDraft({ ...draft, value: e.target.value })} onBlur={() => void save(draft)} />
              <select aria-label="Currency" value={draft.currency} aria-invalid={invalid('currency')} onChange={(e) => void save({ ...draft, currency: e.target.value })}>
                {currencies.map((c) => <option key={c} value={c}>{c}</option>)}
              </select>
            </label>
            <label className="row">Opened <input type="date" name="openedAt" value={draft.openedAt} aria-invalid={invalid('openedAt')} onChange={(e) => void save({ ...draft, openedAt: e.target.value })} /></label>
            <label className="row">Closed <input type="date" name="closedAt" value={draft.closedAt} aria-invalid={invalid('closedAt')} onChange={(e) => void save({ ...draft, closedAt: e.target.value })} /></label>
            <button type="button" className="link" onClick={() => void save({ ...draft, status: null })}>Clear outcome</button>
          </div>
        )}
        {problem && <div className="error-text small" role="alert">{problem.error}</div>}
        <div className="small muted" role="status" data-testid="outcome-saved">{saved}</div>
      </form>
    </section>
  );
}
