import { useState } from 'react';
import { RawJson } from '../../../components/editor/RawJson';
import type { Draft } from '../../../lib/playbook/edit/draft';
import type { Problem } from '../../../lib/playbook/validate';
import { toDraft } from './load';

/**
 * The raw JSON view: the text is the manager's while they type; each change that parses as a
 * JSON object becomes the draft (so validation and the preview follow), one that does not is
 * reported and kept as text. Back to the forms only from text that parses.
 */
export function RawView({ draft, errors, readOnly, onDraft, onClose }: { draft: Draft; errors: Problem[]; readOnly: boolean; onDraft: (d: Draft) => void; onClose: () => void }) {
  const [text, setText] = useState(() => JSON.stringify(draft, null, 2));
  const [syntax, setSyntax] = useState<string | null>(null);
  const change = (t: string) => {
    setText(t);
    const d = toDraft(t);
    if (!d) {
      setSyntax(syntaxMessage(t));
      return;
    }
    setSyntax(null);
    onDraft(d);
  };
  return (
    <>
      <RawJson text={text} onChange={change} readOnly={readOnly} problems={syntax ? [] : errors} syntaxError={syntax} />
      <button type="button" onClick={onClose} disabled={!!syntax} data-testid="back-to-forms">Back to the forms</button>
    </>
  );
}

function syntaxMessage(text: string): string {
  try {
    const v: unknown = JSON.parse(text);
    return v === null || typeof v !== 'object' || Array.isArray(v) ? 'A playbook is a JSON object ({ … })' : 'Not valid JSON';
  } catch (e) {
    return `Not valid JSON: ${e instanceof Error ? e.message : 'parse error'}`;
  }
}
