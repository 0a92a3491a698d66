/* eslint-disable @typescript-eslint/no-explicit-any -- these tests edit and inspect arbitrary JSON documents */
import { describe, expect, it } from 'vitest';
import { parsePlaybook, parsePlaybookText, type ParseResult } from '../../../lib/playbook/validate';

/** A small valid playbook; each test breaks one thing. */
function doc(): Record<string, any> {
  return {
    format: 'icp-fit/playbook@1',
    name: 'Team playbook',
    version: '2026.4',
    owner: 'RevOps',
    updated: '2026-11-01',
    icps: [
      {
        id: 'saas',
        name: 'B2B SaaS',
        criteria: [
          { id: 'industry', label: 'Software', layer: 'firmographic', points: 20, fact: 'industry', is: 'in', values: ['Software Development'] },
          { id: 'region', label: 'Europe', layer: 'firmographic', points: 20, fact: 'hqRegion', is: 'in', values: ['europe'] },
          { id: 'stage', label: 'Seed to B', layer: 'firmographic', points: 20, fact: 'fundingStage', is: 'between', min: 'seed', max: 'Series B' },
          { id: 'size', label: '20–150 employees', layer: 'firmographic', points: 15, required: true, fact: 'employees', is: 'between', min: 20, max: 150 },
          { id: 'raised', label: 'Raised lately', layer: 'signal', points: 15, fact: 'lastFundingDate', is: 'within-days', days: 180 },
          { id: 'budget', label: 'Sales owns budget', layer: 'qualitative', points: 10, question: 'Who signs?' },
        ],
        disqualifiers: [{ id: 'gov', reason: 'Government', fact: 'companyType', is: 'in', values: ['Government Agency'] }],
        tiers: [
          { name: 'A', min: 70, action: 'Route to an AE for same-day follow-up' },
          { name: 'B', min: 40, action: 'SDR sequence this week' },
          { name: 'C', min: 0, action: 'Nurture' },
        ],
        segments: [{ id: 'startup', name: 'Startup', fact: 'employees', is: 'at-most', value: 50 }],
      },
    ],
    personas: [{ id: 'sales', name: 'Head of Sales', titles: ['VP Sales'], talkingPoints: [{ text: 'Hi {{name}}', if: 'size', segment: 'startup' }], questions: ['Q?'] }],
  };
}

const parse = (d: unknown): ParseResult => parsePlaybookText(typeof d === 'string' ? d : JSON.stringify(d));
const problems = (d: unknown) => {
  const r = parse(d);
  if (r.ok) throw new Error('expected an invalid playbook');
  return r.errors.map((e) => `${e.path}: ${e.message}`);
};
const broken = (edit: (d: Record<string, any>) => void) => {
  const d = doc();
  edit(d);
  return problems(d);
};

describe('parsePlaybookText', () => {
  it('accepts a valid file, with defaults filled and no warnings', () => {
    const r = parse(doc());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.playbook.icps[0]!.criteria).toHaveLength(6);
    expect(r.playbook.personas[0]!.cares).toEqual([]);
  });

  it('reports min > max with its path, as the issue spells it', () => {
    expect(broken((d) => Object.assign(d.icps[0].criteria[3], { min: 150, max: 20 }))).toEqual(['icps[0].criteria[3].max: must be ≥ min (150)']);
    expect(broken((d) => Object.assign(d.icps[0].criteria[2], { min: 'series-c', max: 'seed' }))).toEqual(['icps[0].criteria[2].max: must be ≥ min (series-c)']);
  });

  it.each([
    ['unknown key', (d: any) => (d.icps[0].criteria[0].weight = 5), 'icps[0].criteria[0]: unknown field "weight" (did you mean "points"?)'],
    ['"when" instead of "if"', (d: any) => (d.personas[0].talkingPoints[0].when = 'size'), 'personas[0].talkingPoints[0]: unknown field "when" (did you mean "if"?)'],
    ['unknown top-level key', (d: any) => (d.author = 'me'), ': unknown field "author"'],
    ['points 0', (d: any) => (d.icps[0].criteria[1].points = 0), 'icps[0].criteria[1].points: must be > 0'],
    ['points negative', (d: any) => (d.icps[0].criteria[1].points = -5), 'icps[0].criteria[1].points: must be > 0'],
    ['points as text', (d: any) => (d.icps[0].criteria[1].points = '10'), 'icps[0].criteria[1].points: must be a number'],
    ['duplicate criterion id', (d: any) => (d.icps[0].criteria[1].id = 'industry'), 'icps[0].criteria[1].id: duplicate id "industry"'],
    ['duplicate ICP id', (d: any) => d.icps.push({ ...d.icps[0] }), 'icps[1].id: duplicate id "saas"'],
    ['dangling if', (d: any) => (d.personas[0].talkingPoints[0].if = ['size', 'nope']), 'personas[0].talkingPoints[0].if: names criterion "nope", which no ICP has'],
    ['dangling segment', (d: any) => (d.personas[0].talkingPoints[0].segment = 'enterprise'), 'personas[0].talkingPoints[0].segment: names segment "enterprise", which no ICP has'],
    ['unknown placeholder', (d: any) => (d.personas[0].talkingPoints[0].text = 'Hi {{firstName}}'), 'personas[0].talkingPoints[0].text: unknown placeholder {{firstName}}; use a fact name such as {{employees}} or {{name}}'],
    ['tiers out of order', (d: any) => d.icps[0].tiers.reverse(), 'icps[0].tiers[1].min: tiers must be listed from the highest min down: 40 is not below 0'],
    ['last tier above 0', (d: any) => (d.icps[0].tiers[2].min = 10), 'icps[0].tiers[2].min: the last tier must have min 0, so every score has a tier'],
    ['tier named DQ', (d: any) => (d.icps[0].tiers[0].name = 'dq'), 'icps[0].tiers[0].name: "DQ" is reserved for disqualified accounts'],
    ['operator not for the fact', (d: any) => (d.icps[0].criteria[3].is = 'matches'), 'icps[0].criteria[3].is: "matches" does not apply to employees; use one of between, at-least, at-most, above, below, in, not-in, present, absent'],
    ['unknown operator', (d: any) => (d.icps[0].criteria[3].is = 'gte'), 'icps[0].criteria[3].is: must be one of "in", "not-in", "between", "at-least", "at-most", "above", "below", "any", "all", "matches", "within-days", "present", "absent"'],
    ['unknown fact', (d: any) => (d.icps[0].criteria[3].fact = 'headcount'), expect.stringMatching(/^icps\[0\]\.criteria\[3\]\.fact: must be one of "industry", "employees"/)],
    ['missing operand', (d: any) => delete d.icps[0].criteria[3].max, 'icps[0].criteria[3].max: required by "between"'],
    ['extra operand', (d: any) => (d.icps[0].criteria[4].value = 3), 'icps[0].criteria[4].value: not used by "within-days" (it takes days)'],
    ['number written as text', (d: any) => (d.icps[0].segments[0].value = '50'), 'icps[0].segments[0].value: employees is a number: write "50" without quotes, digits only'],
    ['unknown region', (d: any) => (d.icps[0].criteria[1].values = ['europe', 'westeros']), 'icps[0].criteria[1].values[1]: "westeros" is not a region; use one of north-america, latam, europe, uk-ireland, dach, nordics, emea, mena, apac, anz'],
    ['unknown country', (d: any) => Object.assign(d.icps[0].criteria[1], { fact: 'hqCountry', values: ['Narnia'] }), 'icps[0].criteria[1].values[0]: "Narnia" is not a country we know (use a name or ISO code such as "US", "DE")'],
    ['unknown stage', (d: any) => (d.icps[0].criteria[2].min = 'series-z'), 'icps[0].criteria[2].min: "series-z" is not a funding stage (e.g. "seed", "series-a", "series-b", "private-equity", "public")'],
    ['unranked stage compared', (d: any) => (d.icps[0].criteria[2].min = 'debt'), 'icps[0].criteria[2].min: "debt" has no place on the funding scale, so "between" cannot compare it; use "in" instead'],
    ['qualitative with a fact', (d: any) => (d.icps[0].criteria[5].fact = 'industry'), 'icps[0].criteria[5].fact: a qualitative criterion has no fact test: the rep answers it'],
    ['criterion without a test', (d: any) => delete d.icps[0].criteria[0].fact, 'icps[0].criteria[0].fact: required: the fact to test'],
    ['a list of the wrong type', (d: any) => (d.icps[0].criteria[0].values = [true]), 'icps[0].criteria[0].values[0]: must be text or a number'],
    ['empty value in a list', (d: any) => (d.icps[0].criteria[0].values = ['']), 'icps[0].criteria[0].values[0]: must not be empty'],
    ['bad id', (d: any) => (d.icps[0].id = 'my icp!'), 'icps[0].id: use letters, digits, - and _ (at most 64, starting with a letter or digit)'],
    ['bad date', (d: any) => (d.updated = '1 Nov 2026'), 'updated: use YYYY-MM-DD'],
    ['no ICPs', (d: any) => (d.icps = []), 'icps: needs at least 1 item'],
    ['missing name', (d: any) => delete d.name, 'name: required'],
  ])('rejects %s', (_n, edit, message) => {
    expect(broken(edit)).toContainEqual(message);
  });

  it('lists every problem at once, in file order, even when some items are malformed', () => {
    const all = broken((d) => {
      d.icps[0].criteria[0].weight = 1; // zod-level
      d.icps[0].criteria[1].points = 0; // zod-level, same item keeps its test checked
      d.icps[0].criteria[1].values = ['mars'];
      d.icps[0].criteria[4].id = 'industry'; // duplicate
      d.personas[0].talkingPoints[0].if = 'nope'; // cross-reference
    });
    expect(all).toEqual([
      'icps[0].criteria[0]: unknown field "weight" (did you mean "points"?)',
      'icps[0].criteria[1].points: must be > 0',
      'icps[0].criteria[1].values[0]: "mars" is not a region; use one of north-america, latam, europe, uk-ireland, dach, nordics, emea, mena, apac, anz',
      'icps[0].criteria[4].id: duplicate id "industry"',
      'personas[0].talkingPoints[0].if: names criterion "nope", which no ICP has',
    ]);
  });

  it.each([
    ['__proto__', '{"__proto__": {"polluted": true}, "format": "icp-fit/playbook@1"}', '__proto__: "__proto__" is not allowed as a key'],
    ['nested constructor', '{"format": "icp-fit/playbook@1", "icps": [{"constructor": {"prototype": 1}}]}', 'icps[0].constructor: "constructor" is not allowed as a key'],
    ['prototype', '{"prototype": 1}', 'prototype: "prototype" is not allowed as a key'],
  ])('rejects a %s key by name, as text and as an object (Chrome policy)', (_n, text, message) => {
    // JSON.parse keeps "__proto__" as an own key: the validator must name it, whatever else is wrong
    expect(problems(text)).toContainEqual(message);
    const fromObject = parsePlaybook(JSON.parse(text));
    expect(!fromObject.ok && fromObject.errors.map((e) => `${e.path}: ${e.message}`)).toContainEqual(message);
  });

  it.each([
    ['not JSON', '{ name: "x" }', /^: not valid JSON: /],
    ['JSON that is not an object', '[1,2]', /^format: a playbook must be a JSON object$/],
    ['missing format', '{"name": "x"}', /^format: missing "format": "icp-fit\/playbook@1"$/],
    ['another file type', '{"format": "eslint"}', /^format: "format" must be "icp-fit\/playbook@1", not "eslint"$/],
    ['a newer format', '{"format": "icp-fit/playbook@2"}', /^format: this file is format @2, newer than this version of ICP Fit understands \(@1\): update the extension$/],
    ['deep nesting', `${'['.repeat(40)}${']'.repeat(40)}`, /nested more than 32 levels deep/],
  ])('rejects %s with a clear message', (_n, text, pattern) => {
    const all = problems(text);
    expect(all.some((p) => pattern.test(p))).toBe(true);
  });

  it('refuses files over 1 MB (counted in bytes), accepts a byte-order mark', () => {
    const big = JSON.stringify({ ...doc(), owner: 'x'.repeat(1024 * 1024) });
    expect(problems(big)[0]).toMatch(/^: the file is larger than 1 MB \(10\d\d KB\)/);
    const multiByte = JSON.stringify({ ...doc(), owner: 'é'.repeat(600 * 1024) });
    expect(problems(multiByte)[0]).toMatch(/larger than 1 MB/);
    expect(parse('\uFEFF' + JSON.stringify(doc())).ok).toBe(true);
  });

  it('warns (does not reject) about values the normalisers do not know and points not summing to 100', () => {
    const d = doc();
    d.icps[0].criteria[0].values = ['Quantum Widgets'];
    d.icps[0].criteria[0].points = 25;
    const r = parse(d);
    expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['icps[0].criteria[0].values[0]', 'icps[0].criteria']);
  });

  it('accepts a $schema key for editors', () => {
    expect(parse({ $schema: '../public/playbook.schema.json', ...doc() }).ok).toBe(true);
  });
});
