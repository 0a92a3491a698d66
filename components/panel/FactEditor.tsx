import { useId, useState, type FormEvent } from 'react';
import { parseFactInput, toInputText } from '../../lib/view/fact-input';
import type { FactEdit } from '../../lib/view/model';

const PLACEHOLDER: Record<string, string> = {
  number: 'e.g. 120 or 2.5m',
  percent: 'e.g. 12',
  year: 'e.g. 2015',
  list: 'comma-separated, e.g. Salesforce, HubSpot',
  country: 'e.g. Germany or DE',
  text: '',
};
/** Examples that fit the fact, where the kind's generic one would mislead. */
const FACT_PLACEHOLDER: Record<string, string> = {
  openRoles: 'comma-separated, e.g. SDR, Account Executive',
  specialties: 'comma-separated, e.g. payments, fraud detection',
};

/**
 * One input per kind of fact; the text is checked here (with what to type when it is wrong)
 * and saved as the rep's own value. A value the rep entered can be removed again.
 */
export function FactEditor({ edit, onSave, onDone }: { edit: FactEdit; onSave: (fact: string, value: unknown) => Promise<void>; onDone?: () => void }) {
  const id = useId();
  const [initMain, initMax] = toInputText(edit.kind, edit.current);
  const [main, setMain] = useState(initMain);
  const [upper, setUpper] = useState(initMax);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (value: unknown) => {
    setBusy(true);
    setError(null);
    try {
      await onSave(edit.fact, value);
      onDone?.();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseFactInput(edit.kind, main, upper, edit.max);
    if (!parsed.ok) setError(parsed.error);
    else void save(parsed.value);
  };

  return (
    <form className="fact-editor" onSubmit={submit} data-testid={`edit-${edit.fact}`} aria-busy={busy}>
      {edit.kind === 'band' ? (
        <fieldset className="row">
          <legend className="small">{edit.label}</legend>
          <label className="row">from <input id={id} inputMode="decimal" size={8} value={main} onChange={(e) => setMain(e.target.value)} aria-invalid={!!error} /></label>
          <label className="row">to <input inputMode="decimal" size={8} value={upper} placeholder="no limit" onChange={(e) => setUpper(e.target.value)} /></label>
        </fieldset>
      ) : (
        <>
          <label htmlFor={id} className="small">{edit.label}</label>
          <input
            id={id}
            className="grow"
            type={edit.kind === 'date' ? 'date' : 'text'}
            inputMode={edit.kind === 'number' || edit.kind === 'percent' || edit.kind === 'year' ? 'decimal' : undefined}
            placeholder={FACT_PLACEHOLDER[edit.fact] ?? PLACEHOLDER[edit.kind]}
            value={main}
            dir="auto"
            onChange={(e) => setMain(e.target.value)}
            aria-invalid={!!error}
            aria-describedby={error ? `${id}-err` : undefined}
          />
        </>
      )}
      <div className="row">
        <button type="submit" disabled={busy}>Save</button>
        {edit.byRep && (
          <button type="button" disabled={busy} onClick={() => void save(null)}>
            Remove my value
          </button>
        )}
        {onDone && (
          <button type="button" className="link" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
      {error && (
        <div id={`${id}-err`} className="error-text" role="alert">
          {error}
        </div>
      )}
    </form>
  );
}
