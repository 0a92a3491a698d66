import { fundingStageRank } from '../facts/funding';
import { industryGroupsOf } from '../facts/industry';
import type { Range } from '../facts/model';
import type { FactKind, PlaybookFact } from '../playbook/facts';
import { normaliseCategory } from './normalise';
import type { Resolved } from './derive';

// The forms a fact's value is compared in (keys, band, stage rank, day), worked out once per
// account and fact, and memoised by value where the same value comes back across accounts.

/** A resolved fact plus the forms tests compare, computed once per account and fact. */
export type Prepared = Resolved;

/** Open-ended bands ("10,001+") are read as [min, 2 × min] for overlap (docs/scoring.md). */
export function bandBounds(r: Range): [number, number] {
  return [r.min, r.max ?? Math.max(2 * r.min, r.min + 1)];
}

const groupsMemo = new Map<string, string[]>();
/** An industry and every group above it (memoised: the taxonomy is fixed). */
function industryKeys(label: string): string[] {
  let keys = groupsMemo.get(label);
  if (!keys) {
    if (groupsMemo.size >= 5000) groupsMemo.clear();
    groupsMemo.set(label, (keys = [label, ...industryGroupsOf(label)]));
  }
  return keys;
}

const rankMemo = new Map<string, number | null>();
function stageRank(stage: string): number | null {
  let r = rankMemo.get(stage);
  if (r === undefined) rankMemo.set(stage, (r = stage.startsWith('?') ? null : fundingStageRank(stage)));
  return r;
}

/** "2026-09-01" → epoch ms at UTC midnight; anything else (or an impossible date) → null. */
export function dayMs(v: string): number | null {
  if (v.length !== 10 || v[4] !== '-' || v[7] !== '-') return null;
  const y = +v.slice(0, 4), m = +v.slice(5, 7), d = +v.slice(8, 10);
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, m - 1, d);
  return new Date(ms).getUTCDate() === d ? ms : null;
}

/** Fills in the compared forms of a resolved fact, in place (no second object per fact). */
export function prepare(fact: PlaybookFact, kind: FactKind, p: Resolved): Prepared {
  const v = p.value;
  if (typeof v === 'number') p.num = v;
  else if (v && typeof v === 'object' && !Array.isArray(v)) p.band = bandBounds(v);
  else if (Array.isArray(v)) {
    // a country's regions come with their keys (derive.ts); a list the caller gave is folded here
    if (fact === 'hqRegion') p.keys ??= v.map((x) => normaliseCategory('hqRegion', x));
    else p.keysOf = fact;
  } else if (typeof v === 'string') {
    const forms = textForms(fact, kind, v);
    p.keys = forms.keys;
    p.rank = forms.rank;
    p.ms = forms.ms;
  }
  return p;
}

/** A value's keys; a list's are folded on first use. */
export function keysOf(p: Prepared): string[] | null {
  const fact = p.keysOf;
  if (fact !== null) {
    p.keys = (p.value as string[]).map((x) => normaliseCategory(fact, x));
    p.keysOf = null;
  }
  return p.keys;
}

/** What a text value compares as; the same for every account with that text (shared, read-only). */
interface TextForms {
  keys: string[];
  rank: number | null;
  ms: number | null;
}
const formsMemo = new Map<PlaybookFact, Map<string, TextForms>>();

function textForms(fact: PlaybookFact, kind: FactKind, v: string): TextForms {
  let byText = formsMemo.get(fact);
  if (!byText) formsMemo.set(fact, (byText = new Map()));
  let forms = byText.get(v);
  if (forms) return forms;
  const key = normaliseCategory(fact, v);
  forms = { keys: fact === 'industry' ? industryKeys(key) : [key], rank: kind === 'stage' ? stageRank(key) : null, ms: kind === 'date' ? dayMs(v) : null };
  // bounded like normaliseCategory's memo, and long texts are not kept
  if (v.length <= 200) {
    if (byText.size >= 10_000) byText.clear();
    byText.set(v, forms);
  }
  return forms;
}

