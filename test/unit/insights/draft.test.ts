import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/insights/analyze';
import { detectMapping } from '../../../lib/insights/columns';
import { draftPlaybook } from '../../../lib/insights/draft';
import { toRecords } from '../../../lib/insights/records';
import { parsePlaybook } from '../../../lib/playbook/validate';
import { starterPlaybook } from '../../../lib/playbook/templates';
import { scoreAccount } from '../../../lib/scoring';
import { HEADER, shuffledOutcomes, syntheticRows } from './synthetic';

const today = '2026-12-01';
function build(rows: string[][]) {
  const { records } = toRecords(HEADER, rows, detectMapping(HEADER));
  const analysis = analyze(records);
  return { records, analysis, draft: draftPlaybook(analysis, records, { today, source: 'deals.csv', base: starterPlaybook() }) };
}

describe('draftPlaybook', () => {
  const { records, draft } = build(syntheticRows({ n: 600, seed: 1, planted: true }));
  if (!draft.ok) throw new Error(draft.message);
  const icp = draft.playbook.icps[0]!;

  it('is a valid playbook (parsePlaybook accepts its JSON text) built from the planted patterns', () => {
    expect(parsePlaybook(JSON.parse(draft.text))).toMatchObject({ ok: true });
    expect(icp.criteria.map((c) => c.id)).toEqual(expect.arrayContaining(['industry', 'technologies', 'employees']));
    expect(icp.criteria.find((c) => c.id === 'industry')).toMatchObject({ fact: 'industry', is: 'in', values: ['Software Development'] });
    expect(icp.criteria.find((c) => c.id === 'technologies')).toMatchObject({ fact: 'technologies', is: 'any', values: ['HubSpot'] });
    expect(icp.disqualifiers[0]).toMatchObject({ fact: 'industry', is: 'in', values: ['Government Administration'], reason: expect.stringMatching(/^Industry: Government Administration: \d+ of 382 lost deals, 0 of 218 won$/) });
  });

  it('points sum to 100, strongest lift first and most points', () => {
    expect(icp.criteria.reduce((s, c) => s + c.points, 0)).toBe(100);
    const points = icp.criteria.map((c) => c.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    expect(icp.criteria[0]!.id).toBe('industry');
  });

  it('the numeric range is the one that best separates won from lost: about the planted 50–500', () => {
    const size = icp.criteria.find((c) => c.id === 'employees')!;
    expect(size.is).toBe('between');
    expect(Number(size.min)).toBeGreaterThan(20);
    expect(Number(size.min)).toBeLessThanOrEqual(80);
    expect(Number(size.max)).toBeGreaterThanOrEqual(450);
    expect(Number(size.max)).toBeLessThanOrEqual(700);
    expect(size.label).toBe(`${Number(size.min).toLocaleString('en-US')}–${Number(size.max).toLocaleString('en-US')} employees`);
  });

  it('tiers separate won from lost on the same data, and the description says how', () => {
    expect(icp.tiers.map((t) => t.name)).toEqual(['A', 'B', 'C']);
    expect(icp.tiers[0]!.min).toBeGreaterThan(icp.tiers[1]!.min);
    const a = draft.separation.tiers[0]!;
    expect(a.shareWon).toBeGreaterThan(0.5);
    expect(a.shareLost).toBeLessThan(0.2);
    // recomputed independently with the engine
    const tierOf = (i: number) => scoreAccount({ facts: records[i]!.facts }, draft.playbook, { today }).results[0]!.tier;
    const wonInA = records.filter((r, i) => r.outcome === 'won' && tierOf(i) === 'A').length;
    expect(wonInA).toBe(a.won);
    expect(icp.description).toMatch(/^Drafted on 2026-12-01 from deals\.csv: 218 won and 382 lost accounts\..* tier A holds \d+% of won and \d+% of lost accounts\./);
  });

  it('keeps the personas of the base playbook, without talking points tied to criteria it does not have', () => {
    expect(draft.playbook.personas.map((p) => p.id)).toEqual(starterPlaybook().personas.map((p) => p.id));
    const ids = new Set(icp.criteria.map((c) => c.id));
    for (const p of draft.playbook.personas) for (const tp of p.talkingPoints) expect([tp.if ?? []].flat().every((id) => ids.has(id)) && !tp.segment).toBe(true);
    expect(draft.playbook).toMatchObject({ name: 'ICP drafted from closed deals', version: 'draft 2026-12-01', updated: today });
  });

  it('is deterministic', () => {
    expect(build(syntheticRows({ n: 600, seed: 1, planted: true })).draft).toEqual(draft);
  });
});

describe('draftPlaybook on data without a pattern', () => {
  it('shuffled outcomes: no draft, and a plain reason', () => {
    const { draft } = build(shuffledOutcomes(syntheticRows({ n: 600, seed: 1, planted: true }), 9));
    expect(draft).toEqual({ ok: false, message: 'Nothing sets the 218 won accounts apart from the 382 lost ones with enough evidence to draft an ICP. Add more closed deals, or map more columns.' });
  });

  it('no base playbook: no personas', () => {
    const { records } = toRecords(HEADER, syntheticRows({ n: 400, seed: 4, planted: true }), detectMapping(HEADER));
    const d = draftPlaybook(analyze(records), records, { today });
    expect(d.ok && d.playbook.personas).toEqual([]);
  });
});
