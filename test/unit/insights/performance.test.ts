import { describe, expect, it } from 'vitest';
import { icpPerformance, isIcpFit } from '../../../lib/insights/performance';
import type { OutcomeRecord } from '../../../lib/insights/record';
import { parsePlaybookText } from '../../../lib/playbook/validate';
import type { Playbook } from '../../../lib/playbook/schema';

// A playbook with one criterion that (in the planted data) predicts wins and one that is noise.
function playbook(): Playbook {
  const r = parsePlaybookText(
    JSON.stringify({
      format: 'icp-fit/playbook@1',
      name: 'Test',
      version: '1',
      icps: [
        {
          id: 'core',
          name: 'Core',
          criteria: [
            { id: 'software', label: 'Software industry', layer: 'firmographic', points: 60, fact: 'industry', is: 'in', values: ['Software Development'] },
            { id: 'emea', label: 'Based in EMEA', layer: 'firmographic', points: 40, fact: 'hqRegion', is: 'in', values: ['emea'] },
          ],
          disqualifiers: [{ id: 'tiny', reason: 'Fewer than 5 employees', fact: 'employees', is: 'below', value: 5 }],
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

/** Deterministic PRNG (mulberry32): the same "random" data on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fact = (value: unknown) => ({ value });
let n = 0;
function record(software: boolean, emea: boolean, outcome: OutcomeRecord['outcome'], extra: Partial<OutcomeRecord> = {}): OutcomeRecord {
  return {
    id: `r${++n}`,
    facts: { industry: fact(software ? 'Software Development' : 'Retail'), hqCountry: fact(emea ? 'DE' : 'US'), employees: fact(200) },
    outcome,
    ...extra,
  };
}

/** Software accounts win 70% of the time, others 20%; region makes no difference. */
function planted(count: number, seed = 42): OutcomeRecord[] {
  const random = rng(seed);
  return Array.from({ length: count }, () => {
    const software = random() < 0.5;
    const emea = random() < 0.5;
    const won = random() < (software ? 0.7 : 0.2);
    return record(software, emea, won ? 'won' : 'lost');
  });
}

const TODAY = '2026-12-01';

describe('icpPerformance', () => {
  it('finds the planted predictor and calls the noise criterion noise', () => {
    const s = icpPerformance(planted(400), playbook(), TODAY);
    const software = s.criteria.find((c) => c.criterionId === 'software')!;
    const emea = s.criteria.find((c) => c.criterionId === 'emea')!;
    expect(software.difference!).toBeGreaterThan(35);
    expect(software.confidence).toBe('high');
    expect(software.lift!).toBeGreaterThan(2.5);
    expect(Math.abs(emea.difference!)).toBeLessThan(10);
    expect(emea.confidence).toBe('low');
    const kinds = Object.fromEntries(s.notes.map((n) => [n.criterionId, n.kind]));
    expect(kinds).toEqual({ software: 'predicts', emea: 'noise' });
    expect(s.notes.find((n) => n.kind === 'noise')!.text).toMatch(/“Based in EMEA” does not separate won from lost on 400 accounts .*consider lowering its points or removing it/);
  });

  it('the finding holds across seeds (not an accident of one sample)', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const s = icpPerformance(planted(300, seed), playbook(), TODAY);
      expect(s.criteria.find((c) => c.criterionId === 'software')!.confidence).not.toBe('low');
      expect(s.notes.some((n) => n.kind === 'predicts' && n.criterionId === 'software')).toBe(true);
      expect(s.notes.filter((n) => n.criterionId === "emea" && n.kind !== "noise").map((n) => `${seed}: ${n.text}`)).toEqual([]);
    }
  });

  it('a criterion that wins less when matched is flagged as pointing the wrong way', () => {
    const random = rng(7);
    const records = Array.from({ length: 300 }, () => {
      const emea = random() < 0.5;
      return record(random() < 0.5, emea, random() < (emea ? 0.15 : 0.6) ? 'won' : 'lost');
    });
    const s = icpPerformance(records, playbook(), TODAY);
    expect(s.notes.find((n) => n.criterionId === 'emea')?.kind).toBe('inverse');
  });

  it('win rate, deal size per currency and cycle length by ICP-fit vs not and by tier', () => {
    const records = [
      // software + EMEA: score 100, tier A (fit)
      record(true, true, 'won', { value: 1000, currency: 'USD', openedAt: '2026-01-01', closedAt: '2026-01-31' }),
      record(true, true, 'won', { value: 3000, currency: 'USD', openedAt: '2026-01-01', closedAt: '2026-03-02' }),
      record(true, true, 'won', { value: 500, currency: 'EUR' }),
      record(true, true, 'lost', { value: 99999, currency: 'USD', openedAt: '2026-02-01', closedAt: '2026-02-11' }),
      // software only: 60, tier B (fit)
      record(true, false, 'open'),
      // neither: 0, tier C (not fit)
      record(false, false, 'lost'),
      record(false, false, 'open'),
      record(false, false, 'good-fit'),
      // DQ (not fit)
      { ...record(true, true, 'bad-fit'), facts: { industry: fact('Software Development'), hqCountry: fact('DE'), employees: fact(2) } },
    ];
    const s = icpPerformance(records, playbook(), TODAY);
    expect(s.records).toBe(9);
    expect(s.closed).toBe(5);
    expect(s.fit).toMatchObject({ count: 5, won: 3, lost: 1, open: 1, winRate: 0.75 });
    // lost deals' values never count as deal size; currencies stay apart
    expect(s.fit.dealSize).toEqual([
      { currency: 'USD', count: 2, average: 2000 },
      { currency: 'EUR', count: 1, average: 500 },
    ]);
    expect(s.fit.cycle).toEqual({ count: 3, averageDays: (30 + 60 + 10) / 3 });
    expect(s.notFit).toMatchObject({ count: 4, won: 0, lost: 1, open: 1, goodFit: 1, badFit: 1, winRate: 0, dealSize: [], cycle: null });
    expect(s.tiers.map((t) => [t.label, t.count, t.winRate])).toEqual([
      ['A', 4, 0.75],
      ['B', 1, null],
      ['C', 3, 0],
      ['DQ', 1, null],
    ]);
    expect(s.pipeline).toEqual({ open: 2, openFit: 1, share: 0.5 });
    expect(s.agreement).toEqual({ goodFit: 1, goodFitIcpFit: 0, badFit: 1, badFitIcpFit: 0 });
    expect(s.fitDefinition).toContain('Core: A, B');
  });

  it('says "not enough data" below 30 closed accounts, and judges no criterion on few accounts', () => {
    const s = icpPerformance(planted(12), playbook(), TODAY);
    expect(s.notes[0]).toMatchObject({ kind: 'not-enough-data' });
    expect(s.notes[0]!.text).toMatch(/12 closed .*30/);
    expect(s.notes.filter((n) => n.kind === 'noise')).toEqual([]);
    const empty = icpPerformance([], playbook(), TODAY);
    expect(empty.notes).toEqual([{ kind: 'not-enough-data', text: expect.stringMatching(/No won or lost account yet/) }]);
    expect(empty.fit.winRate).toBeNull();
    expect(empty.pipeline.share).toBeNull();
    expect(empty.criteria.every((c) => c.confidence === 'insufficient' && c.difference === null)).toBe(true);
  });

  it('unknown facts count on neither side of a criterion', () => {
    const records = [record(true, true, 'won'), { ...record(true, true, 'lost'), facts: { industry: fact('Software Development') } }];
    const emea = icpPerformance(records, playbook(), TODAY).criteria.find((c) => c.criterionId === 'emea')!;
    expect(emea.matched).toEqual({ won: 1, lost: 0, winRate: 1 });
    expect(emea.missed).toEqual({ won: 0, lost: 0, winRate: null });
    expect(emea.unknown).toBe(1);
  });

  it('ICP-fit: a tier above the lowest, never DQ or unscored; a one-tier ICP fits when scored', () => {
    expect(isIcpFit({ tier: 'A', tierRank: 0, tierCount: 3 })).toBe(true);
    expect(isIcpFit({ tier: 'B', tierRank: 1, tierCount: 3 })).toBe(true);
    expect(isIcpFit({ tier: 'C', tierRank: 2, tierCount: 3 })).toBe(false);
    expect(isIcpFit({ tier: 'DQ', tierRank: 4, tierCount: 3 })).toBe(false);
    expect(isIcpFit({ tier: null, tierRank: 3, tierCount: 3 })).toBe(false);
    expect(isIcpFit({ tier: 'Only', tierRank: 0, tierCount: 1 })).toBe(true);
    expect(isIcpFit(undefined)).toBe(false);
  });

  it('scores 10,000 records well inside the insights budget', () => {
    const records = planted(10_000, 9);
    const t0 = performance.now();
    const s = icpPerformance(records, playbook(), TODAY);
    const ms = performance.now() - t0;
    expect(s.records).toBe(10_000);
    expect(ms).toBeLessThan(1000);
  });
});
