import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Json, Path } from '../../lib/playbook/edit/draft';
import { pathText } from '../../lib/playbook/edit/draft';
import { applyPlaceholder, suggestPlaceholders, type Suggestion } from '../../lib/playbook/edit/placeholder-suggest';
import { asText, type EditApi } from './api';
import { Problems } from './fields';

/** A talking point's text with {{placeholder}} completion: type "{{", pick with ↑ ↓ and Enter or a click. */
export function PlaceholderText({ ed, path, label, value }: { ed: EditApi; path: Path; label: string; value: Json | undefined }) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [s, setS] = useState<Suggestion | null>(null);
  const [active, setActive] = useState(0);
  const text = asText(value);
  const look = (t: string, caret: number) => {
    setS(suggestPlaceholders(t, caret));
    setActive(0);
  };
  const choose = (name: string) => {
    const el = ref.current;
    if (!el || !s) return;
    const next = applyPlaceholder(text, el.selectionStart, s, name);
    ed.set(path, next.text);
    setS(null);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(next.caret, next.caret);
    });
  };
  const onKey = (e: KeyboardEvent) => {
    if (!s) return;
    const names = s.names.slice(0, 12);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : names.length - 1)) % names.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      choose(names[active]!);
    } else if (e.key === 'Escape') setS(null);
  };
  const listId = `${id}-list`;
  return (
    <div className="field wide placeholder-field">
      <label htmlFor={id} className="small muted">{label} <span>— type {'{{'} for a fact placeholder</span></label>
      <textarea
        id={id}
        ref={ref}
        rows={2}
        value={text}
        readOnly={ed.readOnly}
        role="combobox"
        aria-expanded={!!s}
        aria-controls={s ? listId : undefined}
        aria-autocomplete="list"
        aria-invalid={ed.problems.has(pathText(path)) ? true : undefined}
        data-field={pathText(path)}
        onChange={(e) => {
          ed.set(path, e.target.value, true);
          look(e.target.value, e.target.selectionStart);
        }}
        onKeyDown={onKey}
        onBlur={() => setTimeout(() => setS(null), 150)}
      />
      {s && !ed.readOnly && (
        <ul id={listId} role="listbox" className="suggestions" data-testid="placeholder-suggestions">
          {s.names.slice(0, 12).map((n, i) => (
            <li
              key={n}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault(); // keep the focus (and the caret) in the text area
                choose(n);
              }}
            >
              {`{{${n}}}`}
            </li>
          ))}
        </ul>
      )}
      <Problems ed={ed} path={path} />
    </div>
  );
}
