import { describe, expect, it } from 'vitest';
import { diffPlaybooks } from '../../../lib/playbook/diff';
import { Playbook, type PlaybookInput } from '../../../lib/playbook/schema';

function base(): PlaybookInput {
  return {
    format: 'icp-fit/playbook@1',
    name: 'Team playbook',
    version: '1',
    icps: [
      {
        id: 'saas',
        name: 'B2B SaaS',
        criteria: [
          { id: 'industry', label: 'Software', layer: 'firmographic', points: 20, fact: 'industry', is: 'in', values: ['Software Development'] },
          { id: 'size', label: '20–150 employees', layer: 'firmographic', points: 15, fact: 'employees', is: 'between', min: 20, max: 150 },
        ],
        disqualifiers: [{ id: 'gov', reason: 'Government', fact: 'companyType', is: 'in', values: ['Government Agency'] }],
        tiers: [
          { name: 'A', min: 70 },
          { name: 'C', min: 0 },
        ],
      },
    ],
    personas: [{ id: 'cro', name: 'Sales leader', titles: ['VP Sales'] }],
  };
}
const parse = (p: PlaybookInput) => Playbook.parse(p);
const texts = (a: PlaybookInput, b: PlaybookInput) => diffPlaybooks(parse(a), parse(b)).map((c) => c.text);

describe('diffPlaybooks', () => {
  it('finds no change between identical playbooks', () => {
    expect(diffPlaybooks(parse(base()), parse(base()))).toEqual([]);
  });

  const cases: [string, (p: PlaybookInput) => void, RegExp][] = [
    ['version', (p) => void (p.version = '2'), /^Version 1 → 2$/],
    ['playbook name', (p) => void (p.name = 'New name'), /renamed from "Team playbook" to "New name"/],
    ['ICP added', (p) => void p.icps.push({ ...p.icps[0]!, id: 'ent', name: 'Enterprise' }), /^ICP "Enterprise" added$/],
    ['ICP renamed', (p) => void (p.icps[0]!.name = 'SaaS scale-ups'), /^ICP "B2B SaaS" renamed to "SaaS scale-ups"$/],
    ['criterion added', (p) => void p.icps[0]!.criteria.push({ id: 'eu', label: 'Europe', layer: 'firmographic', points: 10, fact: 'hqRegion', is: 'in', values: ['europe'] }), /criterion "Europe" added \(10 points\)/],
    ['criterion removed', (p) => void p.icps[0]!.criteria.splice(0, 1), /criterion "Software" removed/],
    ['points changed', (p) => void (p.icps[0]!.criteria[1]!.points = 25), /criterion "20–150 employees" is now worth 25 points \(was 15\)/],
    ['operator and values changed', (p) => Object.assign(p.icps[0]!.criteria[1]!, { is: 'at-least', value: 500, min: undefined, max: undefined }), /now tests employees at-least 500 \(was employees between 20–150\)/],
    ['values changed', (p) => void (p.icps[0]!.criteria[0]!.values = ['Software Development', 'IT Services']), /now tests industry in Software Development, IT Services \(was industry in Software Development\)/],
    ['tiers changed', (p) => void (p.icps[0]!.tiers[0]!.min = 80), /tiers A ≥ 70, C ≥ 0 → A ≥ 80, C ≥ 0/],
    ['disqualifier added', (p) => void p.icps[0]!.disqualifiers!.push({ id: 'edu', reason: 'Schools', fact: 'companyType', is: 'in', values: ['Educational'] }), /disqualifier "Schools" added/],
    ['disqualifier removed', (p) => void (p.icps[0]!.disqualifiers = []), /disqualifier "Government" removed/],
    ['persona added', (p) => void p.personas!.push({ id: 'cfo', name: 'Finance', titles: ['CFO'] }), /^Persona "Finance" added$/],
    ['persona removed', (p) => void (p.personas = []), /^Persona "Sales leader" removed$/],
    ['required flag', (p) => void (p.icps[0]!.criteria[1]!.required = true), /is now required/],
  ];
  it.each(cases)('reports %s', (_, edit, expected) => {
    const b = base();
    edit(b);
    const changes = texts(base(), b);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatch(expected);
  });

  it('reports a removed ICP in the other direction', () => {
    const b = base();
    b.icps.push({ ...b.icps[0]!, id: 'ent', name: 'Enterprise' });
    expect(texts(b, base())).toEqual(['ICP "Enterprise" removed']);
  });

  it('lists every change when several things changed, with kinds and paths', () => {
    const b = base();
    b.version = '2';
    b.icps[0]!.criteria[0]!.points = 30;
    b.personas = [];
    const changes = diffPlaybooks(parse(base()), parse(b));
    expect(changes.map((c) => [c.kind, c.path])).toEqual([
      ['changed', 'playbook'],
      ['changed', 'icp:saas/criterion:industry'],
      ['removed', 'persona:cro'],
    ]);
  });
});
