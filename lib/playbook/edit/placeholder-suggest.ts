import { PLACEHOLDER_NAMES } from '../placeholders';

/**
 * Placeholder autocompletion for talking points: after "{{" (and what is typed since) the editor
 * offers the names lib/playbook/placeholders.ts accepts, and inserts the chosen one closed.
 */
export interface Suggestion {
  /** where the "{{" starts */
  start: number;
  prefix: string;
  names: string[];
}

const OPEN = /\{\{\s*([A-Za-z.]*)$/;

export function suggestPlaceholders(text: string, caret: number, names: Iterable<string> = PLACEHOLDER_NAMES): Suggestion | null {
  const before = text.slice(0, caret);
  const m = OPEN.exec(before);
  if (!m) return null;
  const prefix = m[1]!.toLowerCase();
  const all = [...names];
  const starts = all.filter((n) => n.toLowerCase().startsWith(prefix)).sort();
  const contains = all.filter((n) => !n.toLowerCase().startsWith(prefix) && n.toLowerCase().includes(prefix)).sort();
  const list = [...starts, ...contains];
  return list.length ? { start: m.index, prefix: m[1]!, names: list } : null;
}

/** Put `{{name}}` in place of the open "{{prefix"; an existing "}}" right after the caret is reused. */
export function applyPlaceholder(text: string, caret: number, s: Suggestion, name: string): { text: string; caret: number } {
  const after = text.slice(caret).replace(/^[A-Za-z.]*\s*\}\}/, '');
  const inserted = `{{${name}}}`;
  return { text: text.slice(0, s.start) + inserted + after, caret: s.start + inserted.length };
}
