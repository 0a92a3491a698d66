import { FACT_KINDS } from '../playbook/facts';
import type { Persona, Segment } from '../playbook/schema';
import type { CompiledIcp } from './compile';
import { normaliseCategory } from './normalise';
import type { CompiledPersona } from './persona';
import type { CriterionResult } from './result';
import { prepared, type Context } from './context';
import { format, placeholderValue, renderTemplate } from './template';

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
    const { point, ifs, lists } = plans[i]!;
    if (!ifs || (point.segment !== undefined && point.segment !== segment?.id)) continue;
    if (!ifs.every((k) => criteria[k]!.state === 'matched')) continue;
    const text = renderTemplate(point.template, (name) => {
      if (name === 'segment') return segment?.name ?? null;
      if (name === 'icp') return ci.icp.name;
      const k = lists.get(name);
      return (k === undefined ? null : matchedItems(ci, k, ctx)) ?? cachedValue(name, ctx);
    });
    if (text !== null) out.push(text);
  }
  return out;
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
  let v = ctx.placeholders.get(name);
  if (v === undefined) ctx.placeholders.set(name, (v = placeholderValue(name, ctx.facts, ctx.todayYear)));
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
 */
export function questions(ci: CompiledIcp, criteria: CriterionResult[], persona: Persona | null): string[] {
  const out: string[] = [];
  for (const i of ci.byPoints) {
    const q = ci.criteria[i]!.question;
    if (criteria[i]!.state === 'unknown' && !out.includes(q)) out.push(q);
  }
  for (const q of persona?.questions ?? []) if (!out.includes(q)) out.push(q);
  return out;
}
