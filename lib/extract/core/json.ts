// Bounded, pollution-proof reading of JSON the page supplies (JSON-LD, LinkedIn's embedded data).
// The page is hostile: huge blocks are skipped, depth and node count are capped, prototype keys
// are dropped, and every field is type-checked where it is used.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Script/code text longer than this is not parsed at all (a 10 MB string never reaches JSON.parse). */
export const MAX_JSON_TEXT = 1_000_000;
const MAX_DEPTH = 24;
const MAX_NODES = 50_000;
const MAX_STRING = 20_000;
const BANNED = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse that never throws; the result is a fresh copy with limits applied. */
export function parseJson(textIn: string): Json | undefined {
  if (typeof textIn !== 'string' || textIn.length > MAX_JSON_TEXT) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(textIn);
  } catch {
    return undefined;
  }
  const budget = { nodes: MAX_NODES };
  return copy(raw, 0, budget);
}

function copy(v: unknown, depth: number, budget: { nodes: number }): Json | undefined {
  if (--budget.nodes < 0) return undefined;
  if (v === null || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string') return v.length > MAX_STRING ? v.slice(0, MAX_STRING) : v;
  if (depth >= MAX_DEPTH || typeof v !== 'object') return undefined;
  if (Array.isArray(v)) {
    const out: Json[] = [];
    for (let i = 0; i < v.length && budget.nodes > 0; i++) {
      const c = copy(v[i], depth + 1, budget);
      if (c !== undefined) out.push(c);
    }
    return out;
  }
  const out: JsonObject = {};
  for (const key of Object.keys(v as object)) {
    if (BANNED.has(key) || budget.nodes <= 0) continue;
    const c = copy((v as Record<string, unknown>)[key], depth + 1, budget);
    if (c !== undefined) Object.defineProperty(out, key, { value: c, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export const isObj = (v: unknown): v is JsonObject => !!v && typeof v === 'object' && !Array.isArray(v);

/** A string field, or the first string of an array field; numbers are stringified. */
export function str(v: Json | undefined): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') return x;
  return '';
}

/** An object field, or the first object of an array field. */
export function obj(v: Json | undefined): JsonObject | null {
  if (isObj(v)) return v;
  if (Array.isArray(v)) for (const x of v) if (isObj(x)) return x;
  return null;
}

export function num(v: Json | undefined): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return null;
}

/** Every string in a field that may be a string or an array of strings. */
export function strings(v: Json | undefined, limit = 50): string[] {
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is string => typeof x === 'string').slice(0, limit);
}

/** schema.org types of a node ("@type", or "type" as LinkedIn writes it), lower-cased. */
export function types(node: JsonObject): string[] {
  return strings(node['@type'] ?? node['type']).map((t) => t.replace(/^.*[/#:]/, '').toLowerCase());
}

/** All JSON-LD nodes of the page (or of one part of it, e.g. <head>): top-level objects, array members and @graph members. */
export function jsonLdNodes(root: ParentNode, limit = 200): JsonObject[] {
  const out: JsonObject[] = [];
  let scripts: NodeListOf<Element>;
  try {
    scripts = root.querySelectorAll('script[type="application/ld+json"]');
  } catch {
    return out;
  }
  for (let i = 0; i < scripts.length && i < 30 && out.length < limit; i++) {
    const data = parseJson(scripts[i]!.textContent ?? '');
    const top = Array.isArray(data) ? data : [data];
    for (const node of top) {
      if (!isObj(node)) continue;
      out.push(node);
      const graph = node['@graph'];
      if (Array.isArray(graph)) for (const g of graph) if (isObj(g) && out.length < limit) out.push(g);
    }
  }
  return out;
}
