import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlaybookText } from '../../../lib/playbook/validate';
import { HEADER, shuffledOutcomes, syntheticRows, toCsv } from '../insights/synthetic';
import { icp, scratch } from './run-cli';

const { tmp, file } = scratch('icp-analyze-');
const deals = file('deals.csv', toCsv(HEADER, syntheticRows({ n: 600, seed: 1, planted: true })));

describe('icp analyze', () => {
  it('prints the patterns table, the draft, and writes a valid playbook with --out', async () => {
    const out = join(tmp, 'draft.json');
    const r = await icp('analyze', deals, '--out', out, '--today', '2026-12-01');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out[0]).toBe(`${deals}: 600 rows (separated by ","), 600 used, 0 skipped`);
    expect(r.out[1]).toMatch(/^columns: Outcome or stage ← "Deal Stage", Company name ← "Company name",/);
    expect(r.out[2]).toBe('compared: 218 won with 382 lost');
    const head = r.out.findIndex((l) => /^attribute\s+value\s+won\s+lost\s+lift\s+evidence$/.test(l));
    expect(r.out[head + 2]).toMatch(/^Industry\s+Software Development\s+71% \(154\)\s+14% \(53\)\s+5\.\d×\s+strong evidence$/);
    expect(r.out).toContain(`written to ${out} — check it with: npm run --silent icp -- validate ${out}`);
    expect(r.out.some((l) => /^ {3}DQ {6}Industry: Government Administration/.test(l))).toBe(true);
    const parsed = parsePlaybookText(readFileSync(out, 'utf8'));
    expect(parsed.ok && parsed.playbook.icps[0]!.criteria.reduce((s, c) => s + c.points, 0)).toBe(100);
    expect((await icp('validate', out)).code).toBe(0);
  });

  it('--format json: one object with mapping, counts, patterns and the draft', async () => {
    const r = await icp('analyze', deals, '--format', 'json', '--today', '2026-12-01');
    const j = JSON.parse(r.out.join('\n'));
    expect(j.mapping).toMatchObject({ outcome: 'Deal Stage', industry: 'Industry', employees: 'Number of Employees' });
    expect(j.counts).toMatchObject({ won: 218, lost: 382 });
    expect(j.patterns[0]).toMatchObject({ attribute: 'industry', key: 'Software Development', confidence: 'strong' });
    expect(j.draft.ok).toBe(true);
  });

  it('--outcome-column picks another column; a name that is not there lists the columns', async () => {
    const csv = file('custom.csv', 'Firm,Sector,Result of deal\nA,Retail,Won\nB,Banking,Lost\n');
    const r = await icp('analyze', csv, '--outcome-column', 'result of deal', '--today', '2026-12-01');
    expect(r.code).toBe(0);
    expect(r.out[2]).toBe('compared: 1 won with 1 lost');
    expect(r.out).toContain('warning: Only 1 won account — fewer than 20: too few to tell a pattern from chance. Treat what follows as a hint and add more closed deals before relying on it.');
    const bad = await icp('analyze', csv, '--outcome-column', 'Outcome');
    expect(bad.code).toBe(1);
    expect(bad.err[0]).toBe('icp analyze: --outcome-column "Outcome" is not a column of ' + csv + ' (columns: "Firm", "Sector", "Result of deal")');
  });

  it('no outcome column: says how to name one', async () => {
    const r = await icp('analyze', file('nooutcome.csv', 'Firm,Industry\nA,Retail\n'));
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/no column says whether a deal was won.*— name it with --outcome-column$/);
  });

  it('shuffled data: no draft; with --out that is exit 1 and nothing written', async () => {
    const csv = file('shuffled.csv', toCsv(HEADER, shuffledOutcomes(syntheticRows({ n: 600, seed: 1, planted: true }), 9)));
    const out = join(tmp, 'none.json');
    const r = await icp('analyze', csv, '--out', out);
    expect(r.code).toBe(1);
    expect(r.out.some((l) => l.startsWith('no draft: Nothing sets the 218 won accounts apart'))).toBe(true);
    expect(() => readFileSync(out)).toThrow();
  });

  it.each([
    [[], /give exactly one CSV file/],
    [['--format', 'xml', 'x.csv'], /--format must be table or json/],
    [['--top', '0', 'x.csv'], /--top must be a whole number/],
    [['--colour', 'x.csv'], /unknown option --colour/],
    [['missing.csv'], /missing\.csv: no such file/],
  ])('usage errors: %j', async (args, message) => {
    const r = await icp('analyze', ...args);
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(message);
  });
});

describe('icp analyze on the sample export in docs/insights.md', () => {
  it('finds what the docs say it shows: software, North America and a few hundred employees win', async () => {
    const sample = join(import.meta.dirname, '../../fixtures/insights/hubspot-deals.sample.csv');
    const out = join(tmp, 'sample-draft.json');
    const r = await icp('analyze', sample, '--out', out, '--today', '2026-12-01');
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/400 rows .* 400 used, 0 skipped$/);
    const parsed = parsePlaybookText(readFileSync(out, 'utf8'));
    if (!parsed.ok) throw new Error('draft invalid');
    const labels = parsed.playbook.icps[0]!.criteria.map((c) => `${c.fact} ${JSON.stringify(c.values ?? [c.min, c.max])}`);
    expect(labels).toEqual(expect.arrayContaining([expect.stringMatching(/^industry .*Software Development/), expect.stringMatching(/^hqRegion .*north-america/), expect.stringMatching(/^employees \[\d+,\d+\]/)]));
  });
});
