import { getAt, setAt, type Draft, type Json, type Path } from './draft';

/** List edits on a draft: insert, remove, move, duplicate. Each returns a new draft. */

const listAt = (doc: Json, path: Path): Json[] => {
  const v = getAt(doc, path);
  return Array.isArray(v) ? v : [];
};

export function insertItem(doc: Draft, path: Path, item: Json, index?: number): Draft {
  const list = listAt(doc, path).slice();
  list.splice(clamp(index ?? list.length, 0, list.length), 0, item);
  return setAt(doc, path, list);
}

export function removeItem(doc: Draft, path: Path, index: number): Draft {
  const list = listAt(doc, path);
  if (index < 0 || index >= list.length) return doc;
  return setAt(doc, path, list.filter((_, i) => i !== index));
}

/** Move item `from` to position `to` (the position it ends up at); out-of-range moves change nothing. */
export function moveItem(doc: Draft, path: Path, from: number, to: number): Draft {
  const list = listAt(doc, path).slice();
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return doc;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item!);
  return setAt(doc, path, list);
}

/** `base`, or `base-2`, `base-3`… — the first one not taken (ids must stay unique and ≤ 64 chars). */
export function uniqueId(base: string, taken: Iterable<unknown>): string {
  const used = new Set(taken);
  const stem = (base || 'item').slice(0, 58);
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

const idsOf = (list: Json[]): unknown[] => list.map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? x.id : undefined));

/**
 * Copy an item of a list of objects with ids and insert it right after the original. Its id gets
 * a "-copy" suffix (unique in the list) and its name, when it has one, " (copy)".
 */
export function duplicateItem(doc: Draft, path: Path, index: number): Draft {
  const list = listAt(doc, path);
  const item = list[index];
  if (!item || typeof item !== 'object' || Array.isArray(item)) return doc;
  const copy: { [k: string]: Json } = structuredClone(item);
  copy.id = uniqueId(`${typeof item.id === 'string' ? item.id : 'item'}-copy`, idsOf(list));
  if (typeof item.name === 'string') copy.name = `${item.name} (copy)`.slice(0, 120);
  return insertItem(doc, path, copy, index + 1);
}

/** A fresh id for a new item of a list: `${prefix}-N`. */
export function nextId(doc: Json, path: Path, prefix: string): string {
  const list = listAt(doc, path);
  return uniqueId(`${prefix}-${list.length + 1}`, idsOf(list));
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
