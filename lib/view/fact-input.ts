import { countryCode, countryName } from '../facts/location';
import { MAX_ITEM, MAX_LIST, MAX_TEXT, MAX_URL } from '../facts/limits';
import type { FactName } from '../facts/model';

/** How the rep types a fact: the input the panel offers and how its text becomes a value. */
export type FactInputKind = 'number' | 'year' | 'percent' | 'band' | 'list' | 'country' | 'date' | 'text';

export interface FactInputSpec {
  label: string;
  kind: FactInputKind;
  /** text facts: longest value */
  max?: number;
}

const text = (label: string, max = MAX_TEXT): FactInputSpec => ({ label, kind: 'text', max });

/** Every fact a rep may enter, in the order the "add a fact" picker lists them. */
export const FACT_INPUTS: Record<FactName, FactInputSpec> = {
  name: text('Company name'),
  domain: text('Domain', 253),
  industry: text('Industry'),
  employees: { label: 'Employees', kind: 'number' },
  employeeRange: { label: 'Employee range', kind: 'band' },
  revenue: { label: 'Annual revenue (USD)', kind: 'number' },
  revenueRange: { label: 'Revenue range (USD)', kind: 'band' },
  hqCountry: { label: 'HQ country', kind: 'country' },
  hqState: text('HQ state / region'),
  hqCity: text('HQ city'),
  foundedYear: { label: 'Founded (year)', kind: 'year' },
  companyType: text('Company type'),
  fundingStage: text('Funding stage'),
  lastFundingDate: { label: 'Last funding date', kind: 'date' },
  lastFundingAmount: { label: 'Last funding amount (USD)', kind: 'number' },
  totalFunding: { label: 'Total funding (USD)', kind: 'number' },
  fundingRounds: { label: 'Funding rounds', kind: 'number' },
  technologies: { label: 'Tech used', kind: 'list' },
  openRoles: { label: 'Open roles', kind: 'list' },
  jobCount: { label: 'Open jobs', kind: 'number' },
  headcountGrowth: { label: 'Headcount growth (%)', kind: 'percent' },
  followersGrowth: { label: 'Followers growth (%)', kind: 'percent' },
  // a change in count, up or down: the percent input takes negative numbers
  jobCountChange: { label: 'Open jobs change (±)', kind: 'percent' },
  followers: { label: 'LinkedIn followers', kind: 'number' },
  specialties: { label: 'Specialties / keywords', kind: 'list' },
  tagline: text('Tagline'),
  description: text('Description'),
  website: text('Website', MAX_URL),
  linkedinUrl: text('LinkedIn URL', MAX_URL),
  salesNavUrl: text('Sales Navigator URL', MAX_URL),
  crunchbaseUrl: text('Crunchbase URL', MAX_URL),
};

// A playbook may test a derived fact; the rep answers it by entering the fact it comes from.
const DERIVED: Record<string, FactName> = { hqRegion: 'hqCountry', companyAge: 'foundedYear', keywords: 'specialties' };

/** The stored fact a rep enters to answer a criterion on `fact` (which may be derived). */
export function editableFact(fact: string | undefined): FactName | undefined {
  if (!fact) return undefined;
  if (Object.hasOwn(DERIVED, fact)) return DERIVED[fact];
  return Object.hasOwn(FACT_INPUTS, fact) ? (fact as FactName) : undefined;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; error: string };
const fail = (error: string): Parsed => ({ ok: false, error });

/** "1,200" → 1200; "2.5m" → 2500000; "40k" → 40000. Null when it is not a number. */
export function parseAmount(raw: string, signed = false): number | null {
  const m = /^([-+]?)(\d+(?:\.\d+)?)\s*(k|m|bn|b)?$/i.exec(raw.replace(/[\s,_$%]/g, ''));
  if (!m || (m[1] === '-' && !signed)) return null;
  const mult = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9 }[(m[3] ?? '').toLowerCase() as 'k'] ?? 1;
  const n = Number(m[2]) * mult * (m[1] === '-' ? -1 : 1);
  return Number.isFinite(n) ? n : null;
}

/** The rep's text → a value the fact's schema accepts, or a message saying what to type. */
export function parseFactInput(kind: FactInputKind, raw: string, rawMax = '', max = MAX_TEXT): Parsed {
  const t = raw.trim();
  switch (kind) {
    case 'number': {
      const n = parseAmount(t);
      return n === null ? fail('Enter a number, e.g. 120 or 2.5m') : { ok: true, value: n };
    }
    case 'percent': {
      const n = parseAmount(t, true);
      return n === null ? fail('Enter a percentage, e.g. 12 or -5') : { ok: true, value: n };
    }
    case 'year': {
      const y = Number(t);
      return /^\d{4}$/.test(t) && y >= 1600 && y <= 2200 ? { ok: true, value: y } : fail('Enter a year, e.g. 2015');
    }
    case 'band': {
      const min = parseAmount(t);
      const hi = rawMax.trim();
      const maxN = hi === '' ? null : parseAmount(hi);
      if (min === null) return fail('Enter the lower bound, e.g. 51');
      if (hi !== '' && (maxN === null || maxN < min)) return fail('The upper bound must be a number at least the lower bound (empty: no upper bound)');
      return { ok: true, value: { min, max: maxN } };
    }
    case 'list': {
      const items = [...new Set(t.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean))];
      if (items.length === 0) return fail('Enter one or more values, separated by commas');
      if (items.some((i) => i.length > MAX_ITEM)) return fail(`Each value may have at most ${MAX_ITEM} characters`);
      return { ok: true, value: items.slice(0, MAX_LIST) };
    }
    case 'country': {
      const code = t ? countryCode(t) : null;
      return code ? { ok: true, value: code } : fail('Unknown country: type its name or ISO code, e.g. Germany or DE');
    }
    case 'date': {
      const d = new Date(`${t}T00:00:00Z`);
      const valid = /^\d{4}-\d{2}-\d{2}$/.test(t) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === t;
      return valid ? { ok: true, value: t } : fail('Enter a date as YYYY-MM-DD');
    }
    case 'text':
      if (!t) return fail('Enter a value');
      return t.length > max ? fail(`At most ${max} characters`) : { ok: true, value: t };
  }
}

/** A stored value as the editor's starting text: [main, upper bound]. */
export function toInputText(kind: FactInputKind, value: unknown): [string, string] {
  if (value === undefined || value === null) return ['', ''];
  if (kind === 'band' && typeof value === 'object' && !Array.isArray(value)) {
    const r = value as { min?: unknown; max?: unknown };
    return [typeof r.min === 'number' ? String(r.min) : '', typeof r.max === 'number' ? String(r.max) : ''];
  }
  if (kind === 'list' && Array.isArray(value)) return [value.filter((v) => typeof v === 'string').join(', '), ''];
  if (kind === 'country' && typeof value === 'string') return [countryName(value) ?? value, ''];
  return typeof value === 'number' || typeof value === 'string' ? [String(value), ''] : ['', ''];
}
