import { useId, type ReactNode } from 'react';
import type { Json, Path } from '../../lib/playbook/edit/draft';
import { pathText } from '../../lib/playbook/edit/draft';
import { asText, type EditApi } from './api';

/** Labelled inputs bound to a draft path, each with the problems validation found for it. */

export function Problems({ ed, path }: { ed: EditApi; path: Path }) {
  const list = ed.problems.get(pathText(path));
  if (!list?.length) return null;
  return (
    <span className="field-problem error-text small" role="alert" data-problem-for={pathText(path)}>
      {list.join('; ')}
    </span>
  );
}

interface FieldProps {
  ed: EditApi;
  path: Path;
  label: string;
  value: Json | undefined;
  hint?: ReactNode;
  wide?: boolean;
}

function Shell({ ed, path, label, hint, wide, children, id }: Omit<FieldProps, 'value'> & { children: ReactNode; id: string }) {
  return (
    <div className={wide ? 'field wide' : 'field'}>
      <label htmlFor={id} className="small muted">{label}</label>
      {children}
      {hint && <span className="small muted">{hint}</span>}
      <Problems ed={ed} path={path} />
    </div>
  );
}

const invalid = (ed: EditApi, path: Path) => (ed.problems.has(pathText(path)) ? true : undefined);

/** Text; an emptied optional field is removed (`optional`), a required one stays "" so validation names it. */
export function TextField(props: FieldProps & { optional?: boolean; multiline?: boolean; placeholder?: string }) {
  const { ed, path, value, optional, multiline, placeholder } = props;
  const id = useId();
  const onChange = (v: string) => ed.set(path, v === '' && optional ? undefined : v, true);
  const common = { id, value: asText(value), readOnly: ed.readOnly, placeholder, 'aria-invalid': invalid(ed, path), 'data-field': pathText(path) };
  return (
    <Shell {...props} id={id}>
      {multiline ? <textarea rows={2} {...common} onChange={(e) => onChange(e.target.value)} /> : <input type="text" {...common} onChange={(e) => onChange(e.target.value)} />}
    </Shell>
  );
}

/** A number; empty removes the key (validation then says "required" where it is). */
export function NumberField(props: FieldProps & { step?: number; min?: number; max?: number }) {
  const { ed, path, value, step, min, max } = props;
  const id = useId();
  const onChange = (raw: string) => ed.set(path, raw.trim() === '' || !Number.isFinite(Number(raw)) ? undefined : Number(raw), true);
  return (
    <Shell {...props} id={id}>
      <input id={id} type="number" className="num" step={step ?? 'any'} min={min} max={max} value={asText(value)} readOnly={ed.readOnly} aria-invalid={invalid(ed, path)} data-field={pathText(path)} onChange={(e) => onChange(e.target.value)} />
    </Shell>
  );
}

/** A choice from fixed options; `blank` offers "—" (removes the key). */
export function SelectField(props: FieldProps & { options: readonly { value: string; label?: string }[]; blank?: string; onPick?: (v: string | undefined) => void }) {
  const { ed, path, value, options, blank, onPick } = props;
  const id = useId();
  const pick = (v: string) => (onPick ? onPick(v || undefined) : ed.set(path, v || undefined));
  // a value the options do not list ("Series B" for a stage) is shown as written, never replaced
  const current = asText(value);
  const known = options.some((o) => o.value === current);
  return (
    <Shell {...props} id={id}>
      <select id={id} value={current} disabled={ed.readOnly} aria-invalid={invalid(ed, path)} data-field={pathText(path)} onChange={(e) => pick(e.target.value)}>
        {(blank !== undefined || !known) && <option value="">{blank ?? '—'}</option>}
        {!known && current !== '' && <option value={current}>{current} (as written)</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label ?? o.value}</option>
        ))}
      </select>
    </Shell>
  );
}

export function CheckField({ ed, path, label, value }: FieldProps) {
  return (
    <label className="field check small">
      <input type="checkbox" checked={value === true} disabled={ed.readOnly} data-field={pathText(path)} onChange={(e) => ed.set(path, e.target.checked ? true : undefined)} /> {label}
    </label>
  );
}
