import { useEffect } from 'react';

/**
 * Ctrl+Z / Ctrl+Shift+Z (⌘ on a Mac, and Ctrl+Y) undo and redo editor steps — except while the
 * focus is in a text field, where the browser's own undo of that field's typing is what people expect.
 */
export function useUndoKeys(undo: () => void, redo: () => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') redo();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo, redo, enabled]);
}
