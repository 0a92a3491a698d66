/**
 * The scoring engine: pure and deterministic (no I/O, no clock: today is an input).
 *
 *   const compiled = compilePlaybook(playbook);            // once per playbook version
 *   const result = scoreAccount({ facts, answers, person, personaId }, compiled, { today: '2026-11-23' });
 *   result.results[0]                                        // the best-fitting ICP
 *
 * `facts` maps fact names (lib/facts/model.ts) to `{value, source?, evidence?}`; `employees` and
 * `revenue` may be a number or a `{min, max}` band. The rules are in docs/scoring.md.
 */
import type { CompiledPlaybook } from './compile';
import type { ScoringFacts } from './derive';
import { compilePersonas, matchPersona, normaliseTitle, type CompiledPersona } from './persona';
import type { AccountResult, IcpResult } from './result';
import { scoreIcp, type Context } from './score-icp';

export { compilePlaybook, type CompiledPlaybook } from './compile';
export type { ScoringFacts, ScoringFact } from './derive';
export type { AccountResult, IcpResult, CriterionResult, DisqualifierHit, PersonaMatch } from './result';
export { normaliseTitle };

export interface ScoreInput {
  facts: ScoringFacts;
  /** rep answers to qualitative criteria, by criterion id */
  answers?: Record<string, boolean>;
  /** the person in front of the rep (a profile page): picks the persona from the title */
  person?: { title?: string };
  /** an explicit persona id (or title) chosen by the rep wins over the title */
  personaId?: string;
}

const personaCache = new WeakMap<CompiledPlaybook, CompiledPersona[]>();

export function scoreAccount(input: ScoreInput, playbook: CompiledPlaybook, opts: { today: string }): AccountResult {
  const todayMs = Date.parse(`${opts.today}T00:00:00Z`);
  if (!Number.isFinite(todayMs)) throw new Error(`today must be YYYY-MM-DD, got ${opts.today}`);
  let personas = personaCache.get(playbook);
  if (!personas) personaCache.set(playbook, (personas = compilePersonas(playbook.personas)));
  const chosen = pickPersona(input, personas);
  const ctx: Context = { facts: input.facts, answers: input.answers ?? {}, todayMs, todayYear: new Date(todayMs).getUTCFullYear(), tests: playbook.tests, resolved: new Map() };
  const results = playbook.icps.map((icp) => scoreIcp(icp, chosen?.persona ?? null, ctx)).sort(byBestFirst);
  return { results, persona: chosen ? { id: chosen.persona.id, name: chosen.persona.name, matchedBy: chosen.matchedBy } : null };
}

function pickPersona(input: ScoreInput, personas: CompiledPersona[]) {
  if (input.personaId) {
    const byId = personas.find((p) => p.persona.id === input.personaId);
    if (byId) return { persona: byId.persona, matchedBy: undefined };
    return matchPersona(input.personaId, personas);
  }
  return matchPersona(input.person?.title, personas);
}

/** Best first: tier (best tier, then lower tiers, then no score, then DQ), then score, then coverage; id breaks ties. */
function byBestFirst(a: IcpResult, b: IcpResult): number {
  const ra = a.tierCount ? a.tierRank / a.tierCount : a.tierRank;
  const rb = b.tierCount ? b.tierRank / b.tierCount : b.tierRank;
  return ra - rb || (b.score ?? -1) - (a.score ?? -1) || b.coverage - a.coverage || a.icpId.localeCompare(b.icpId);
}
