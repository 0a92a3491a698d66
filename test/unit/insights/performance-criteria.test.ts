import { describe, expect, it } from 'vitest';
import { addClosed, countCriterion, criterionTallies, type CriterionTally } from '../../../lib/insights/performance-criteria';
import { parsePlaybookText, type ParseResult } from '../../../lib/playbook/validate';
import { starterPlaybookText } from '../../../lib/playbook/templates';
import { compilePlaybook, scoreAccount, type AccountResult, type CompiledPlaybook, type ScoringFacts } from '../../../lib/scoring';

const TODAY = '2026-12-01';

/** Varied accounts (a fixed LCG): different ICPs come out best, so results come back in different orders. */
function accounts(n: number): ScoringFacts[] {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  return Array.from({ length: n }, () => ({
    industry: { value: pick(['Software Development', 'Construction', 'Hospitals and Health Care', 'Machinery Manufacturing', 'Retail']) },
    hqCountry: { value: pick(['US', 'DE', 'GB', 'BR']) },
    employees: { value: Math.floor(rnd() * 3000) },
    fundingStage: { value: pick(['seed', 'series-a', 'public']) },
    technologies: { value: ['HubSpot', 'SAP', 'Workday'].filter(() => rnd() < 0.4) },
    openRoles: { value: ['SDR', 'Nurse', 'Demand Planner'].filter(() => rnd() < 0.4) },
  }));
}

function compiled(text: string): CompiledPlaybook {
  const r: ParseResult = parsePlaybookText(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return compilePlaybook(r.playbook);
}

/** What addClosed must count, found the plain way: every criterion's tally looked up by its ICP and id (the counting rule is the same function). */
function reference(tallies: Map<string, CriterionTally>, result: AccountResult, won: boolean, sign: 1 | -1): void {
  for (const r of result.results) {
    for (const c of r.criteria) {
      const t = [...tallies.values()].find((x) => x.icpId === r.icpId && x.criterionId === c.id);
      if (t) countCriterion(t, c, won, sign);
    }
  }
}

const counts = (tallies: Map<string, CriterionTally>) => [...tallies.values()].map(({ icpId, criterionId, mw, ml, xw, xl, unknown }) => ({ icpId, criterionId, mw, ml, xw, xl, unknown }));

describe('addClosed (criterion tallies found by position)', () => {
  it('counts each criterion of each ICP where the plain lookup does, whatever order the ICPs come back in', () => {
    const starter = compiled(starterPlaybookText);
    const fast = criterionTallies(starter);
    const slow = criterionTallies(starter);
    const orders = new Set<string>();
    accounts(600).forEach((facts, i) => {
      const result = scoreAccount({ facts }, starter, { today: TODAY });
      orders.add(result.results.map((r) => r.icpId).join());
      const won = i % 3 === 0;
      const sign = i % 7 === 6 ? -1 : 1;
      addClosed(fast, result, won, sign);
      reference(slow, result, won, sign);
    });
    // the best-first order varies account to account: the position is per ICP, not per result slot
    expect(orders.size).toBeGreaterThan(3);
    expect(counts(fast)).toEqual(counts(slow));
    expect(counts(fast).some((t) => t.mw + t.ml + t.xw + t.xl > 0)).toBe(true);
  });

  it('checks the id at each position: a result whose criteria moved counts each under its own id', () => {
    const icp = (criteria: object[]) =>
      JSON.stringify({
        format: 'icp-fit/playbook@1',
        name: 'T',
        version: '1',
        icps: [{ id: 'core', name: 'Core', criteria, tiers: [{ name: 'A', min: 50 }, { name: 'C', min: 0 }] }],
      });
    const software = { id: 'software', label: 'Software', layer: 'firmographic', points: 50, fact: 'industry', is: 'in', values: ['Software Development'] };
    const size = { id: 'size', label: 'Size', layer: 'firmographic', points: 50, fact: 'employees', is: 'between', min: 10, max: 500 };
    const before = compiled(icp([software, size]));
    // a version with a new first criterion: every position shifts by one
    const after = compiled(icp([{ ...software, id: 'new', label: 'New', fact: 'hqRegion', is: 'in', values: ['europe'] }, software, size]));
    const tallies = criterionTallies(before);
    const facts = { industry: { value: 'Software Development' }, employees: { value: 5000 }, hqCountry: { value: 'DE' } };
    addClosed(tallies, scoreAccount({ facts }, before, { today: TODAY }), true);
    addClosed(tallies, scoreAccount({ facts }, after, { today: TODAY }), true);
    const by = Object.fromEntries(counts(tallies).map((t) => [t.criterionId, t]));
    expect(by.software).toMatchObject({ mw: 2, xw: 0 });
    expect(by.size).toMatchObject({ mw: 0, xw: 2 });
    expect(Object.keys(by).sort()).toEqual(['size', 'software']);
  });

  it('keeps two ICPs apart when they use the same criterion ids', () => {
    const icp = (id: string, industry: string) => ({ id, name: id, criteria: [{ id: 'fit', label: 'Industry', layer: 'firmographic', points: 10, fact: 'industry', is: 'in', values: [industry] }], tiers: [{ name: 'A', min: 50 }, { name: 'C', min: 0 }] });
    const both = compiled(JSON.stringify({ format: 'icp-fit/playbook@1', name: 'T', version: '1', icps: [icp('a', 'Software Development'), icp('b', 'Retail')] }));
    const tallies = criterionTallies(both);
    addClosed(tallies, scoreAccount({ facts: { industry: { value: 'Software Development' } } }, both, { today: TODAY }), true);
    addClosed(tallies, scoreAccount({ facts: { industry: { value: 'Retail' } } }, both, { today: TODAY }), false);
    const by = Object.fromEntries(counts(tallies).map((t) => [t.icpId, t]));
    expect(by.a).toMatchObject({ mw: 1, xl: 1, ml: 0, xw: 0 });
    expect(by.b).toMatchObject({ xw: 1, ml: 1, mw: 0, xl: 0 });
  });
});
