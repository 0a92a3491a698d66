import type { Evidence, FactSource, Range } from '../facts/model';
import { regionsOf, countryCode } from '../facts/location';
import type { PlaybookFact } from '../playbook/facts';

/** One known fact as the scorer sees it. */
export interface ScoringFact {
  value: unknown;
  source?: FactSource;
  evidence?: Evidence[];
}
/** Facts by name: the account's current facts (lib/facts/model names), or a CLI facts object. */
export type ScoringFacts = Partial<Record<string, ScoringFact>>;

/** A value ready for testing: numbers, ranges, strings or string lists. */
export type TestValue = number | Range | string | string[];
export interface Resolved {
  value: TestValue;
  source?: FactSource;
  evidence: Evidence[];
}

const isRange = (v: unknown): v is Range =>
  !!v && typeof v === 'object' && typeof (v as Range).min === 'number' && ((v as Range).max === null || typeof (v as Range).max === 'number');

/**
 * The value a criterion tests, derived where the playbook names a computed fact:
 * employees (exact count, else the band), revenue (exact, else band), hqRegion (from hqCountry),
 * companyAge (from foundedYear and today), keywords (description + tagline + specialties).
 */
export function resolveFact(facts: ScoringFacts, name: PlaybookFact, todayYear: number): Resolved | null {
  switch (name) {
    case 'employees':
      return numberOrRange(facts.employees) ?? numberOrRange(facts.employeeRange);
    case 'revenue':
      return numberOrRange(facts.revenue) ?? numberOrRange(facts.revenueRange);
    case 'hqRegion': {
      const c = facts.hqCountry;
      const code = typeof c?.value === 'string' ? countryCode(c.value) : null;
      return code && c ? { value: regionsOf(code), source: c.source, evidence: c.evidence ?? [] } : null;
    }
    case 'companyAge': {
      const f = facts.foundedYear;
      return f && typeof f.value === 'number' && f.value <= todayYear ? { value: todayYear - f.value, source: f.source, evidence: f.evidence ?? [] } : null;
    }
    case 'keywords': {
      const parts = ['description', 'tagline', 'specialties'].map((k) => facts[k]).filter((f): f is ScoringFact => !!f);
      const text = parts.map((f) => (Array.isArray(f.value) ? f.value.join(', ') : String(f.value))).join(' · ');
      return parts.length ? { value: text, source: parts[0]!.source, evidence: parts.flatMap((f) => f.evidence ?? []) } : null;
    }
    default:
      return plain(facts[name]);
  }
}

function numberOrRange(f: ScoringFact | undefined): Resolved | null {
  if (!f) return null;
  if (typeof f.value === 'number' && Number.isFinite(f.value)) return { value: f.value, source: f.source, evidence: f.evidence ?? [] };
  if (isRange(f.value)) return { value: { min: f.value.min, max: f.value.max }, source: f.source, evidence: f.evidence ?? [] };
  return null;
}

function plain(f: ScoringFact | undefined): Resolved | null {
  if (!f) return null;
  const v = f.value;
  const ok = (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')) || isRange(v);
  return ok && v !== '' ? { value: v as TestValue, source: f.source, evidence: f.evidence ?? [] } : null;
}
