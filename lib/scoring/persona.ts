import type { Persona } from '../playbook/schema';

// Job titles are free text. Both the title and each persona pattern are normalised the same way
// (case, punctuation, common abbreviations) and a pattern matches as a whole-word phrase.
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bsvp\b/g, 'senior vice president'],
  [/\bevp\b/g, 'executive vice president'],
  [/\bavp\b/g, 'assistant vice president'],
  [/\bvp\b/g, 'vice president'],
  [/\bsr\b/g, 'senior'],
  [/\bjr\b/g, 'junior'],
  [/\bdir\b/g, 'director'],
  [/\bmgr\b/g, 'manager'],
  [/\bcro\b/g, 'chief revenue officer'],
  [/\bcmo\b/g, 'chief marketing officer'],
  [/\bceo\b/g, 'chief executive officer'],
  [/\bcto\b/g, 'chief technology officer'],
  [/\bcfo\b/g, 'chief financial officer'],
  [/\bcoo\b/g, 'chief operating officer'],
  [/\bcio\b/g, 'chief information officer'],
  [/\bciso\b/g, 'chief information security officer'],
  [/\bcpo\b/g, 'chief product officer'],
  [/\bchro\b/g, 'chief human resources officer'],
  [/\bhr\b/g, 'human resources'],
  [/\brevops\b/g, 'revenue operations'],
  [/\bsalesops\b/g, 'sales operations'],
  [/\bops\b/g, 'operations'],
  [/\bmd\b/g, 'managing director'],
  [/\bcofounder\b/g, 'co founder'],
];

export function normaliseTitle(title: string): string {
  let t = ` ${title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ')} `;
  t = t.replace(/\bof\b|\bthe\b|\bfor\b/g, ' ');
  for (const [re, full] of ABBREVIATIONS) t = t.replace(re, full);
  return t.replace(/\s+/g, ' ').trim();
}

export interface CompiledPersona {
  persona: Persona;
  patterns: { raw: string; norm: string }[];
}

export function compilePersonas(personas: Persona[]): CompiledPersona[] {
  return personas.map((persona) => ({ persona, patterns: persona.titles.map((raw) => ({ raw, norm: normaliseTitle(raw) })).filter((p) => p.norm) }));
}

/** The first persona (in playbook order) with a pattern found in the title; no match → null, never a guess. */
export function matchPersona(title: string | undefined, personas: CompiledPersona[]): { persona: Persona; matchedBy: string } | null {
  if (!title || title.length > 300) return null;
  const t = ` ${normaliseTitle(title)} `;
  for (const p of personas) {
    const hit = p.patterns.find((pat) => t.includes(` ${pat.norm} `));
    if (hit) return { persona: p.persona, matchedBy: hit.raw };
  }
  return null;
}
