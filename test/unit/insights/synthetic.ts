// Synthetic CRM exports with planted patterns, from a seeded generator (tests and the bench).
import { seededRandom } from '../../../lib/insights/stats';

export const HEADER = ['Company name', 'Company Domain Name', 'Industry', 'Number of Employees', 'Annual Revenue', 'Country/Region', 'Technologies', 'Deal Stage', 'Amount', 'Create Date', 'Close Date'];

const INDUSTRIES = ['Software Development', 'Financial Services', 'Retail', 'Hospitals and Health Care', 'Manufacturing', 'Government Administration', 'Education', 'Construction'];
const COUNTRIES = ['United States', 'Germany', 'France', 'United Kingdom', 'Brazil', 'Japan'];
const TECHS = ['HubSpot', 'Salesforce', 'Segment', 'Stripe', 'Zendesk', 'Intercom'];

export interface Options {
  n: number;
  seed: number;
  /** plant: won deals lean to Software Development, 50–500 employees and HubSpot; Government Administration loses */
  planted: boolean;
  /** share of won deals (default 0.35) */
  wonShare?: number;
}

/** Rows as cells, header HEADER. Without `planted`, outcome is independent of every attribute. */
export function syntheticRows(o: Options): string[][] {
  const rnd = seededRandom(o.seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const rows: string[][] = [];
  for (let i = 0; i < o.n; i++) {
    const won = rnd() < (o.wonShare ?? 0.35);
    const lean = o.planted && won && rnd() < 0.6;
    let industry = lean ? 'Software Development' : pick(INDUSTRIES);
    if (o.planted && won && industry === 'Government Administration') industry = pick(INDUSTRIES.slice(0, 5));
    const employees = lean && rnd() < 0.8 ? 50 + Math.floor(rnd() * 450) : Math.floor(5 + rnd() ** 2 * 5000);
    const techs = TECHS.filter(() => rnd() < 0.3);
    if (lean && !techs.includes('HubSpot') && rnd() < 0.7) techs.push('HubSpot');
    const revenue = employees * (80_000 + Math.floor(rnd() * 100_000));
    const created = new Date(Date.UTC(2025, 0, 1) + Math.floor(rnd() * 300) * 86400000).toISOString().slice(0, 10);
    const stage = won ? 'Closed Won' : 'Closed Lost';
    rows.push([`Company ${i}`, `company${i}.example`, industry, String(employees), `$${(revenue / 1e6).toFixed(1)}M`, pick(COUNTRIES), techs.join(';'), stage, String(Math.round(rnd() * 50_000)), created, created]);
  }
  return rows;
}

/** The same rows with outcomes shuffled among them: every planted pattern is destroyed. */
export function shuffledOutcomes(rows: string[][], seed: number): string[][] {
  const rnd = seededRandom(seed);
  const stages = rows.map((r) => r[7]!);
  for (let i = stages.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [stages[i], stages[j]] = [stages[j]!, stages[i]!];
  }
  return rows.map((r, i) => r.map((c, k) => (k === 7 ? stages[i]! : c)));
}

const quote = (c: string) => (/[",\n\r;|\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
export const toCsv = (header: string[], rows: string[][], sep = ','): string => [header, ...rows].map((r) => r.map(quote).join(sep)).join('\r\n') + '\r\n';
