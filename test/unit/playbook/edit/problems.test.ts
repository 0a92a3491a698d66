import { describe, expect, it } from 'vitest';
import { countUnder, fieldOf, indexProblems } from '../../../../lib/playbook/edit/problems';
import { parsePlaybook } from '../../../../lib/playbook/validate';

describe('problem → form field', () => {
  it.each([
    ['icps[0].criteria[2].values[1]', 'icps[0].criteria[2].values'],
    ['icps[0].criteria[2].values', 'icps[0].criteria[2].values'],
    ['personas[0].titles[3]', 'personas[0].titles'],
    ['personas[0].talkingPoints[1].if[0]', 'personas[0].talkingPoints[1].if'],
    ['icps[0].criteria[2]', 'icps[0].criteria[2]'],
    ['icps[1].tiers[0].min', 'icps[1].tiers[0].min'],
    ['', ''],
  ])('%s → %s', (path, field) => expect(fieldOf(path)).toBe(field));

  it('indexes the problems of a real validation by field, and counts them per ICP', () => {
    const r = parsePlaybook({
      format: 'icp-fit/playbook@1',
      name: '',
      version: '1',
      icps: [
        { id: 'a', name: 'A', criteria: [{ id: 'c', label: 'c', layer: 'firmographic', points: -1, fact: 'hqRegion', is: 'in', values: ['westeros'] }], tiers: [{ name: 'A', min: 0 }] },
        { id: 'b', name: 'B', criteria: [{ id: 'c', label: 'c', layer: 'firmographic', points: 100, fact: 'employees', is: 'at-least', value: 5 }], tiers: [{ name: 'A', min: 10 }] },
      ],
    });
    expect(r.ok).toBe(false);
    const index = indexProblems(r.ok ? [] : r.errors);
    expect(index.get('name')).toEqual(['must not be empty']);
    expect(index.get('icps[0].criteria[0].points')).toBeDefined();
    expect(index.get('icps[1].tiers[0].min')?.[0]).toMatch(/last tier must have min 0/);
    expect(countUnder(index, 'icps[0]')).toBeGreaterThanOrEqual(1);
    expect(countUnder(index, 'icps[1]')).toBe(1);
    expect(countUnder(index, 'icps[2]')).toBe(0);
    // "icps[1]" must not count "icps[10]"
    expect(countUnder(new Map([['icps[10].name', ['x']]]), 'icps[1]')).toBe(0);
  });

  it('the same message twice for one field is listed once', () => {
    expect(indexProblems([{ path: 'a.values[0]', message: 'm' }, { path: 'a.values[1]', message: 'm' }]).get('a.values')).toEqual(['m']);
  });
});
