/**
 * Undo / redo for the editor: a bounded list of whole drafts (drafts are immutable, so a step is a
 * reference, not a copy). Keystrokes in one field coalesce into one step, so Undo takes back a
 * word or an edit, not a letter.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** the field the last step edited and when, for coalescing */
  last: { key: string; at: number } | null;
}

export const MAX_UNDO = 50;
/** Typing pauses longer than this start a new undo step. */
export const COALESCE_MS = 1500;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], last: null };
}

/**
 * Record a new present. With `key` (the field being typed in), a change within COALESCE_MS of the
 * previous change to the same key replaces the present instead of adding a step.
 */
export function commit<T>(h: History<T>, next: T, opts: { key?: string; now?: number } = {}): History<T> {
  if (next === h.present) return h;
  const now = opts.now ?? Date.now();
  const last = opts.key ? { key: opts.key, at: now } : null;
  if (opts.key && h.last && h.last.key === opts.key && now - h.last.at <= COALESCE_MS && h.past.length > 0) {
    return { ...h, present: next, future: [], last };
  }
  return { past: [...h.past, h.present].slice(-MAX_UNDO), present: next, future: [], last };
}

export function undo<T>(h: History<T>): History<T> {
  const prev = h.past[h.past.length - 1];
  if (prev === undefined) return h;
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future], last: null };
}

export function redo<T>(h: History<T>): History<T> {
  const [next, ...rest] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present].slice(-MAX_UNDO), present: next, future: rest, last: null };
}

export const canUndo = (h: History<unknown>) => h.past.length > 0;
export const canRedo = (h: History<unknown>) => h.future.length > 0;
