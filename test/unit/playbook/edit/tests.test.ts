import { describe, expect, it } from 'vitest';
import { FACT_KINDS, OPERATORS_BY_KIND, PLAYBOOK_FACTS } from '../../../../lib/playbook/facts';
import { operandsFor, operatorsFor, pointsTotal, setFact, setOperator, withoutTest } from '../../../../lib/playbook/edit/tests';
import { parsePlaybook } from '../../../../lib/playbook/validate';

describe('operator picker', () => {
  it.each([
    ['employees', OPERATORS_BY_KIND.number],
    ['fundingStage', OPERATORS_BY_KIND.stage],
    ['lastFundingDate', ['within-days', 'present', 'absent']],
    ['keywords', ['matches', 'present', 'absent']],
    ['nope', []],
    [undefined, []],
  ] as const)('%s → %j', (fact, ops) => expect(operatorsFor(fact)).toEqual(ops));

  it.each([
    ['between', ['min', 'max']],
    ['at-least', ['value']],
    ['any', ['values']],
    ['within-days', ['days']],
    ['present', []],
    ['bogus', []],
  ] as const)('operands of %s: %j', (op, keys) => expect(operandsFor(op)).toEqual(keys));

  it('every fact offers only operators that validate with a suitable operand', () => {
    // a typical operand per kind of fact
    const sample = (fact: string, k: string): unknown => {
      const kind = FACT_KINDS[fact as keyof typeof FACT_KINDS];
      if (k === 'days') return 30;
      if (kind === 'stage') return k === 'values' ? ['seed'] : k === 'max' ? 'series-b' : 'seed';
      if (kind === 'number') return k === 'values' ? [5] : k === 'max' ? 9 : 5;
      if (fact === 'hqRegion') return ['europe'];
      if (fact === 'hqCountry') return ['DE'];
      return ['x'];
    };
    for (const fact of PLAYBOOK_FACTS) {
      for (const is of operatorsFor(fact)) {
        const test: Record<string, unknown> = { fact, is };
        for (const k of operandsFor(is)) test[k] = sample(fact, k);
        const r = parsePlaybook({ format: 'icp-fit/playbook@1', name: 'n', version: '1', icps: [{ id: 'i', name: 'I', criteria: [{ id: 'c', label: 'c', layer: 'firmographic', points: 100, ...test }], tiers: [{ name: 'A', min: 0 }] }] });
        expect(r.ok ? [] : r.errors, `${fact} ${is}`).toEqual([]);
      }
    }
  });
});

describe('switching fact or operator', () => {
  it.each([
    ['keeps a still-valid operator and its operand', { fact: 'employees', is: 'at-least', value: 50 }, 'followers', { fact: 'followers', is: 'at-least', value: 50 }],
    ['falls back to the first operator and drops operands', { fact: 'employees', is: 'between', min: 1, max: 9 }, 'lastFundingDate', { fact: 'lastFundingDate', is: 'within-days' }],
    ['drops values typed for another kind', { fact: 'industry', is: 'in', values: ['Software'] }, 'employees', { fact: 'employees', is: 'in' }],
    ['keeps values within the same kind', { fact: 'industry', is: 'in', values: ['x'] }, 'hqCity', { fact: 'hqCity', is: 'in', values: ['x'] }],
    ['no fact: no test at all', { fact: 'industry', is: 'in', values: ['x'], id: 'k' }, undefined, { id: 'k' }],
  ] as const)('setFact %s', (_, test, fact, want) => expect(setFact({ ...test } as never, fact)).toEqual(want));

  it.each([
    ['at-least → above keeps value', { fact: 'employees', is: 'at-least', value: 50 }, 'above', { fact: 'employees', is: 'above', value: 50 }],
    ['at-least → between drops value', { fact: 'employees', is: 'at-least', value: 50 }, 'between', { fact: 'employees', is: 'between' }],
    ['in → present drops values', { fact: 'industry', is: 'in', values: ['x'] }, 'present', { fact: 'industry', is: 'present' }],
    ['in → not-in keeps values', { fact: 'industry', is: 'in', values: ['x'] }, 'not-in', { fact: 'industry', is: 'not-in', values: ['x'] }],
  ] as const)('setOperator %s', (_, test, op, want) => expect(setOperator({ ...test } as never, op)).toEqual(want));

  it('withoutTest leaves the other fields', () => expect(withoutTest({ id: 'q', label: 'L', fact: 'employees', is: 'present', days: 3 })).toEqual({ id: 'q', label: 'L' }));
});

describe('points running total', () => {
  it.each([
    [{ criteria: [{ points: 60 }, { points: 40 }] }, 100, true],
    [{ criteria: [{ points: 60 }, { points: 30 }] }, 90, false],
    [{ criteria: [{ points: 0.1 }, { points: 0.2 }, { points: 99.7 }] }, 100, true],
    [{ criteria: [{ points: 'x' }, { points: 50 }, {}] }, 50, false],
    [{}, 0, false],
    [undefined, 0, false],
  ] as const)('%j → %d', (icp, total, is100) => expect(pointsTotal(icp as never)).toEqual({ total, is100 }));
});
