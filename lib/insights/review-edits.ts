import type { Criterion, Disqualifier, Icp, Playbook } from '../playbook/schema';
import { diffPlaybooks } from '../playbook/diff';
import { parsePlaybook } from '../playbook/validate';
import { analyze, type Analysis } from './analyze';
import { CRITERION_ID } from './draft-tests';
import { draftPlaybook } from './draft';
import type { OutcomeRecord } from './record';
import type { QuarterlyReview, ReviewEdit } from './review-schema';
import { patternLine } from './summary';

/**
 * Suggested edits of the quarterly review: the "Analyse customers" engine (analyze + draft) run on
 * the review's closed outcomes, then each drafted test turned into one edit of the playbook in use,
 * so a manager can take some and leave others. A drafted test on a fact the ICP already tests
 * re-tests that criterion (id, points and question kept); one on a new fact adds a criterion, its
 * points scaled to the ICP's total; a drafted disqualifier the ICP lacks is added.
 */
const TEST_KEYS = ['fact', 'is', 'values', 'value', 'min', 'max', 'days'] as const;

type Suggestions = QuarterlyReview['suggestions'];

export function suggestEdits(playbook: Playbook, icpId: string, records: readonly OutcomeRecord[], today: string): Suggestions {
  const icp = playbook.icps.find((i) => i.id === icpId);
  if (!icp) return { ok: false, message: 'The reviewed ICP is not in the playbook in use.' };
  const analysis = analyze(records);
  const draft = draftPlaybook(analysis, records, { today, base: playbook });
  if (!draft.ok) return { ok: false, message: draft.message };
  const drafted = draft.playbook.icps[0]!;
  const edits: ReviewEdit[] = [];
  for (const d of drafted.criteria) {
    const edit = criterionEdit(icp, d, evidenceOf(analysis, d));
    if (edit) edits.push(edit);
  }
  for (const d of drafted.disqualifiers) {
    if (icp.disqualifiers.some((x) => sameTest(x, d))) continue;
    const disqualifier = { ...d, id: freeId(icp.disqualifiers, d.id) };
    edits.push({ id: `add-disqualifier:${icp.id}:${disqualifier.id}`, kind: 'add-disqualifier', icpId: icp.id, disqualifier, evidence: [d.reason], changes: [] });
  }
  const withChanges = edits.map((e) => ({ ...e, changes: changesOf(playbook, e) }));
  return { ok: true, edits: withChanges.filter((e) => e.changes.length > 0), notes: analysis.warnings };
}

function criterionEdit(icp: Icp, d: Criterion, evidence: string[]): ReviewEdit | null {
  const existing = icp.criteria.find((c) => c.fact === d.fact);
  if (existing) {
    if (sameTest(existing, d)) return null;
    const criterion: Criterion = { ...withoutTest(existing), ...testOf(d), label: d.label };
    return { id: `retest:${icp.id}:${existing.id}`, kind: 'retest', icpId: icp.id, criterion, evidence, changes: [] };
  }
  const total = icp.criteria.reduce((s, c) => s + c.points, 0);
  const points = Math.min(1000, Math.max(1, Math.round((d.points * total) / 100)));
  const criterion: Criterion = { ...d, id: freeId(icp.criteria, d.id), points };
  return { id: `add-criterion:${icp.id}:${criterion.id}`, kind: 'add-criterion', icpId: icp.id, criterion, evidence, changes: [] };
}

/** The analysis' lines for the attribute a drafted criterion tests (its id names the attribute). */
function evidenceOf(a: Analysis, d: Criterion): string[] {
  const attribute = Object.entries(CRITERION_ID).find(([, id]) => id === d.id)?.[0];
  return a.patterns.filter((p) => p.attribute === attribute && p.confidence !== 'weak' && p.lift > 1).slice(0, 3).map((p) => patternLine(p, a.baseline));
}

type Testable = Pick<Criterion, (typeof TEST_KEYS)[number]>;
const sameTest = (a: Testable, b: Testable) => TEST_KEYS.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));

function testOf(t: Testable): Partial<Testable> {
  const out: Partial<Record<(typeof TEST_KEYS)[number], unknown>> = {};
  for (const k of TEST_KEYS) if (t[k] !== undefined) out[k] = t[k];
  return out as Partial<Testable>;
}

function withoutTest(c: Criterion): Criterion {
  const copy: Partial<Criterion> = { ...c };
  for (const k of TEST_KEYS) delete copy[k];
  return copy as Criterion;
}

function freeId(taken: readonly { id: string }[], id: string): string {
  const ids = new Set(taken.map((x) => x.id));
  let n = 1;
  let out = id;
  while (ids.has(out)) out = `${id}-${++n}`;
  return out;
}

function changesOf(playbook: Playbook, edit: ReviewEdit): ReviewEdit['changes'] {
  const applied = applyEdits(playbook, [edit], { version: playbook.version });
  return applied.ok ? diffPlaybooks(playbook, applied.playbook).slice(0, 20) : [];
}

export type ApplyResult = { ok: true; playbook: Playbook } | { ok: false; error: string };

/** The playbook with these edits made, under a new version label, validated as any playbook file is. */
export function applyEdits(playbook: Playbook, edits: readonly ReviewEdit[], opts: { version: string; today?: string }): ApplyResult {
  const next: Playbook = JSON.parse(JSON.stringify(playbook)) as Playbook;
  for (const e of edits) {
    const icp = next.icps.find((i) => i.id === e.icpId);
    if (!icp) return { ok: false, error: `ICP "${e.icpId}" is not in the playbook` };
    const error = applyOne(icp, e);
    if (error) return { ok: false, error };
  }
  next.version = opts.version;
  if (opts.today) next.updated = opts.today;
  const checked = parsePlaybook(next);
  return checked.ok ? { ok: true, playbook: checked.playbook } : { ok: false, error: `${checked.errors[0]?.path}: ${checked.errors[0]?.message}` };
}

function applyOne(icp: Icp, e: ReviewEdit): string | null {
  if (e.kind === 'add-disqualifier') return addUnique(icp.disqualifiers, e.disqualifier, 'disqualifier');
  if (e.kind === 'add-criterion') return addUnique(icp.criteria, e.criterion, 'criterion');
  const i = icp.criteria.findIndex((c) => c.id === e.criterion.id);
  if (i < 0) return `criterion "${e.criterion.id}" is not in ICP "${icp.name}" any more`;
  icp.criteria[i] = e.criterion;
  return null;
}

function addUnique<T extends Criterion | Disqualifier>(list: T[], item: T, what: string): string | null {
  if (list.some((x) => x.id === item.id)) return `the ${what} "${item.id}" is already in the playbook`;
  list.push(item);
  return null;
}

/** "2026.3" → "2026.4", "v7" → "v8"; a label without a number at its end gets " (reviewed)". */
export function nextVersion(version: string): string {
  const m = /^(.*?)(\d+)$/.exec(version);
  // BigInt: a long run of digits as a Number would come back as "1.2345678901234568e+21"
  const next = m ? `${m[1]}${String(BigInt(m[2]!) + BigInt(1)).padStart(m[2]!.length, '0')}` : `${version} (reviewed)`;
  return next.length <= 40 ? next : next.slice(0, 40);
}
