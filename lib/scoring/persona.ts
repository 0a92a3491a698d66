import type { Persona } from '../playbook/schema';
import { compileTemplate, type CompiledTemplate } from './template';

// Job titles are free text. The title and each persona pattern are normalised the same way (case,
// accents, punctuation, common abbreviations, filler words) and a pattern matches as a whole-word
// phrase. "Head of Sales", "head-of-sales" and "Sales Head" are one title; so are "VP Sales",
// "Vice President, Sales" and "Sales VP". Ambiguous abbreviations (CPO: product or people?) are
// left as written, so they only match a pattern that uses them.
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bsvp\b/g, 'senior vice president'],
  [/\bevp\b/g, 'executive vice president'],
  [/\bavp\b/g, 'assistant vice president'],
  [/\bvp\b/g, 'vice president'],
  [/\bsr\b/g, 'senior'],
  [/\bjr\b/g, 'junior'],
  [/\bdir\b/g, 'director'],
  [/\bmgr\b/g, 'manager'],
  [/\bmktg\b/g, 'marketing'],
  [/\bcro\b/g, 'chief revenue officer'],
  [/\bcmo\b/g, 'chief marketing officer'],
  [/\bceo\b/g, 'chief executive officer'],
  [/\bcto\b/g, 'chief technology officer'],
  [/\bcfo\b/g, 'chief financial officer'],
  [/\bcoo\b/g, 'chief operating officer'],
  [/\bcio\b/g, 'chief information officer'],
  [/\bciso\b/g, 'chief information security officer'],
  [/\bchro\b/g, 'chief human resources officer'],
  [/\bhr\b/g, 'human resources'],
  [/\brevops\b/g, 'revenue operations'],
  [/\bsalesops\b/g, 'sales operations'],
  [/\bops\b/g, 'operations'],
  [/\bmd\b/g, 'managing director'],
  [/\bcofounder\b/g, 'co founder'],
];
const FILLER = /\b(?:of|the|for|at)\b/g;
/** Role words that may come before or after the function: "Head of Sales" = "Sales Head". */
const ROLES = ['senior vice president', 'executive vice president', 'vice president', 'head', 'director', 'manager', 'lead', 'leader'];

export function normaliseTitle(title: string): string {
  let t = ` ${title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ')} `;
  t = t.replace(FILLER, ' ').replace(/\s+/g, ' ');
  for (const [re, full] of ABBREVIATIONS) t = t.replace(re, full);
  return t.replace(/\s+/g, ' ').trim();
}

/** "head sales" ↔ "sales head": both orders of a role word and the function it leads. */
function variants(norm: string): string[] {
  for (const role of ROLES) {
    if (norm.startsWith(`${role} `)) return [norm, `${norm.slice(role.length + 1)} ${role}`];
    if (norm.endsWith(` ${role}`)) return [norm, `${role} ${norm.slice(0, -role.length - 1)}`];
  }
  return [norm];
}

export interface CompiledPersona {
  persona: Persona;
  /** position in the playbook's personas: compile-time plans are kept by it */
  index: number;
  patterns: { raw: string; norm: string; words: number }[];
  points: { template: CompiledTemplate; ifs: string[]; segment?: string }[];
}

export function compilePersonas(personas: Persona[]): CompiledPersona[] {
  return personas.map((persona, index) => ({
    persona,
    index,
    patterns: persona.titles.flatMap((raw) => {
      const norm = normaliseTitle(raw);
      return norm ? variants(norm).map((v) => ({ raw, norm: ` ${v} `, words: v.split(' ').length })) : [];
    }),
    points: persona.talkingPoints.map((tp) => ({
      template: compileTemplate(tp.text),
      ifs: tp.if === undefined ? [] : Array.isArray(tp.if) ? tp.if : [tp.if],
      segment: tp.segment,
    })),
  }));
}

/**
 * The persona whose pattern matches most specifically (most words: "VP Sales" beats "President"
 * in "Vice President of Sales"); ties go to playbook order. No match → null, never a guess.
 */
type Match = { persona: Persona; matchedBy: string } | null;
const matchMemo = new WeakMap<CompiledPersona[], Map<string, Match>>();

export function matchPersona(title: string | undefined, personas: CompiledPersona[]): Match {
  if (!title || title.length > 300) return null;
  let memo = matchMemo.get(personas);
  if (!memo) matchMemo.set(personas, (memo = new Map()));
  let m = memo.get(title);
  if (m === undefined) {
    if (memo.size >= 5000) memo.clear();
    memo.set(title, (m = matchUncached(title, personas)));
  }
  return m;
}

function matchUncached(title: string, personas: CompiledPersona[]): Match {
  const t = ` ${normaliseTitle(title)} `;
  let best: { persona: Persona; matchedBy: string; words: number } | null = null;
  for (const p of personas) {
    for (const pat of p.patterns) {
      if ((!best || pat.words > best.words) && t.includes(pat.norm)) best = { persona: p.persona, matchedBy: pat.raw, words: pat.words };
    }
  }
  return best && { persona: best.persona, matchedBy: best.matchedBy };
}
