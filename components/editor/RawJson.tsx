import { ProblemList } from '../options/ProblemList';

/** The draft as JSON text for power users; the same validation as the forms, listed by path. */
export function RawJson({ text, onChange, readOnly, problems, syntaxError }: { text: string; onChange: (t: string) => void; readOnly: boolean; problems: { path: string; message: string }[]; syntaxError: string | null }) {
  return (
    <div className="raw-json">
      <label className="small muted" htmlFor="raw-json">Playbook JSON (the format is in docs/playbook-format.md)</label>
      <textarea id="raw-json" data-testid="raw-json" spellCheck={false} value={text} readOnly={readOnly} onChange={(e) => onChange(e.target.value)} rows={28} aria-invalid={syntaxError || problems.length ? true : undefined} />
      {syntaxError && <div className="notice error" role="alert" data-testid="raw-syntax">{syntaxError} — the forms keep the last text that parsed.</div>}
      <ProblemList title="Problems in this JSON" problems={problems} />
    </div>
  );
}
