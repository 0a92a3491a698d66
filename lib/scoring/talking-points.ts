import { FACT_KINDS, type PlaybookFact } from '../playbook/facts';
import type { Icp, Persona, Segment } from '../playbook/schema';
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
export function talkingPoints(persona: CompiledPersona, icp: Icp, criteria: CriterionResult[], segment: Segment | undefined, ctx: Context): string[] {
  const out: string[] = [];
  for (const point of persona.points) {
    if (point.segment !== undefined && point.segment !== segment?.id) continue;
    if (!allMatched(point.ifs, criteria)) continue;
    const text = renderTemplate(point.template, (name) => {
      if (name === 'segment') return segment?.name ?? null;
      if (name === 'icp') return icp.name;
      return matchedItems(name, point.ifs, icp, ctx) ?? cachedValue(name, ctx);
    });
    if (text !== null) out.push(text);
  }
  return out;
}

function allMatched(ids: string[], criteria: CriterionResult[]): boolean {
  for (const id of ids) {
    let ok = false;
    for (const c of criteria) if (c.id === id) ok = c.state === 'matched';
    if (!ok) return false;
  }
  return true;
}

function cachedValue(name: string, ctx: Context): string | null {
  let v = ctx.placeholders.get(name);
  if (v === undefined) ctx.placeholders.set(name, (v = placeholderValue(name, ctx.facts, ctx.todayYear)));
  return v;
}

function matchedItems(name: string, ifs: string[], icp: Icp, ctx: Context): string | null {
  if (!ifs.length || !Object.hasOwn(FACT_KINDS, name) || FACT_KINDS[name as PlaybookFact] !== 'list') return null;
  for (const id of ifs) {
    const criterion = icp.criteria.find((c) => c.id === id && c.fact === name);
    const test = criterion && ctx.tests.get(criterion);
    const p = test && prepared(ctx, test);
    if (!test || !p || !Array.isArray(p.value)) continue;
    const items = p.value.filter((item) => (test.pattern ? test.pattern.test(item) : test.set.has(normaliseCategory(test.fact, item))));
    if (items.length) return format(items);
  }
  return null;
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
