/**
 * The editor's draft is plain JSON (possibly invalid while a manager types), addressed by paths
 * such as ['icps', 0, 'criteria', 2, 'values'] — the same paths parsePlaybook reports as
 * "icps[0].criteria[2].values". Every update returns a new draft and leaves the old one intact,
 * which is what makes undo a list of drafts.
 */
export type Key = string | number;
export type Path = readonly Key[];
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Draft = { [key: string]: Json };

// Keys a draft may never get through the editor (the validator refuses them in files too).
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

const isRecord = (v: unknown): v is Record<string, Json> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The value at a path, or undefined when any step is missing. */
export function getAt(doc: unknown, path: Path): Json | undefined {
  let v: unknown = doc;
  for (const k of path) {
    if (Array.isArray(v) && typeof k === 'number') v = v[k];
    else if (isRecord(v) && typeof k === 'string' && Object.hasOwn(v, k)) v = v[k];
    else return undefined;
  }
  return v as Json | undefined;
}

/**
 * A copy of `doc` with the value at `path` replaced; `undefined` removes an object key (an empty
 * optional field is absent, not ""). Missing objects/arrays on the way are created.
 */
export function setAt<T extends Json>(doc: T, path: Path, value: Json | undefined): T {
  if (path.length === 0) return (value ?? null) as T;
  const [k, ...rest] = path as [Key, ...Key[]];
  if (typeof k === 'string' && FORBIDDEN.has(k)) throw new Error(`"${k}" is not a playbook field`);
  if (typeof k === 'number') {
    const arr = Array.isArray(doc) ? doc.slice() : [];
    if (!Number.isInteger(k) || k < 0 || k > arr.length) throw new RangeError(`no item ${k}`);
    const next = setAt((arr[k] ?? (typeof rest[0] === 'number' ? [] : {})) as Json, rest, value);
    arr[k] = next;
    return arr as T;
  }
  const obj: Record<string, Json> = isRecord(doc) ? { ...doc } : {};
  if (rest.length === 0 && value === undefined) {
    delete obj[k];
    return obj as T;
  }
  obj[k] = setAt((Object.hasOwn(obj, k) ? obj[k] : typeof rest[0] === 'number' ? [] : {}) as Json, rest, value);
  return obj as T;
}

/** "icps[0].criteria[2].values" → ['icps', 0, 'criteria', 2, 'values'] ('' → []). */
export function parsePath(text: string): Key[] {
  const out: Key[] = [];
  for (const m of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** ['icps', 0, 'name'] → "icps[0].name" (the format parsePlaybook uses). */
export function pathText(path: Path): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');
}
