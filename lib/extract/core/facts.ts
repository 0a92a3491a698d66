import type { FactName, FactValues, ObservedFact, ObservedFacts, PageType, Person } from '../../facts/model';
import { MAX_EVIDENCE_TEXT, MAX_ITEM, MAX_LIST, MAX_TEXT, MAX_URL } from '../../facts/limits';
import { cleanText } from '../../facts/text';
import { MAX_LOG, type FieldFact, type LogEntry, type LogValue, type ParseKind, type Parsers } from './deferred';

/** One extraction pass over one page: where we read and what we found so far. */
export interface Reader {
  readonly doc: Document;
  readonly url: string;
  readonly source: PageType;
  readonly facts: ObservedFacts;
  person?: Person;
  /** present: parse page text at once. Absent (content script): record a log to replay (deferred.ts). */
  readonly parsers?: Parsers;
  readonly log?: LogEntry[];
  /** facts waiting in the log for parsing (they count as found for completeness) */
  readonly pending?: Set<FactName>;
  /** the page's UI language ("de", "pt"…) from <html lang>: parsers read numbers and labels by it */
  lang?: string;
}

export function newReader(doc: Document, url: string, source: PageType, parsers?: Parsers): Reader {
  const base = { doc, url: url.length > MAX_URL ? url.slice(0, MAX_URL) : url, source, facts: {} };
  return parsers ? { ...base, parsers } : { ...base, log: [], pending: new Set() };
}

function record(r: Reader, entry: LogEntry): void {
  if (r.log && r.log.length < MAX_LOG) r.log.push(entry);
}

type Kind = 'text' | 'url' | 'domain' | 'list' | 'count' | 'range' | 'country' | 'year' | 'date' | 'number';

// The value type of every fact, checked here without zod so the content script stays small
// (the background validates again with the real schema).
const KIND: Record<FactName, Kind> = {
  name: 'text', tagline: 'text', description: 'text', domain: 'domain', website: 'url', linkedinUrl: 'url',
  salesNavUrl: 'url', crunchbaseUrl: 'url', industry: 'text', specialties: 'list', followers: 'count',
  employees: 'count', employeeRange: 'range', revenue: 'count', revenueRange: 'range', hqCity: 'text',
  hqState: 'text', hqCountry: 'country', foundedYear: 'year', companyType: 'text', fundingStage: 'text',
  lastFundingDate: 'date', lastFundingAmount: 'count', totalFunding: 'count', fundingRounds: 'count',
  jobCount: 'count', openRoles: 'list', technologies: 'list', headcountGrowth: 'number',
  followersGrowth: 'number', jobCountChange: 'number',
};

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function cleanList(v: unknown): string[] | null {
  if (!Array.isArray(v)) return null;
  const out: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < v.length && out.length < MAX_LIST; i++) {
    const s = cleanText(v[i], MAX_ITEM);
    if (s && !seen.has(s.toLowerCase())) {
      seen.add(s.toLowerCase());
      out.push(s);
    }
  }
  return out.length ? out : null;
}

function cleanRange(v: unknown): { min: number; max: number | null } | null {
  if (!v || typeof v !== 'object') return null;
  const { min, max } = v as { min?: unknown; max?: unknown };
  if (!isNum(min) || min < 0) return null;
  if (max === null) return { min, max: null };
  return isNum(max) && max >= min ? { min, max } : null;
}

/** The value, capped and type-checked for its fact; null when it is not a valid value. */
export function sanitise(name: FactName, v: unknown): unknown {
  switch (KIND[name]) {
    case 'text': return cleanText(v, MAX_TEXT) || null;
    case 'url': return typeof v === 'string' && v.length <= MAX_URL && /^https?:\/\/[^\s]+$/i.test(v) ? v : null;
    case 'domain': return typeof v === 'string' && v.length <= 253 && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v) ? v : null;
    case 'list': return cleanList(v);
    case 'count': return isNum(v) && v >= 0 ? v : null;
    case 'number': return isNum(v) ? v : null;
    case 'range': return cleanRange(v);
    case 'country': return typeof v === 'string' && /^[A-Z]{2}$/.test(v) ? v : null;
    case 'year': return isNum(v) && Number.isInteger(v) && v >= 1600 && v <= 2200 ? v : null;
    case 'date': return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
    default: return null;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Record a fact. Callers read the most trusted signal first (visible labels, then JSON-LD, then
 * embedded data, then meta tags): the first valid value wins; a later value that disagrees is kept
 * in the winner's evidence ("… | page data: …") so disagreements stay visible.
 */
export function put<K extends FactName>(r: Reader, name: K, value: FactValues[K] | null | undefined, text: string, via = ''): boolean {
  return putValue(r, name, value, text, via);
}

/** `put` for a value of unknown type (a parser's result, a replayed log entry): `sanitise` checks it against the fact's kind. */
export function putValue(r: Reader, name: FactName, value: unknown, text: string, via = ''): boolean {
  if (value === null || value === undefined) return false;
  const clean = sanitise(name, value);
  if (clean === null) return false;
  // the log carries the value as kept and the evidence as shown, so it stays within the log entry's
  // caps (lib/messaging/log-entry.ts); replaying them gives the same fact (both are idempotent)
  record(r, { name, value: clean as LogValue, evidence: cleanText(text, MAX_EVIDENCE_TEXT), via });
  const facts = r.facts as Record<string, ObservedFact>;
  const existing = facts[name];
  const said = cleanText(text, MAX_EVIDENCE_TEXT) || cleanText(JSON.stringify(clean), MAX_EVIDENCE_TEXT);
  if (existing) {
    if (!same(existing.value, clean) && !existing.evidence.text.includes(' | ')) {
      const alt = via && !said.startsWith(via) ? `${via}: ${said}` : said;
      existing.evidence.text = cleanText(`${existing.evidence.text} | ${alt}`, MAX_EVIDENCE_TEXT);
    }
    return false;
  }
  facts[name] = { value: clean as FactValues[typeof name], evidence: { source: r.source, url: r.url, text: said } };
  return true;
}

/**
 * Record a fact read as page text that needs parsing (a count, a band, money, a place…): parsed
 * now when the reader has parsers, else logged for the background to parse (deferred.ts).
 * A 'place' sets hqCity, hqState and hqCountry; `name` is where its log entry is filed.
 */
export function putParsed(r: Reader, name: FactName, kind: ParseKind, text: string, evidence: string, via = ''): void {
  if (typeof text !== 'string' || !text) return;
  if (!r.parsers) {
    record(r, { name, kind, value: text.slice(0, MAX_TEXT), evidence: cleanText(evidence, MAX_EVIDENCE_TEXT), via });
    if (kind === 'place') ['hqCity', 'hqState', 'hqCountry'].forEach((f) => r.pending?.add(f as FactName));
    else r.pending?.add(name);
    return;
  }
  const parsed = r.parsers[kind](text, r.lang);
  if (kind === 'field') return void putFields(r, parsed, via);
  if (kind !== 'place') return void putValue(r, name, parsed, evidence, via);
  const loc = (parsed ?? {}) as { city?: string; state?: string; country?: string };
  put(r, 'hqCity', loc.city, evidence, via);
  put(r, 'hqState', loc.state, evidence, via);
  put(r, 'hqCountry', loc.country ? loc.country.toUpperCase() : null, evidence, via);
}

/** The facts one 'field' parse gave (deferred.ts), each put with its own evidence. */
function putFields(r: Reader, parsed: unknown, via: string): void {
  if (!Array.isArray(parsed)) return;
  for (const f of parsed.slice(0, 12) as FieldFact[]) if (f && typeof f === 'object') putValue(r, f.name, f.value, f.evidence, via);
}

export const has = (r: Reader, name: FactName): boolean => r.facts[name] !== undefined;

/** Run one fact reader; a failure (hostile markup, a selector the engine rejects) only loses that fact. */
export function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // Deliberately silent: the fact is reported as missing instead.
  }
}
