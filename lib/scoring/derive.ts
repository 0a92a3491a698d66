import type { Evidence, FactSource, Range } from '../facts/model';
import { parseLocation, regionsOf } from '../facts/location';
import { normaliseCategory } from './normalise';
import { FACT_KINDS, type FactKind, type PlaybookFact } from '../playbook/facts';
import type { ScoringFact, ScoringFacts } from './facts';

export type { ScoringFact, ScoringFacts };

/** A value as the rep sees it: a number, a band, text or a list; null = known to be none. */
export type TestValue = number | Range | string | string[] | null;

/**
 * A resolved fact, and the forms tests compare (filled in by evaluate.ts's prepare, in place): one
 * object per account and fact, every field set in the constructor so V8 keeps one shape.
 */
export class Resolved {
  /** category: normalised key (+ industry groups); list: folded items; hqRegion: regions */
  keys: string[] | null = null;
  num: number | null = null;
  band: [number, number] | null = null;
  rank: number | null = null;
  /** dates: epoch ms at UTC midnight */
  ms: number | null = null;
  constructor(
    readonly value: TestValue,
    readonly source: FactSource | undefined,
    readonly evidence: Evidence[],
    /** when the value was read (epoch ms); undefined when the caller gave no date (never stale) */
    readonly observedAt: number | undefined,
  ) {}
}

/** Results share evidence lists (read-only), so a fact without evidence shares this frozen one. */
const NO_EVIDENCE: Evidence[] = Object.freeze([]) as unknown as Evidence[];

const isRange = (v: unknown): v is Range =>
  !!v && typeof v === 'object' && !Array.isArray(v) && isCount((v as Range).min) && ((v as Range).max === null || isCount((v as Range).max)) && ((v as Range).max ?? Infinity) >= (v as Range).min;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const from = (f: ScoringFact, value: TestValue): Resolved => new Resolved(value, f.source, f.evidence ?? NO_EVIDENCE, f.observedAt);

/**
 * The value a test reads, or null when it is unknown. Derived facts: employees (an exact count
 * beats a band), revenue (likewise), hqCountry (from the city/state when no country), hqRegion
 * (from the country), companyAge (foundedYear and today), keywords (description + tagline +
 * specialties). A value of the wrong type is unknown, never an error.
 */
export function resolveFact(facts: ScoringFacts, name: PlaybookFact, todayYear: number): Resolved | null {
  switch (name) {
    case 'employees':
      return numberOrBand(facts.employees) ?? numberOrBand(facts.employeeRange);
    case 'revenue':
      return numberOrBand(facts.revenue) ?? numberOrBand(facts.revenueRange);
    case 'hqCountry':
      return country(facts);
    case 'hqRegion':
      return region(facts);
    case 'companyAge': {
      const f = facts.foundedYear;
      if (f && typeof f.value === 'number' && Number.isInteger(f.value) && f.value <= todayYear) return from(f, todayYear - f.value);
      return facts.companyAge && isCount(facts.companyAge.value) ? from(facts.companyAge, facts.companyAge.value) : null;
    }
    case 'keywords':
      return keywords(facts);
    default:
      return plain(facts[name], FACT_KINDS[name]);
  }
}

function numberOrBand(f: ScoringFact | undefined): Resolved | null {
  if (!f) return null;
  if (isCount(f.value)) return from(f, f.value);
  return isRange(f.value) ? from(f, { min: f.value.min, max: f.value.max }) : null;
}

const regionMemo = new Map<string, string[]>();
/** regionsOf, memoised per country (a fixed table; callers never mutate the list). */
function regionsFor(code: string): string[] {
  let r = regionMemo.get(code);
  // frozen: the same list is handed to every result that shows this country's regions
  if (!r) regionMemo.set(code, (r = Object.freeze(regionsOf(code)) as string[]));
  return r;
}

function country(facts: ScoringFacts): Resolved | null {
  const c = facts.hqCountry;
  const key = c && typeof c.value === 'string' ? normaliseCategory('hqCountry', c.value) : '?';
  const code = key.startsWith('?') ? null : key;
  if (c && code) return from(c, code);
  const place = [facts.hqCity, facts.hqState].filter((f): f is ScoringFact => !!f && isText(f.value));
  const parsed = place.length ? parseLocation(place.map((f) => f.value).join(', ')).country : undefined;
  return parsed ? from(place[0]!, parsed) : null;
}

function region(facts: ScoringFacts): Resolved | null {
  const f = facts.hqCountry;
  const key = f && typeof f.value === 'string' ? normaliseCategory('hqCountry', f.value) : '?';
  // the common case, a known country, without resolving hqCountry first (one object, not two)
  if (f && !key.startsWith('?')) return from(f, regionsFor(key));
  const c = country(facts);
  if (c) return new Resolved(regionsFor(c.value as string), c.source, c.evidence, c.observedAt);
  const r = facts.hqRegion;
  if (r && isText(r.value)) return from(r, [r.value]);
  return r && isList(r.value) ? from(r, r.value) : null;
}

function keywords(facts: ScoringFacts): Resolved | null {
  const parts = [facts.description, facts.tagline, facts.specialties, facts.keywords].filter((f): f is ScoringFact => !!f && (isText(f.value) || isList(f.value)));
  if (!parts.length) return null;
  const text = parts.map((f) => (Array.isArray(f.value) ? f.value.join(', ') : (f.value as string))).join(' · ');
  // as old as its newest part: any fresh text is enough to match keywords on
  const dates = parts.map((f) => f.observedAt).filter((t): t is number => t !== undefined);
  return new Resolved(text, parts[0]!.source, parts.flatMap((f) => f.evidence ?? []), dates.length ? Math.max(...dates) : undefined);
}

/** A stored fact as is, when its value has the kind the fact holds (a list for lists, and so on). */
function plain(f: ScoringFact | undefined, kind: FactKind): Resolved | null {
  if (!f) return null;
  const v = f.value;
  const ok = v === null || (kind === 'list' ? isList(v) : kind === 'number' ? typeof v === 'number' && Number.isFinite(v) : isText(v));
  return ok ? from(f, v as TestValue) : null;
}
