import type { Evidence, FactSource, Range } from '../facts/model';
import { regionsOf } from '../facts/location';
import { parseLocation } from '../facts/location-parse';
import { normaliseCategory } from './normalise';
import { PLAYBOOK_FACTS, type PlaybookFact } from '../playbook/facts';
import type { ScoringFact, ScoringFacts } from './facts';

export type { ScoringFact, ScoringFacts };

/** A value as the rep sees it: a number, a band, text or a list; null = known to be none. */
export type TestValue = number | Range | string | string[] | null;

/**
 * A resolved fact, and the forms tests compare (filled in by forms.ts's prepare, in place): one
 * object per account and fact, all fields made by one literal (resolved() below).
 */
export interface Resolved {
  readonly value: TestValue;
  readonly source: FactSource | undefined;
  readonly evidence: Evidence[];
  /** when the value was read (epoch ms); undefined when the caller gave no date (never stale) */
  readonly observedAt: number | undefined;
  /** category: normalised key (+ industry groups); list: folded items (forms.ts's keysOf); hqRegion: regions */
  keys: string[] | null;
  /** a list whose keys are not worked out yet: its fact (most list tests read the items, not their keys) */
  keysOf: PlaybookFact | null;
  num: number | null;
  band: [number, number] | null;
  rank: number | null;
  /** dates: epoch ms at UTC midnight */
  ms: number | null;
}

// One object literal, not a class: V8 keeps a literal's shape alive in its boilerplate, while the
// shape a class instance reaches after its constructor's stores dies with the last instance at a
// full GC, and every function optimised for it is thrown away (measured: the bench's gc() calls
// cost ~30% with a class here).
export function resolved(value: TestValue, source: FactSource | undefined, evidence: Evidence[], observedAt: number | undefined): Resolved {
  return { value, source, evidence, observedAt, keys: null, keysOf: null, num: null, band: null, rank: null, ms: null };
}

/** Results share evidence lists (read-only), so a fact without evidence shares this frozen one. */
const NO_EVIDENCE: Evidence[] = Object.freeze([]) as unknown as Evidence[];

const isRange = (v: unknown): v is Range =>
  !!v && typeof v === 'object' && !Array.isArray(v) && isCount((v as Range).min) && ((v as Range).max === null || isCount((v as Range).max)) && ((v as Range).max ?? Infinity) >= (v as Range).min;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
function isList(v: unknown): v is string[] {
  if (!Array.isArray(v)) return false;
  // holes are skipped, as Array.prototype.every skips them
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string' && i in v) return false;
  return true;
}
const from = (f: ScoringFact, value: TestValue): Resolved => resolved(value, f.source, f.evidence ?? NO_EVIDENCE, f.observedAt);

/**
 * The value a test reads, or null when it is unknown. Derived facts: employees (an exact count
 * beats a band), revenue (likewise), hqCountry (from the city/state when no country), hqRegion
 * (from the country), companyAge (foundedYear and today), keywords (description + tagline +
 * specialties). A value of the wrong type is unknown, never an error.
 */
export function resolveFact(facts: ScoringFacts, name: PlaybookFact, todayYear: number): Resolved | null {
  return RESOLVERS[name](facts, todayYear);
}

export type Resolver = (facts: ScoringFacts, todayYear: number) => Resolved | null;

// One small reader per fact, each naming its property: no switch on the fact name and no keyed
// lookup by a name held in a variable, per fact and account.
const RESOLVERS: Record<PlaybookFact, Resolver> = {
  industry: (f) => plainText(f.industry),
  employees: (f) => numberOrBand(f.employees) ?? numberOrBand(f.employeeRange),
  revenue: (f) => numberOrBand(f.revenue) ?? numberOrBand(f.revenueRange),
  hqCountry: (f) => country(f),
  hqRegion: (f) => region(f),
  hqState: (f) => plainText(f.hqState),
  hqCity: (f) => plainText(f.hqCity),
  foundedYear: (f) => plainNumber(f.foundedYear),
  companyAge: (f, todayYear) => companyAge(f, todayYear),
  companyType: (f) => plainText(f.companyType),
  fundingStage: (f) => plainText(f.fundingStage),
  lastFundingDate: (f) => plainText(f.lastFundingDate),
  lastFundingAmount: (f) => plainNumber(f.lastFundingAmount),
  totalFunding: (f) => plainNumber(f.totalFunding),
  technologies: (f) => plainList(f.technologies),
  openRoles: (f) => plainList(f.openRoles),
  jobCount: (f) => plainNumber(f.jobCount),
  headcountGrowth: (f) => plainNumber(f.headcountGrowth),
  followersGrowth: (f) => plainNumber(f.followersGrowth),
  jobCountChange: (f) => plainNumber(f.jobCountChange),
  followers: (f) => plainNumber(f.followers),
  keywords: (f) => keywords(f),
};

function companyAge(facts: ScoringFacts, todayYear: number): Resolved | null {
  const f = facts.foundedYear;
  if (f && typeof f.value === 'number' && Number.isInteger(f.value) && f.value <= todayYear) return from(f, todayYear - f.value);
  return facts.companyAge && isCount(facts.companyAge.value) ? from(facts.companyAge, facts.companyAge.value) : null;
}

function numberOrBand(f: ScoringFact | undefined): Resolved | null {
  if (!f) return null;
  if (isCount(f.value)) return from(f, f.value);
  return isRange(f.value) ? from(f, { min: f.value.min, max: f.value.max }) : null;
}

const regionMemo = new Map<string, { regions: string[]; keys: string[] }>();
/**
 * A country's regions as hqRegion's value, with the keys tests compare them by: regionsOf and the
 * folding memoised per country (a fixed table; the keys are set here, so forms.ts has no list to fold).
 */
function regionsFor(f: ScoringFact, code: string): Resolved {
  let r = regionMemo.get(code);
  if (!r) {
    // frozen: the same list is handed to every result that shows this country's regions
    const regions = Object.freeze(regionsOf(code)) as string[];
    regionMemo.set(code, (r = { regions, keys: regions.map((x) => normaliseCategory('hqRegion', x)) }));
  }
  const resolved = from(f, r.regions);
  resolved.keys = r.keys;
  return resolved;
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
  if (f && !key.startsWith('?')) return regionsFor(f, key);
  const c = country(facts);
  // the city/state fallback: country() picked which fact the country came from
  if (c) return regionsFor({ value: c.value, source: c.source, evidence: c.evidence, observedAt: c.observedAt }, c.value as string);
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
  return resolved(text, parts[0]!.source, parts.flatMap((f) => f.evidence ?? []), dates.length ? Math.max(...dates) : undefined);
}

/** A stored fact as is, when its value has the kind the fact holds (null: known to be none). */
function plainText(f: ScoringFact | undefined): Resolved | null {
  if (!f) return null;
  const v = f.value;
  return v === null || isText(v) ? from(f, v) : null;
}

function plainNumber(f: ScoringFact | undefined): Resolved | null {
  if (!f) return null;
  const v = f.value;
  return v === null || (typeof v === 'number' && Number.isFinite(v)) ? from(f, v) : null;
}

function plainList(f: ScoringFact | undefined): Resolved | null {
  if (!f) return null;
  const v = f.value;
  return v === null || isList(v) ? from(f, v) : null;
}

/** The readers in PLAYBOOK_FACTS order: the per-account cache reads by slot, not by name. */
export const RESOLVER_AT: readonly Resolver[] = PLAYBOOK_FACTS.map((f) => RESOLVERS[f]);
