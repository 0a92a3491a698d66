import { describe, expect, it } from 'vitest';
import { scoreAccount } from '../../../lib/scoring';
import { facts, playbookOf, TODAY } from './helpers';

// An unknown criterion's result is the same for every account, so the compiled playbook makes it
// once and every result shares it (lib/scoring/criterion-result.ts). Shared means it must not be
// writable: one caller changing it would change every other account's result.
describe('shared results of unknown criteria', () => {
  const compiled = playbookOf([{ fact: 'employees', is: 'at-least', value: 50 }, { fact: 'industry', is: 'in', values: ['Retail'] }]);
  const score = (values: Record<string, unknown>) => scoreAccount({ facts: facts(values) }, compiled, { today: TODAY }).results[0]!;

  it('are frozen, so a caller cannot change another account’s result', () => {
    const a = score({ employees: 80 });
    const unknown = a.criteria.find((c) => c.state === 'unknown')!;
    expect(unknown.id).toBe('c1');
    expect(Object.isFrozen(unknown)).toBe(true);
    expect(() => {
      (unknown as { state: string }).state = 'matched';
    }).toThrow(TypeError);
    expect(score({ employees: 10 }).criteria[1]).toMatchObject({ state: 'unknown', credit: 0, earned: 0, evidence: [] });
  });

  it('read like the per-account results', () => {
    const known = score({ employees: 80, industry: 'Retail' }).criteria[1]!;
    const unknown = score({ employees: 80 }).criteria[1]!;
    expect(Object.keys(unknown)).toEqual(Object.keys(known));
    expect(unknown).toEqual({ ...known, state: 'unknown', credit: 0, earned: 0, value: undefined, source: undefined, evidence: [] });
  });
});
