import type { Problem } from '../checks';

/**
 * Where the form shows each problem parsePlaybook found. Problems come with JSON paths
 * ("icps[0].criteria[2].values[1]"); the form has one field per path, except lists of words
 * (values, titles…), edited as one field: a problem with one item belongs to the list's field.
 */
const WORD_LISTS = new Set(['values', 'titles', 'cares', 'questions', 'if']);

export function fieldOf(path: string): string {
  const m = /^(.*\.([A-Za-z]+))\[\d+\]$/.exec(path);
  return m && WORD_LISTS.has(m[2]!) ? m[1]! : path;
}

export type ProblemIndex = ReadonlyMap<string, readonly string[]>;

/** Problems by the field that shows them. */
export function indexProblems(problems: readonly Problem[]): ProblemIndex {
  const out = new Map<string, string[]>();
  for (const p of problems) {
    const key = fieldOf(p.path);
    const list = out.get(key) ?? [];
    if (!list.includes(p.message)) list.push(p.message);
    out.set(key, list);
  }
  return out;
}

/** How many problems sit at or under a path (an ICP's tab shows its count). */
export function countUnder(index: ProblemIndex, prefix: string): number {
  let n = 0;
  for (const [k, v] of index) if (k === prefix || k.startsWith(`${prefix}.`) || k.startsWith(`${prefix}[`)) n += v.length;
  return n;
}
