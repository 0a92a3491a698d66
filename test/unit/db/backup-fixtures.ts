import type { IcpDatabase } from '../../../lib/db/database';
import { putResults } from '../../../lib/db/results-repo';
import type { ObservationRow, ResultRow } from '../../../lib/db/rows';
import type { AccountRow, OutcomeRow } from '../../../lib/accounts/account-row';
import type { PageType } from '../../../lib/facts/model';

/**
 * Realistic stored rows for backup tests: an account with 15 facts (each with its evidence, as
 * pages leave them), one or two observations of it, a cached result, and for some an outcome.
 */
const T0 = Date.UTC(2026, 9, 1);
const DAY = 86_400_000;

function fact(value: unknown, source: PageType, url: string, text: string, at: number) {
  return { value, source, evidence: [{ source, url, text: text.slice(0, 200), observedAt: at }], observedAt: at };
}

export function account(i: number): AccountRow {
  const slug = `company-${i}`;
  const li = `https://www.linkedin.com/company/${slug}/about/`;
  const site = `https://www.${slug}.com/`;
  const at = T0 + (i % 365) * DAY;
  const f = (value: unknown, text: string, source: PageType = 'linkedin-company-about', url = li) => fact(value, source, url, text, at);
  const facts = {
    name: f(`Company ${i} Inc.`, `Company ${i} Inc.`),
    domain: f(`${slug}.com`, `${slug}.com`, 'company-website', site),
    website: f(site, site),
    linkedinUrl: f(`https://www.linkedin.com/company/${slug}/`, 'LinkedIn', 'company-website', site),
    industry: f('Software Development', 'Industry Software Development'),
    employees: f(50 + (i % 900), `${50 + (i % 900)} employees on LinkedIn`),
    employeeRange: f({ min: 51, max: 200 }, 'Company size 51-200 employees'),
    hqCity: f('Berlin', 'Headquarters Berlin, Germany'),
    hqCountry: f('DE', 'Headquarters Berlin, Germany'),
    foundedYear: f(1990 + (i % 35), `Founded ${1990 + (i % 35)}`),
    companyType: f('Privately Held', 'Type Privately Held'),
    followers: f(1000 + i, `${1000 + i} followers`),
    specialties: f(['SaaS', 'Analytics', 'B2B', 'Cloud', 'APIs'], 'Specialties SaaS, Analytics, B2B, Cloud and APIs'),
    technologies: f(['React', 'HubSpot', 'Google Analytics', 'Stripe', 'Cloudflare', 'Intercom'], 'script src=… (6 technologies)', 'company-website', site),
    description: f(`Company ${i} builds software that helps revenue teams find, qualify and close the right accounts. `.repeat(3), 'About us', 'linkedin-company-about'),
  };
  return { id: `domain:${slug}.com`, keys: [`domain:${slug}.com`, `li:${slug}`], name: `Company ${i} Inc.`, domain: `${slug}.com`, facts, firstSeenAt: at, lastSeenAt: at };
}

export function observations(a: AccountRow, i: number): ObservationRow[] {
  const pick = (names: string[]) => Object.fromEntries(names.map((n) => [n, { value: a.facts[n]!.value, evidence: a.facts[n]!.evidence[0]! }]));
  const about: ObservationRow = { id: `obs-${i}-about`, accountId: a.id, pageType: 'linkedin-company-about', url: `https://www.linkedin.com/company/company-${i}/about/`, facts: pick(['name', 'website', 'industry', 'employees', 'employeeRange', 'hqCity', 'hqCountry', 'foundedYear', 'companyType', 'specialties', 'description']), observedAt: a.lastSeenAt };
  if (i % 2) return [about];
  return [about, { id: `obs-${i}-site`, accountId: a.id, pageType: 'company-website', url: `https://www.company-${i}.com/`, facts: pick(['domain', 'linkedinUrl', 'technologies']), observedAt: a.lastSeenAt }];
}

export function result(a: AccountRow): ResultRow {
  return { accountId: a.id, playbookVersion: 'Starter@1', scoredAt: a.lastSeenAt, tier: 'B', score: 64, best: { icpId: 'core', icpName: 'Core ICP', tier: 'B', tierRank: 1, tierCount: 4, score: 64, coverage: 0.8 } };
}

export function outcome(a: AccountRow, i: number): OutcomeRow {
  return { accountId: a.id, status: i % 2 ? 'won' : 'lost', value: 12_000, currency: 'EUR', openedAt: '2026-01-05', closedAt: '2026-03-01', updatedAt: a.lastSeenAt };
}

/** A store of `n` realistic accounts (bulk writes, in pages so memory stays flat). */
export async function seedStore(d: IcpDatabase, n: number, from = 0): Promise<void> {
  for (let start = from; start < from + n; start += 2000) {
    const accounts = Array.from({ length: Math.min(2000, from + n - start) }, (_, k) => account(start + k));
    await d.transaction('rw', d.tables, async () => {
      await d.accounts.bulkPut(accounts);
      await d.observations.bulkPut(accounts.flatMap((a, k) => observations(a, start + k)));
      await putResults(d, accounts.map(result));
      await d.outcomes.bulkPut(accounts.filter((_, k) => (start + k) % 10 === 0).map((a, k) => outcome(a, k)));
      await d.answers.bulkPut(accounts.filter((_, k) => (start + k) % 7 === 0).map((a) => ({ accountId: a.id, criterionId: 'budget', value: true, answeredAt: a.lastSeenAt })));
    });
  }
}
