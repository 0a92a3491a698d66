import { useCallback, useMemo, useRef, useState } from 'react';
import type { EditApi } from '@/components/editor/api';
import { getAt, pathText, setAt, type Draft } from '@/lib/playbook/edit/draft';
import { canRedo, canUndo, commit, redo, startHistory, undo, type History } from '@/lib/playbook/edit/history';
import { duplicateItem, insertItem, moveItem, removeItem } from '@/lib/playbook/edit/lists';
import { indexProblems } from '@/lib/playbook/edit/problems';
import { parsePlaybook } from '@/lib/playbook/validate';

/**
 * The editor's state: the draft with its undo history, the playbook it started from (to know
 * whether there is anything to save), and the validation of the draft — the same parsePlaybook
 * an import runs, on every change (≈1 ms for the starter playbook, so no debounce).
 */
export function useDraft(readOnly: boolean) {
  const [h, setH] = useState<History<Draft> | null>(null);
  const [base, setBase] = useState<Draft | null>(null);
  const change = useRef((fn: (d: Draft) => Draft, key?: string) => setH((cur) => (cur ? commit(cur, fn(cur.present), { key }) : cur)));

  const draft = h?.present ?? null;
  const validation = useMemo(() => (draft ? parsePlaybook(draft) : null), [draft]);
  const errors = useMemo(() => (validation && !validation.ok ? validation.errors : []), [validation]);
  const warnings = useMemo(() => (validation?.ok ? validation.warnings : []), [validation]);
  const problems = useMemo(() => indexProblems([...errors, ...warnings.map((w) => ({ ...w, message: `warning: ${w.message}` }))]), [errors, warnings]);

  const api = useMemo<EditApi>(() => {
    const c = change.current;
    return {
      readOnly,
      problems,
      set: (path, v, typing) => c((d) => setAt(d, path, v), typing ? pathText(path) : undefined),
      update: (path, fn) => c((d) => setAt(d, path, fn(getAt(d, path)))),
      insert: (path, item, index) => c((d) => insertItem(d, path, item, index)),
      remove: (path, index) => c((d) => removeItem(d, path, index)),
      move: (path, from, to) => c((d) => moveItem(d, path, from, to)),
      duplicate: (path, index) => c((d) => duplicateItem(d, path, index)),
    };
  }, [readOnly, problems]);

  /** Start over from a playbook (the one in use, after loading or saving): no undo across it. */
  const reset = useCallback((d: Draft) => {
    setH(startHistory(d));
    setBase(d);
  }, []);
  /** Replace the whole draft as one undoable step (template, pasted JSON, discard). */
  const replace = useCallback((d: Draft, key?: string) => change.current(() => d, key), []);
  /** After a save: what is in use now is the draft. */
  const markSaved = useCallback(() => setBase(h?.present ?? null), [h]);

  return {
    draft,
    base,
    api,
    errors,
    warnings,
    playbook: validation?.ok ? validation.playbook : null,
    dirty: !!draft && draft !== base,
    canUndo: !!h && canUndo(h),
    canRedo: !!h && canRedo(h),
    undo: useCallback(() => setH((cur) => cur && undo(cur)), []),
    redo: useCallback(() => setH((cur) => cur && redo(cur)), []),
    reset,
    replace,
    markSaved,
  };
}
