import { FACT_KINDS } from '../playbook/facts';
import type { Persona, Segment } from '../playbook/schema';
import type { CompiledIcp } from './compile';
import { normaliseCategory } from './normalise';
import type { CompiledPersona } from './persona';
import type { CriterionResult } from './result';
import { prepared, type Context } from './context';
import { format, placeholderValue } from './template';

/**
 * The chosen persona's talking points for this ICP: those whose `if` criteria all matched and whose
 * `segment` is the account's, with placeholders filled. A list placeholder in a point that depends
 * on a criterion testing that list names only the items that criterion matched ("We integrate with
 * SAP", not every script on their website).
 */
export function talkingPoints(persona: CompiledPersona, ci: CompiledIcp, criteria: CriterionResult[], segment: Segment | undefined, ctx: Context): string[] {
  const out: string[] = [];
  const plans = plansFor(persona, ci);
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
    const v = placeholder(names[i]!, plan, ci, segment, ctx);
    if (v === null || v === '') return null;
    out += v + parts[i + 1]!;
  }
  return out;
}

function placeholder(name: string, plan: PointPlan, ci: CompiledIcp, segment: Segment | undefined, ctx: Context): string | null {
  if (name === 'segment') return segment?.name ?? null;
  if (name === 'icp') return ci.icp.name;
  const k = plan.lists.get(name);
  return (k === undefined ? null : matchedItems(ci, k, ctx)) ?? cachedValue(name, ctx);
}

/**
 * How each of a persona's points applies to one ICP, worked out once: the indexes of its `if`
 * criteria (null when this ICP lacks one: the point never shows here) and, per list placeholder,
 * the `if` criterion that tests that list.
 */
interface PointPlan {
  point: CompiledPersona['points'][number];
  ifs: number[] | null;
  lists: Map<string, number>;
}
const planCache = new WeakMap<CompiledIcp, WeakMap<CompiledPersona, PointPlan[]>>();

function plansFor(persona: CompiledPersona, ci: CompiledIcp): PointPlan[] {
  let byPersona = planCache.get(ci);
  if (!byPersona) planCache.set(ci, (byPersona = new WeakMap()));
  let plans = byPersona.get(persona);
  if (plans) return plans;
  plans = persona.points.map((point) => {
    const idx = point.ifs.map((id) => ci.criteria.findIndex((x) => x.c.id === id));
    const lists = new Map<string, number>();
    for (const k of idx) {
      const fact = ci.criteria[k]?.c.fact;
      if (fact && FACT_KINDS[fact] === 'list' && point.template.names.includes(fact) && !lists.has(fact)) lists.set(fact, k);
    }
    return { point, ifs: idx.includes(-1) ? null : idx, lists };
  });
  byPersona.set(persona, plans);
  return plans;
}

function cachedValue(name: string, ctx: Context): string | null {
  const cache = (ctx.placeholders ??= new Map());
  let v = cache.get(name);
  if (v === undefined) cache.set(name, (v = placeholderValue(name, ctx.facts, ctx.todayYear)));
  return v;
}

function matchedItems(ci: CompiledIcp, k: number, ctx: Context): string | null {
  const test = ci.criteria[k]!.test;
  const p = test && prepared(ctx, test);
  if (!test || !p || !Array.isArray(p.value)) return null;
  const items = p.value.filter((item) => (test.pattern ? test.pattern.test(item) : test.set.has(normaliseCategory(test.fact, item))));
  return items.length ? format(items) : null;
}

/**
 * Discovery questions: every unknown criterion's question, heaviest first, generated from its label
 * when none was written (compile.ts); then the persona's own questions. Each is asked once.
 * Which text repeats which is worked out once per ICP and persona (questionPlan), so scoring an
 * account compares no strings.
 */
export function questions(ci: CompiledIcp, criteria: CriterionResult[], persona: Persona | null): string[] {
  const out: string[] = [];
  const plan = questionPlan(ci);
  for (let n = 0; n < plan.order.length; n++) {
    const i = plan.order[n]!;
    // asked when unknown, unless a heavier criterion with the same question is unknown too (asked already)
    if (criteria[i]!.state === 'unknown' && !anyUnknown(plan.sameBefore[n]!, criteria)) out.push(ci.criteria[i]!.question);
  }
  if (!persona) return out;
  const own = personaPlan(ci, persona);
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

interface QuestionPlan {
  /** criterion indexes, heaviest first */
  order: number[];
  /** per position in order: earlier criteria (in order) with the same question text */
  sameBefore: number[][];
}
const questionPlans = new WeakMap<CompiledIcp, QuestionPlan>();

function questionPlan(ci: CompiledIcp): QuestionPlan {
  let plan = questionPlans.get(ci);
  if (plan) return plan;
  const order = ci.byPoints;
  const sameBefore = order.map((i, n) => order.slice(0, n).filter((j) => ci.criteria[j]!.question === ci.criteria[i]!.question));
  questionPlans.set(ci, (plan = { order, sameBefore }));
  return plan;
}

const personaPlans = new WeakMap<CompiledIcp, WeakMap<Persona, { text: string; repeat: boolean; sameAs: number[] }[]>>();

function personaPlan(ci: CompiledIcp, persona: Persona): { text: string; repeat: boolean; sameAs: number[] }[] {
  let byPersona = personaPlans.get(ci);
  if (!byPersona) personaPlans.set(ci, (byPersona = new WeakMap()));
  let plan = byPersona.get(persona);
  if (plan) return plan;
  const own = persona.questions ?? [];
  plan = own.map((text, n) => ({
    text,
    repeat: own.indexOf(text) < n,
    sameAs: ci.criteria.flatMap((c, i) => (c.question === text ? [i] : [])),
  }));
  byPersona.set(persona, plan);
  return plan;
}
