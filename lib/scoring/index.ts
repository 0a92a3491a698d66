/**
 * The scoring engine: pure and deterministic (no I/O, no clock: today is an input).
 *
 *   const compiled = compilePlaybook(playbook);   // once per playbook version (a parsed, valid playbook)
 *   const result = scoreAccount({ facts, answers, person, personaId }, compiled, { today: '2026-11-23' });
 *   result.results[0]                              // the best-fitting ICP; result.persona the persona used
 *
 * `facts` maps fact names (lib/facts/model.ts) to `{value, source?, evidence?}`; `employees` and
 * `revenue` may be a number or a `{min, max}` band. `answers` are the rep's yes/no per criterion id.
 * `toScoringFacts` turns a plain object or CSV row ({employees: "51-200"}) into `facts`.
 * Every rule is explained for managers in docs/scoring.md.
 */
import { PLAYBOOK_FACTS } from '../playbook/facts';
import type { Playbook } from '../playbook/schema';
import { compilePlaybook, type CompiledPlaybook } from './compile';
import { answerMap, type Answers, type Context } from './context';
import type { ScoringFacts } from './facts';
import { dayMs } from './forms';
import { matchPersona, type CompiledPersona } from './persona';
import type { AccountResult, IcpResult } from './result';
import { scoreIcp } from './score-icp';

export { compilePlaybook, type CompiledPlaybook } from './compile';
export { ScoringFact, ScoringFacts as ScoringFactsSchema, ScoringFactsInput } from './facts';
export type { ScoringFacts } from './facts';
export type { Answers } from './context';
export { toScoringFacts, type FactsIssue } from './plain-facts';
export * from './result';
export { normaliseTitle } from './persona';
export { format } from './template';

export interface ScoreInput {
  facts: ScoringFacts;
  /** the rep's answers, by criterion id (qualitative criteria, or any criterion the rep confirmed) */
  answers?: Answers;
  /** the person in front of the rep (e.g. a LinkedIn profile): picks the persona from the title */
  person?: { title?: string };
  /** a persona chosen by the rep (its id, or a title to match) wins over the person's title */
  personaId?: string;
}

const compiledCache = new WeakMap<Playbook, CompiledPlaybook>();
let lastToday = { text: '', ms: 0, year: 0 };

/** "2026-11-23" → UTC midnight and year; parsed once per distinct day (a batch shares one today). */
function parseToday(text: string): { ms: number; year: number } {
  if (text === lastToday.text) return lastToday;
  const ms = dayMs(typeof text === 'string' ? text : '');
  if (ms === null) throw new RangeError(`today must be a date YYYY-MM-DD, got "${text}"`);
  lastToday = { text, ms, year: new Date(ms).getUTCFullYear() };
  return lastToday;
}

/** Score one account against every ICP of the playbook; results best first. */
export function scoreAccount(input: ScoreInput, playbook: CompiledPlaybook | Playbook, opts: { today: string }): AccountResult {
  const compiled = 'tests' in playbook ? playbook : compiledFor(playbook);
  const today = parseToday(opts.today);
  const chosen = pickPersona(input, compiled);
  const ctx: Context = {
    facts: input.facts,
    answers: answerMap(input.answers),
    todayMs: today.ms,
    todayYear: today.year,
    tests: compiled.tests,
    prepared: new Array(PLAYBOOK_FACTS.length),
    placeholders: null,
  };
  const persona = chosen?.compiled ?? null;
  const results: IcpResult[] = new Array(compiled.icps.length);
  for (let i = 0; i < results.length; i++) results[i] = scoreIcp(compiled.icps[i]!, persona, ctx);
  sortBestFirst(results);
  return { results, persona: chosen ? { id: chosen.compiled.persona.id, name: chosen.compiled.persona.name, matchedBy: chosen.matchedBy } : null };
}

function compiledFor(playbook: Playbook): CompiledPlaybook {
  let c = compiledCache.get(playbook);
  if (!c) compiledCache.set(playbook, (c = compilePlaybook(playbook)));
  return c;
}

type Choice = { compiled: CompiledPersona; matchedBy?: string } | null;

function pickPersona(input: ScoreInput, playbook: CompiledPlaybook): Choice {
  const personas = playbook.personas;
  if (input.personaId) return pickById(input.personaId, input.person?.title, personas);
  const title = input.person?.title;
  if (!title) return null;
  // the same titles come back account after account: the choice is remembered per playbook (bounded)
  const memo = playbook.personaByTitle;
  let choice = memo.get(title);
  if (choice === undefined) {
    if (memo.size >= 5000) memo.clear();
    memo.set(title, (choice = byMatch(matchPersona(title, personas), personas)));
  }
  return choice;
}

function pickById(personaId: string, title: string | undefined, personas: CompiledPersona[]): Choice {
  const byId = personas.find((p) => p.persona.id === personaId);
  if (byId) return { compiled: byId };
  return byMatch(matchPersona(personaId, personas) ?? matchPersona(title, personas), personas);
}

function byMatch(match: ReturnType<typeof matchPersona>, personas: CompiledPersona[]): Choice {
  const compiled = match && personas.find((p) => p.persona === match.persona);
  return compiled ? { compiled, matchedBy: match.matchedBy } : null;
}

/** Tiers compare across ICPs by position (top 0 … lowest 1), then no score, then DQ. */
function tierKey(r: IcpResult): number {
  if (r.tier === 'DQ') return 3;
  if (r.tier === null) return 2;
  return r.tierCount > 1 ? r.tierRank / (r.tierCount - 1) : 0;
}

/** Best first: tier, then score, then coverage; ties keep playbook order (the sort is stable). */
function byBestFirst(a: IcpResult, b: IcpResult): number {
  return tierKey(a) - tierKey(b) || (b.score ?? -1) - (a.score ?? -1) || b.coverage - a.coverage;
}

/**
 * Stable insertion sort by byBestFirst, in place. A playbook has a handful of ICPs, and for so few
 * Array.prototype.sort's set-up and comparator calls cost more than the ordering itself (~1 µs
 * per account); a stable sort's order is the same whichever algorithm makes it.
 */
function sortBestFirst(results: IcpResult[]): void {
  for (let i = 1; i < results.length; i++) {
    const x = results[i]!;
    let j = i - 1;
    for (; j >= 0 && byBestFirst(results[j]!, x) > 0; j--) results[j + 1] = results[j]!;
    results[j + 1] = x;
  }
}
