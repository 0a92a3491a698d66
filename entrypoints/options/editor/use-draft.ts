import { useCallback, useMemo, useRef, useState } from 'react';
import type { EditApi } from '../../../components/editor/api';
import { getAt, pathText, setAt, type Draft } from '../../../lib/playbook/edit/draft';
import { canRedo, canUndo, commit, redo, startHistory, undo, type History } from '../../../lib/playbook/edit/history';
import { duplicateItem, insertItem, moveItem, removeItem } from '../../../lib/playbook/edit/lists';

export type DraftOps = Omit<EditApi, 'readOnly' | 'problems'>;

/**
 * The editor's state: the draft with its undo history, and the playbook it started from (to
 * know whether there is anything to save).
 */
export function useDraft() {
  const [h, setH] = useState<History<Draft> | null>(null);
  const [base, setBase] = useState<Draft | null>(null);
  const change = useRef((fn: (d: Draft) => Draft, key?: string) => setH((cur) => (cur ? commit(cur, fn(cur.present), { key }) : cur)));

  const ops = useMemo<DraftOps>(() => {
    const c = change.current;
    return {
      set: (path, v, typing) => c((d) => setAt(d, path, v), typing ? pathText(path) : undefined),
      update: (path, fn) => c((d) => setAt(d, path, fn(getAt(d, path)))),
      insert: (path, item, index) => c((d) => insertItem(d, path, item, index)),
      remove: (path, index) => c((d) => removeItem(d, path, index)),
      move: (path, from, to) => c((d) => moveItem(d, path, from, to)),
      duplicate: (path, index) => c((d) => duplicateItem(d, path, index)),
    };
  }, []);

  const draft = h?.present ?? null;
  return {
    draft,
    base,
    ops,
    dirty: !!draft && draft !== base,
    canUndo: !!h && canUndo(h),
    canRedo: !!h && canRedo(h),
    undo: useCallback(() => setH((cur) => cur && undo(cur)), []),
    redo: useCallback(() => setH((cur) => cur && redo(cur)), []),
    /** Start over from a playbook (the one in use, after loading): no undo across it. */
    reset: useCallback((d: Draft) => {
      setH(startHistory(d));
      setBase(d);
    }, []),
    /** Replace the whole draft as one undoable step (template, raw JSON, discard). */
    replace: useCallback((d: Draft, key?: string) => change.current(() => d, key), []),
    /** After a save: what is in use now is this draft. */
    markSaved: useCallback((d: Draft) => setBase(d), []),
  };
}
