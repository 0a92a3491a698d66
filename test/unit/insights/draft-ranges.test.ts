import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/insights/analyze';
import { detectMapping } from '../../../lib/insights/columns';
import { draftPlaybook } from '../../../lib/insights/draft';
import { disqualifierCandidates, MAX_WON_EXCLUDED } from '../../../lib/insights/draft-disqualifiers';
import { passOf } from '../../../lib/insights/draft-tests';
import { toRecords } from '../../../lib/insights/records';
import { isPositive } from '../../../lib/insights/record';
import { bestSplit } from '../../../lib/insights/split';
import { seededRandom } from '../../../lib/insights/stats';
import { HEADER } from './synthetic';

// Issue 19 §3: planted patterns. The won deals of a 400-deal export cluster at 200–1,000 employees;
// the lost ones spread from 10 to 20,000. The draft's range must be about 200–1,000, not the won
// accounts' p10–p90 merged with neighbouring bins (the reported 140–6,100).
const today = '2026-12-01';
const INDUSTRIES = ['Retail', 'Manufacturing', 'Education', 'Construction', 'Financial Services'];

function clustered(n: number, seed: number, extra: (won: boolean, rnd: () => number) => string = (_w, r) => INDUSTRIES[Math.floor(r() * INDUSTRIES.length)]!): string[][] {
  const rnd = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const won = rnd() < 0.4;
    const employees = won && rnd() < 0.75 ? 200 + Math.floor(rnd() * 800) : Math.floor(10 * 2000 ** rnd());
    const stage = won ? 'Closed Won' : 'Closed Lost';
    return [`Company ${i}`, `c${i}.example`, extra(won, rnd), String(employees), '', 'Germany', '', stage, '1000', '2026-01-05', '2026-03-01'];
  });
}

function build(rows: string[][]) {
  const { records } = toRecords(HEADER, rows, detectMapping(HEADER));
  const analysis = analyze(records);
  return { records, analysis, draft: draftPlaybook(analysis, records, { today, source: 'deals.csv' }) };
}

describe('drafted numeric ranges (issue 19 §3)', () => {
  it('a 400-deal export with won deals at 200–1,000 employees drafts about 200–1,000', () => {
    const { draft, analysis } = build(clustered(400, 7));
    if (!draft.ok) throw new Error(draft.message);
    const size = draft.playbook.icps[0]!.criteria.find((c) => c.id === 'employees')!;
    expect(size).toMatchObject({ fact: 'employees', is: 'between' });
    expect(Number(size.min)).toBeGreaterThanOrEqual(150);
    expect(Number(size.min)).toBeLessThanOrEqual(250);
    expect(Number(size.max)).toBeGreaterThanOrEqual(850);
    expect(Number(size.max)).toBeLessThanOrEqual(1200);
    expect(analysis.numbers.employees!.split!.p).toBeLessThan(0.001);
  });

  it('holds across seeds', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { draft } = build(clustered(400, seed));
      if (!draft.ok) throw new Error(draft.message);
      const size = draft.playbook.icps[0]!.criteria.find((c) => c.id === 'employees')!;
      expect([Number(size.min), Number(size.max)], `seed ${seed}`).toEqual([expect.toSatisfy((v: number) => v >= 130 && v <= 260), expect.toSatisfy((v: number) => v >= 800 && v <= 1300)]);
    }
  });

  it('no range without evidence: sizes unrelated to the outcome draft no employee criterion', () => {
    const rnd = seededRandom(11);
    const rows = clustered(400, 11).map((r) => {
      const won = r[7] === 'Closed Won';
      // a real industry pattern so that a draft exists, and sizes shuffled independently of it
      return [r[0]!, r[1]!, won && rnd() < 0.7 ? 'Software Development' : r[2]!, String(Math.floor(10 * 2000 ** rnd())), ...r.slice(4)];
    });
    const { draft } = build(rows);
    if (!draft.ok) throw new Error(draft.message);
    expect(draft.playbook.icps[0]!.criteria.map((c) => c.id)).not.toContain('employees');
  });

  it('a bin with evidence is not enough: the drafted range must beat chance itself', () => {
    const { records, analysis } = build(clustered(400, 7));
    const employees = analysis.numbers.employees!;
    const weak = { ...analysis, numbers: { ...analysis.numbers, employees: { ...employees, split: { ...employees.split!, p: 0.2 } } } };
    const draft = draftPlaybook(weak, records, { today });
    expect(draft.ok && draft.playbook.icps[0]!.criteria.map((c) => c.id)).not.toContain('employees');
  });

  it('the best split: a clean cluster, and nothing when both groups look alike', () => {
    const pos = Array.from({ length: 100 }, (_, i) => 200 + i * 8);
    const neg = Array.from({ length: 200 }, (_, i) => Math.round(10 * 1.04 ** i));
    const all = [...pos, ...neg].sort((a, b) => a - b);
    const s = bestSplit(all, pos, neg)!;
    expect(s.min).toBeGreaterThanOrEqual(180);
    expect(s.min).toBeLessThanOrEqual(200);
    expect(s.max).toBeGreaterThanOrEqual(950);
    expect(s.max).toBeLessThanOrEqual(1100);
    expect(s.won).toBeGreaterThanOrEqual(95);
    const same = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(bestSplit([...same, ...same].sort((a, b) => a - b), same, same)).toBeNull();
    expect(bestSplit(same, same, [])).toBeNull();
  });
});

describe('disqualifier candidates (issue 19 §3)', () => {
  // eight small industries, each held by ~2.5% of won deals and ~12% of lost ones: every one alone
  // is under 5% of won, together they would exclude about a fifth of the deals the team wins
  const RARE = ['Gambling', 'Tobacco', 'Mining', 'Utilities', 'Airlines', 'Shipbuilding', 'Railroads', 'Fisheries'];
  const rows = clustered(4000, 21, (won, rnd) => {
    if (rnd() < (won ? 0.2 : 0.96)) return RARE[Math.floor(rnd() * RARE.length)]!;
    return INDUSTRIES[Math.floor(rnd() * INDUSTRIES.length)]!;
  });

  it('together they exclude at most 5% of won deals', () => {
    const { records, analysis, draft } = build(rows);
    if (!draft.ok) throw new Error(draft.message);
    const won = records.filter((r) => isPositive(r.outcome));
    const candidates = disqualifierCandidates(analysis, won);
    expect(candidates.length).toBeGreaterThan(0);
    const excludedBy = new Set(candidates.flatMap((p) => won.filter((r) => passOf(p.range ? { attribute: p.attribute, range: p.range } : { attribute: p.attribute, values: [p.key] })(r)).map((r) => r.id)));
    expect(excludedBy.size / won.length).toBeLessThanOrEqual(MAX_WON_EXCLUDED);
    // each alone would pass: the cap on the union is what keeps the others out
    const eachAlone = analysis.patterns.filter((p) => p.confidence !== 'weak' && p.lift < 1 / 3 && p.shareWon <= MAX_WON_EXCLUDED);
    expect(eachAlone.length).toBeGreaterThan(candidates.length);
    expect(draft.playbook.icps[0]!.disqualifiers).toHaveLength(candidates.length);
  });
});
