import type { Playbook } from '../../../lib/playbook/schema';
import { parsePlaybookText } from '../../../lib/playbook/validate';
import type { ReviewRecord } from '../../../lib/insights/review';

// Shared by the review's unit tests: one ICP, two criteria, and records whose outcome is planted.

export function reviewPlaybook(): Playbook {
  const r = parsePlaybookText(
    JSON.stringify({
      format: 'icp-fit/playbook@1',
      name: 'Test',
      version: '2026.3',
      icps: [
        {
          id: 'core',
          name: 'Core',
          criteria: [
            { id: 'software', label: 'Software industry', layer: 'firmographic', points: 60, fact: 'industry', is: 'in', values: ['Retail'] },
            { id: 'emea', label: 'Based in EMEA', layer: 'firmographic', points: 40, fact: 'hqRegion', is: 'in', values: ['emea'] },
          ],
          tiers: [
            { name: 'A', min: 80 },
            { name: 'B', min: 50 },
            { name: 'C', min: 0 },
          ],
        },
      ],
    }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.playbook;
}

const fact = (value: unknown) => ({ value });
let n = 0;

export function reviewRecord(day: string, opts: { software: boolean; emea?: boolean; won: boolean; name?: string; value?: number; tech?: boolean; employees?: number }): ReviewRecord {
  return {
    id: `r${++n}`,
    name: opts.name ?? `Company ${n}`,
    facts: {
      industry: fact(opts.software ? 'Software Development' : 'Retail'),
      hqCountry: fact(opts.emea ? 'DE' : 'US'),
      employees: fact(opts.employees ?? (opts.software ? 200 : 20)),
      ...(opts.tech ? { technologies: fact([opts.software ? 'HubSpot' : 'Zoho CRM']) } : {}),
    },
    outcome: opts.won ? 'won' : 'lost',
    ...(opts.value !== undefined ? { value: opts.value, currency: 'USD' } : {}),
    openedAt: '2026-01-01',
    closedAt: day,
    day,
    at: Date.parse(`${day}T12:00:00Z`),
  };
}

/** `count` closed deals on `day`: software wins `softWin` of the time, the rest `otherWin`. */
export function planted(day: string, count: number, softWin: number, otherWin: number): ReviewRecord[] {
  const out: ReviewRecord[] = [];
  for (let i = 0; i < count; i++) {
    const software = i % 2 === 0;
    const k = Math.floor(i / 2);
    const half = Math.ceil(count / 2);
    const won = k < Math.round((software ? softWin : otherWin) * half);
    out.push(reviewRecord(day, { software, emea: i % 3 === 0, won, value: won ? 1000 + i : undefined, tech: true, employees: software ? 150 + i : 20 + (i % 10) }));
  }
  return out;
}
