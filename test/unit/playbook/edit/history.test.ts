import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, COALESCE_MS, commit, MAX_UNDO, redo, startHistory, undo } from '../../../../lib/playbook/edit/history';

describe('undo history', () => {
  it('undoes and redoes steps in order; a new change clears redo', () => {
    let h = startHistory('a');
    h = commit(h, 'b', { now: 0 });
    h = commit(h, 'c', { now: 10 });
    expect(canRedo(h)).toBe(false);
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = commit(h, 'x', { now: 20 });
    expect(canRedo(h)).toBe(false);
    expect(redo(h)).toBe(h);
    expect(undo(h).present).toBe('b');
  });

  it.each([
    ['same field, quick keystrokes: one step', [['name', 0], ['name', 100], ['name', 200]], 1],
    ['same field after a pause: two steps', [['name', 0], ['name', COALESCE_MS + 1]], 2],
    ['two fields: two steps', [['name', 0], ['version', 100]], 2],
    ['no key (a list edit): never coalesces', [[undefined, 0], [undefined, 1]], 2],
  ] as const)('%s', (_, edits, steps) => {
    let h = startHistory(0);
    edits.forEach(([key, now], i) => (h = commit(h, i + 1, { key, now })));
    expect(h.past.length).toBe(steps);
    // one undo per step goes back to the start
    for (let i = 0; i < steps; i++) h = undo(h);
    expect(h.present).toBe(0);
  });

  it('a field edit right after an undo is a new step (undo never merges)', () => {
    let h = startHistory('a');
    h = commit(h, 'ab', { key: 'f', now: 0 });
    h = undo(h);
    h = commit(h, 'ax', { key: 'f', now: 10 });
    expect(h.past).toEqual(['a']);
  });

  it(`keeps the last ${MAX_UNDO} steps`, () => {
    let h = startHistory(0);
    for (let i = 1; i <= MAX_UNDO + 10; i++) h = commit(h, i, { now: i });
    expect(h.past.length).toBe(MAX_UNDO);
    expect(h.past[0]).toBe(10);
  });

  it('an unchanged draft is not a step', () => {
    const h = startHistory('a');
    expect(commit(h, 'a')).toBe(h);
  });
});
