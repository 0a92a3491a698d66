import { FACT_KINDS, PLAYBOOK_FACTS } from '../playbook/facts';
import type { CriterionMeta } from './criterion-result';
import type { CompiledPersona } from './persona';

/**
 * What talking points and discovery questions need from one ICP, worked out at compile time (not
 * looked up per account): which criteria each point depends on, where each placeholder's value
 * comes from, which question texts repeat which.
 */

/** How one persona's point applies to one ICP. */
export interface PointPlan {
  point: CompiledPersona['points'][number];
  /** indexes of the point's `if` criteria; null when this ICP lacks one (the point never shows here) */
  ifs: number[] | null;
  /** per placeholder: the `if` criterion that tests that list (its matched items only), else -1 */
  lists: number[];
  /** per placeholder: its position in the account's placeholder cache (-1: segment / icp) */
  cacheIds: number[];
  /** per placeholder: the playbook fact it names (PLAYBOOK_FACTS index), else -1 */
  factSlots: number[];
}

export interface PersonaQuestion {
  text: string;
  /** the persona already asks this text */
  repeat: boolean;
  /** criteria whose question is this text */
  sameAs: number[];
}

export interface IcpPlans {
  /** criterion indexes, heaviest first: the order discovery questions are asked in */
  order: number[];
  /** per position in order: earlier criteria (in order) with the same question text */
  sameBefore: number[][];
  /** by persona index */
  points: PointPlan[][];
  personaQuestions: PersonaQuestion[][];
  /** discovery questions by unknown-criteria mask, per persona index + 1 (0: no persona); talking-points.ts */
  questionMemo: (Map<number, string[]> | undefined)[];
}

interface PlannedCriterion {
  c: CriterionMeta;
  question: string;
}

/** Placeholder names → positions in the per-account cache, shared by every ICP of a playbook. */
export type PlaceholderIds = Map<string, number>;

export function icpPlans(criteria: PlannedCriterion[], order: number[], personas: CompiledPersona[], ids: PlaceholderIds): IcpPlans {
  return {
    order,
    sameBefore: order.map((i, n) => order.slice(0, n).filter((j) => criteria[j]!.question === criteria[i]!.question)),
    points: personas.map((p) => p.points.map((point) => pointPlan(point, criteria, ids))),
    personaQuestions: personas.map(({ persona }) => {
      const own = persona.questions ?? [];
      return own.map((text, n) => ({ text, repeat: own.indexOf(text) < n, sameAs: criteria.flatMap((c, i) => (c.question === text ? [i] : [])) }));
    }),
    questionMemo: [],
  };
}

const FACT_SLOTS = new Map<string, number>(PLAYBOOK_FACTS.map((f, i) => [f, i]));

function pointPlan(point: PointPlan['point'], criteria: PlannedCriterion[], ids: PlaceholderIds): PointPlan {
  const idx = point.ifs.map((id) => criteria.findIndex((x) => x.c.id === id));
  const lists = new Map<string, number>();
  for (const k of idx) {
    const fact = criteria[k]?.c.fact;
    if (fact && FACT_KINDS[fact] === 'list' && point.template.names.includes(fact) && !lists.has(fact)) lists.set(fact, k);
  }
  const { names } = point.template;
  return {
    point,
    ifs: idx.includes(-1) ? null : idx,
    lists: names.map((name) => lists.get(name) ?? -1),
    cacheIds: names.map((name) => (name === 'segment' || name === 'icp' ? -1 : idOf(ids, name))),
    factSlots: names.map((name) => FACT_SLOTS.get(name) ?? -1),
  };
}

function idOf(ids: PlaceholderIds, name: string): number {
  let id = ids.get(name);
  if (id === undefined) ids.set(name, (id = ids.size));
  return id;
}
