import { describe, expect, it } from 'vitest';
import { judge, scoreOne } from './helpers';

const band = (min: number, max: number | null) => ({ min, max });

describe('bands against ranges (partial credit)', () => {
  it("LinkedIn's 51-200 against an ICP of 100–500 earns the overlapping share of the band", () => {
    const got = judge({ fact: 'employees', is: 'between', min: 100, max: 500 }, { employeeRange: band(51, 200) });
    expect(got.state).toBe('partial');
    expect(got.credit).toBeCloseTo((200 - 100 + 1) / (200 - 51 + 1), 12);
  });

  it('earned points are points × credit, and the score uses them', () => {
    const r = scoreOne([{ fact: 'employees', is: 'between', min: 100, max: 500, points: 15 }], { employeeRange: band(51, 200) });
    expect(r.criteria[0]!.earned).toBeCloseTo((15 * 101) / 150, 12);
    expect(r.score).toBe(Math.round((100 * 101) / 150));
  });

  it('an employees fact may itself be a band', () => {
    expect(judge({ fact: 'employees', is: 'between', min: 100, max: 500 }, { employees: band(51, 200) }).credit).toBeCloseTo(101 / 150, 12);
  });

  it('an exact count beats a band', () => {
    const got = judge({ fact: 'employees', is: 'between', min: 150, max: 500 }, { employees: 120, employeeRange: band(51, 200) });
    expect(got).toEqual({ state: 'missed', credit: 0 });
    const scored = scoreOne([{ fact: 'employees', is: 'at-least', value: 100 }], { employees: 120, employeeRange: band(51, 200) });
    expect(scored.criteria[0]!.value).toBe(120);
  });

  it('a band wholly inside is matched, wholly outside is missed', () => {
    expect(judge({ fact: 'employees', is: 'between', min: 20, max: 500 }, { employeeRange: band(51, 200) })).toEqual({ state: 'matched', credit: 1 });
    expect(judge({ fact: 'employees', is: 'at-least', value: 50 }, { employeeRange: band(1, 10) })).toEqual({ state: 'missed', credit: 0 });
  });

  it.each([
    ['at-least 100', { is: 'at-least', value: 100 }, (200 - 100 + 1) / 150],
    ['above 100', { is: 'above', value: 100 }, (200 - 101 + 1) / 150],
    ['at-most 100', { is: 'at-most', value: 100 }, (100 - 51 + 1) / 150],
    ['below 100', { is: 'below', value: 100 }, (99 - 51 + 1) / 150],
  ])('%s on 51-200', (_n, test, credit) => {
    expect(judge({ fact: 'employees', ...test }, { employeeRange: band(51, 200) }).credit).toBeCloseTo(credit, 12);
  });

  it('open-ended bands ("10,001+") are read as [min, 2 × min]', () => {
    const open = { employeeRange: band(10001, null) };
    expect(judge({ fact: 'employees', is: 'at-least', value: 5000 }, open)).toEqual({ state: 'matched', credit: 1 });
    expect(judge({ fact: 'employees', is: 'at-most', value: 10000 }, open)).toEqual({ state: 'missed', credit: 0 });
    expect(judge({ fact: 'employees', is: 'between', min: 1000, max: 15000 }, open).credit).toBeCloseTo((15000 - 10001 + 1) / (20002 - 10001 + 1), 12);
  });

  it('revenue bands work the same way, in dollars', () => {
    const got = judge({ fact: 'revenue', is: 'between', min: 20_000_000, max: 100_000_000 }, { revenueRange: band(10_000_000, 50_000_000) });
    expect(got.credit).toBeCloseTo((50_000_000 - 20_000_000 + 1) / (40_000_000 + 1), 12);
  });

  it('listed numbers in a band earn their share of the band', () => {
    expect(judge({ fact: 'employees', is: 'in', values: [1, 2, 3] }, { employeeRange: band(1, 10) }).credit).toBeCloseTo(0.3, 12);
  });

  it('a band only partly past a disqualifier does not disqualify (a DQ needs certainty)', () => {
    const dq = { disqualifiers: [{ id: 'tiny', reason: 'Under 5 people', fact: 'employees', is: 'below', value: 5 }] };
    expect(scoreOne([{ fact: 'industry', is: 'present' }], { employeeRange: band(1, 10) }, {}, dq).tier).not.toBe('DQ');
    expect(scoreOne([{ fact: 'industry', is: 'present' }], { employeeRange: band(1, 4) }, {}, dq).tier).toBe('DQ');
  });
});
