import type { Json, Path } from '../../lib/playbook/edit/draft';
import type { ProblemIndex } from '../../lib/playbook/edit/problems';

/**
 * What every editor form gets: the edits it may ask for (the wiring applies them to the draft
 * and records undo steps) and the validation problems by field path. Events out, data in.
 */
export interface EditApi {
  readOnly: boolean;
  problems: ProblemIndex;
  /** set a field; `typing` coalesces keystrokes into one undo step */
  set(path: Path, value: Json | undefined, typing?: boolean): void;
  /** replace a whole object through a function (fact/operator pickers) */
  update(path: Path, fn: (value: Json | undefined) => Json | undefined): void;
  insert(path: Path, item: Json, index?: number): void;
  remove(path: Path, index: number): void;
  move(path: Path, from: number, to: number): void;
  duplicate(path: Path, index: number): void;
}

export type Obj = { [key: string]: Json };

export const asObj = (v: Json | undefined): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
export const asList = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : []);
export const asText = (v: Json | undefined): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
