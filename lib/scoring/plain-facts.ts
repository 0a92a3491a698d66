import { countryCode } from '../facts/location';
import { currenciesIn, parseMoneyWithCurrency, parseRevenueBand } from '../facts/money';
import type { FactSource, Range } from '../facts/model';
import { parseCount, parseEmployeeBand } from '../facts/numbers';
import { FactValueSchemas, type ScoringFacts } from './facts';

export interface FactsIssue {
  fact: string;
  message: string;
}

const LISTS = new Set(['technologies', 'openRoles', 'specialties', 'hqRegion']);
const MONEY = new Set(['lastFundingAmount', 'totalFunding']);
const COUNTS = new Set(['followers', 'jobCount', 'fundingRounds', 'foundedYear', 'companyAge']);

/**
 * A plain facts object, as a manager writes it in JSON or a CSV row ({"employees": "51-200",
 * "technologies": "HubSpot; Segment"}) → scoring facts, with one issue per value that could not
 * be read (that fact is then left unknown, never guessed). `null` means "known to be none";
 * undefined and "" mean unknown. Text goes through the same parsers as page text.
 */
export function toScoringFacts(plain: Record<string, unknown>, source: FactSource = 'import'): { facts: ScoringFacts; issues: FactsIssue[] } {
  const facts: ScoringFacts = {};
  const issues: FactsIssue[] = [];
  for (const [name, raw] of Object.entries(plain)) {
    if (!Object.hasOwn(FactValueSchemas, name)) {
      issues.push({ fact: name, message: 'not a fact name (see docs/playbook-format.md for the list)' });
      continue;
    }
    if (raw === undefined || raw === '') continue;
    if (raw === null) {
      facts[name] = { value: null, source };
      continue;
    }
    const value = convert(name, raw);
    const checked = value === undefined ? null : FactValueSchemas[name]!.safeParse(value);
    if (checked?.success) facts[name] = { value: checked.data, source };
    else issues.push({ fact: name, message: `could not read ${JSON.stringify(raw).slice(0, 80)}` });
  }
  return { facts, issues };
}

function convert(name: string, raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  const text = raw.trim();
  if (LISTS.has(name)) return text.split(';').map((s) => s.trim()).filter(Boolean);
  switch (name) {
    case 'employees':
      return /^\d+$/.test(text) ? Number(text) : (parseEmployeeBand(text) ?? parseCount(text) ?? undefined);
    case 'employeeRange':
      return parseEmployeeBand(text) ?? undefined;
    case 'revenue':
      return moneyBand(text) ?? money(text);
    case 'revenueRange':
      return moneyBand(text);
    case 'hqCountry':
      return countryCode(text) ?? undefined;
    case 'headcountGrowth': {
      const n = Number(text.replace(/%$/, '').trim());
      return text && Number.isFinite(n) ? n : undefined;
    }
  }
  if (MONEY.has(name)) return money(text);
  if (COUNTS.has(name)) return /^\d+$/.test(text) ? Number(text) : (parseCount(text) ?? undefined);
  return text;
}

/** "$12M", "12,000,000", "12M" → 12000000; another currency is not read as dollars. */
function money(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const m = parseMoneyWithCurrency(text);
  if (m) return m.currency === 'USD' ? m.amount : undefined;
  // "1.200.000 €": an amount we cannot read next to another currency is never read as dollars
  if (currenciesIn(text).some((c) => c !== 'USD')) return undefined;
  return /[-–—]|\bto\b/.test(text) ? undefined : (parseCount(text) ?? undefined);
}

function moneyBand(text: string): Range | undefined {
  return parseRevenueBand(text) ?? (/[$€£¥]/.test(text) ? undefined : (parseEmployeeBand(text) ?? undefined));
}
