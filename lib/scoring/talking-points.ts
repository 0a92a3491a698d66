import type { Segment } from '../playbook/schema';
import type { CompiledIcp } from './compile';
import type { CompiledPersona } from './persona';
import type { PointPlan } from './plans';
import type { CriterionResult } from './result';
import { prepared, preparedAt, type Context } from './context';
import { keysOf } from './forms';
import { matchesText } from './evaluate';
import { format, openRolesCount, placeholderText } from './template';

/**
 * The chosen persona's talking points for this ICP: those whose `if` criteria all matched and whose
 * `segment` is the account's, with placeholders filled. A list placeholder in a point that depends
 * on a criterion testing that list names only the items that criterion matched ("We integrate with
 * SAP", not every script on their website). How each point applies here is plans.ts's, made at compile time.
 */
export function talkingPoints(persona: CompiledPersona, ci: CompiledIcp, criteria: CriterionResult[], segment: Segment | undefined, ctx: Context): string[] {
  const out: string[] = [];
  const plans = ci.plans.points[persona.index]!;
  for (let i = 0; i < plans.length; i++) {
    const plan = plans[i]!;
    const { point, ifs } = plan;
    if (!ifs || (point.segment !== undefined && point.segment !== segment?.id)) continue;
    if (!allMatched(ifs, criteria)) continue;
    const text = render(plan, ci, segment, ctx);
    if (text !== null) out.push(text);
  }
  return out;
}

function allMatched(ifs: number[], criteria: CriterionResult[]): boolean {
  for (let k = 0; k < ifs.length; k++) if (criteria[ifs[k]!]!.state !== 'matched') return false;
  return true;
}

/** renderTemplate's rule (null when any placeholder has no value), without a closure per point. */
function render(plan: PointPlan, ci: CompiledIcp, segment: Segment | undefined, ctx: Context): string | null {
  const { parts, names } = plan.point.template;
  let out = parts[0]!;
  for (let i = 0; i < names.length; i++) {
    const v = placeholder(plan, i, ci, segment, ctx);
    if (v === null || v === '') return null;
    out += v + parts[i + 1]!;
  }
  return out;
}

function placeholder(plan: PointPlan, i: number, ci: CompiledIcp, segment: Segment | undefined, ctx: Context): string | null {
  const name = plan.point.template.names[i]!;
  const id = plan.cacheIds[i]!;
  // no cache position: segment or icp (names compared only for these two)
  if (id < 0) return name === 'segment' ? (segment?.name ?? null) : ci.icp.name;
  const k = plan.lists[i]!;
  return (k < 0 ? null : matchedItems(ci, k, ctx)) ?? cachedValue(name, id, plan.factSlots[i]!, ctx);
}

/** A placeholder's text, once per account; a playbook fact's value is the one its tests read. */
function cachedValue(name: string, id: number, slot: number, ctx: Context): string | null {
  const cache = (ctx.placeholders ??= []);
  let v = cache[id];
  if (v === undefined) {
    if (slot >= 0) v = placeholderText(name, preparedAt(ctx, slot)?.value);
    else v = name === 'openRoles.count' ? openRolesCount(ctx.facts) : placeholderText(name, ctx.facts[name]?.value);
    cache[id] = v;
  }
  return v;
}

function matchedItems(ci: CompiledIcp, k: number, ctx: Context): string | null {
  const test = ci.criteria[k]!.test;
  const p = test && prepared(ctx, test);
  if (!test || !p || !Array.isArray(p.value)) return null;
  const list = p.value;
  // a values test reads the keys its evaluation already folded (forms.ts), not each item again
  const keys = test.pattern ? null : keysOf(p)!;
  const items: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item === undefined) continue; // a hole (a list holds strings only, derive.ts): skipped, as filter skips it
    if (keys ? test.set.has(keys[i]!) : matchesText(test, item)) items.push(item);
  }
  return items.length ? format(items) : null;
}

/**
 * Discovery questions: every unknown criterion's question, heaviest first, generated from its label
 * when none was written (compile.ts); then the persona's own questions. Each is asked once.
 * Which text repeats which is worked out once per ICP and persona (plans.ts), so scoring an
 * account compares no strings.
 */
export function questions(ci: CompiledIcp, criteria: CriterionResult[], persona: CompiledPersona | null, unknownMask: number): string[] {
  if (unknownMask < 0) return questionsFor(ci, criteria, persona);
  // the questions depend only on which criteria are unknown: the same few sets come back account
  // after account, so each set's list is made once per ICP and persona, frozen and shared (bounded)
  const memo = (ci.plans.questionMemo[persona ? persona.index + 1 : 0] ??= new Map());
  let out = memo.get(unknownMask);
  if (out === undefined) {
    if (memo.size >= QUESTION_MEMO_LIMIT) memo.clear();
    memo.set(unknownMask, (out = Object.freeze(questionsFor(ci, criteria, persona)) as string[]));
  }
  return out;
}

const QUESTION_MEMO_LIMIT = 1024;

function questionsFor(ci: CompiledIcp, criteria: CriterionResult[], persona: CompiledPersona | null): string[] {
  const out: string[] = [];
  const { order, sameBefore } = ci.plans;
  for (let n = 0; n < order.length; n++) {
    const i = order[n]!;
    // asked when unknown, unless a heavier criterion with the same question is unknown too (asked already)
    if (criteria[i]!.state === 'unknown' && !anyUnknown(sameBefore[n]!, criteria)) out.push(ci.criteria[i]!.question);
  }
  if (!persona) return out;
  const own = ci.plans.personaQuestions[persona.index]!;
  for (let n = 0; n < own.length; n++) {
    const q = own[n]!;
    // a persona question is left out when it repeats one of its own, or an unknown criterion's question
    if (q.repeat || anyUnknown(q.sameAs, criteria)) continue;
    out.push(q.text);
  }
  return out;
}

function anyUnknown(indexes: number[], criteria: CriterionResult[]): boolean {
  for (let k = 0; k < indexes.length; k++) if (criteria[indexes[k]!]!.state === 'unknown') return true;
  return false;
}
