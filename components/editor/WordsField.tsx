import { useEffect, useId, useState } from 'react';
import type { Json, Path } from '../../lib/playbook/edit/draft';
import { pathText } from '../../lib/playbook/edit/draft';
import { parseWords, showWords as show } from '../../lib/playbook/edit/words';
import { asList, type EditApi } from './api';
import { Problems } from './fields';

/**
 * A list of words or numbers edited as one comma-separated line ("values", "titles"…), shown
 * as chips below — or, with `lines`, one item per line (questions contain commas). The text is
 * kept as typed (a trailing ", " survives) and parsed on each change.
 */
export function WordsField({ ed, path, label, value, numbers = false, hint, emptyAs = 'remove', lines = false }: { ed: EditApi; path: Path; label: string; value: Json | undefined; numbers?: boolean; hint?: string; emptyAs?: 'remove' | 'empty'; lines?: boolean }) {
  const list = asList(value);
  const [text, setText] = useState(show(list, lines));
  const id = useId();
  // follow outside changes (undo, another field) unless they are what the line already says
  useEffect(() => {
    setText((t) => (JSON.stringify(parseWords(t, numbers, lines)) === JSON.stringify(list) ? t : show(list, lines)));
  }, [value]);
  const onChange = (t: string) => {
    setText(t);
    const words = parseWords(t, numbers, lines);
    ed.set(path, words.length ? words : emptyAs === 'empty' ? [] : undefined, true);
  };
  const common = { value: text, readOnly: ed.readOnly, 'aria-invalid': ed.problems.has(pathText(path)) ? true : undefined, 'data-field': pathText(path) };
  return (
    <div className="field wide">
      <label htmlFor={id} className="small muted">{label}</label>
      {lines ? <textarea id={id} rows={Math.min(6, list.length + 1)} {...common} onChange={(e) => onChange(e.target.value)} /> : <input id={id} type="text" {...common} onChange={(e) => onChange(e.target.value)} />}
      {!lines && list.length > 0 && (
        <span className="chips" aria-hidden="true">
          {list.map((v, i) => <span key={i} className="pill">{String(v)}</span>)}
        </span>
      )}
      {hint && <span className="small muted">{hint}</span>}
      <Problems ed={ed} path={path} />
    </div>
  );
}
