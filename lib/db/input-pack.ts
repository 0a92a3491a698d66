import type { FactSource } from '../facts/model';
import { fnv1a, groupByKey } from './result-pack';

/**
 * Scoring inputs packed many accounts to a row, in columns (schema 5, issue 17). Why: reading
 * 10,000 inputs as 10,000 rows costs IndexedDB a row each and the structured clone an object per
 * fact, per field; the same inputs as 256 rows of columns — one array of values per fact name, the
 * sources as small numbers and the read times as a Float64Array (copied, not rebuilt) — read
 * ~3.5× faster in Chromium (docs/benchmarks.md, "Scoring inputs packed"). A pack stays well under
 * the 64 kB beyond which Chromium moves a value out to a blob (slower again) up to ~15,000
 * accounts.
 *
 * Pure encoding: which pack an account lives in, and a pack's rows to columns and back. The
 * middleware that keeps packs in step with accounts is in scoring-inputs.ts; readers go through
 * inputs-repo.ts.
 */
export const INPUT_PACKS = 256;

/** What scoring reads of one account (scoring-inputs.ts says what is in it and why). */
export interface ScoringInputRow {
  id: string;
  /** observedAt (schema 3, issue 20): a fact older than the playbook's maximum age counts as unknown */
  facts: Record<string, { value: unknown; source?: FactSource; observedAt?: number }>;
}

export interface InputColumn {
  /** the fact's value for ids[i] (a hole where the account has no such fact) */
  values: unknown[];
  /** 0: no such fact; 1: a fact without a source; k + 2: sources[k] */
  src: Uint16Array;
  /** when the fact was read (NaN: not known) */
  at: Float64Array;
}

export interface InputPackRow {
  pack: number;
  /** the accounts in this pack, sorted */
  ids: string[];
  /** fact names, each with its column in `cols` */
  names: string[];
  cols: InputColumn[];
  sources: string[];
}

export const inputPackOf = (accountId: string): number => fnv1a(accountId) % INPUT_PACKS;

const byId = (a: ScoringInputRow, b: ScoringInputRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A pack's inputs (all of one pack, any order) as its stored row. */
export function encodePack(pack: number, inputs: Iterable<ScoringInputRow>): InputPackRow {
  const rows = [...inputs].sort(byId);
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.facts)))];
  const sources: string[] = [];
  const srcIndex = new Map<string, number>();
  const cols = names.map((name) => {
    const values = new Array<unknown>(rows.length);
    const src = new Uint16Array(rows.length);
    const at = new Float64Array(rows.length).fill(NaN);
    rows.forEach((r, i) => {
      if (!Object.hasOwn(r.facts, name)) return;
      const f = r.facts[name]!;
      values[i] = f.value;
      if (f.observedAt !== undefined) at[i] = f.observedAt;
      if (f.source === undefined) return void (src[i] = 1);
      let k = srcIndex.get(f.source);
      if (k === undefined) srcIndex.set(f.source, (k = sources.push(f.source) - 1));
      src[i] = k + 2;
    });
    return { values, src, at };
  });
  return { pack, ids: rows.map((r) => r.id), names, cols, sources };
}

/** Inputs (one per account) as the pack rows that hold them. */
export function packInputs(inputs: Iterable<ScoringInputRow>): InputPackRow[] {
  return [...groupByKey(inputs, (input) => inputPackOf(input.id))].map(([k, rows]) => encodePack(k, rows));
}

/** The inputs of a stored pack, in id order; only those `wanted` says yes to, when given. */
export function decodePack(row: InputPackRow, wanted?: (id: string) => boolean): ScoringInputRow[] {
  const out: ScoringInputRow[] = [];
  const at: number[] = [];
  row.ids.forEach((id, i) => {
    if (wanted && !wanted(id)) return;
    out.push({ id, facts: {} });
    at.push(i);
  });
  row.names.forEach((name, n) => {
    const { values, src, at: times } = row.cols[n]!;
    for (let j = 0; j < out.length; j++) {
      const i = at[j]!;
      const s = src[i]!;
      if (s === 0) continue;
      const t = times[i]!;
      const observedAt = Number.isNaN(t) ? undefined : t;
      // the same shapes scoringInput() makes
      const fact = s === 1 ? { value: values[i], observedAt } : { value: values[i], source: row.sources[s - 2] as FactSource, observedAt };
      setOwn(out[j]!.facts, name, fact);
    }
  });
  return out;
}

/** A fact named "__proto__" stays an own property, as Object.fromEntries makes it in scoringInput(). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
