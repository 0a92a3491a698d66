// Issue #9, "CSVs: the cases from the insights issue": every hostile export ends in bounded time
// with a clear error or a partial result, keeps text as text, and pollutes no prototype.
import { afterAll, describe, expect, it } from 'vitest';
import { analyseRows, readCrmCsv } from '../../../lib/insights/pipeline';
import { starterPlaybook } from '../../../lib/playbook/templates';
import { HEADER, syntheticRows, toCsv } from './synthetic';

const opts = { today: '2026-12-01', base: starterPlaybook() };

function pipeline(text: string) {
  const t = performance.now();
  const read = readCrmCsv(text);
  const result = read.ok ? analyseRows(read.header, read.rows, read.mapping, opts) : read;
  return { read, result, ms: performance.now() - t };
}

const rows = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join('\n');

afterAll(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('industry');
});

describe('hostile CSV exports', () => {
  it.each([
    ['semicolons', `Company name;Industry;Deal Stage\n${rows(50, (i) => `A${i};${i % 2 ? 'Retail' : 'Banking'};${i % 3 ? 'Closed Won' : 'Closed Lost'}`)}`],
    ['tabs + CRLF', `Company name\tIndustry\tDeal Stage\r\n${rows(50, (i) => `A${i}\tRetail\tClosed Won`).replace(/\n/g, '\r\n')}`],
    ['pipes + BOM', `\uFEFFCompany name|Industry|Deal Stage\n${rows(50, (i) => `A${i}|Retail|Won`)}`],
    ['quoted newlines', `Company name,Industry,Deal Stage,Notes\n${rows(50, (i) => `A${i},Retail,Won,"line one\nline two, with a comma"`)}`],
  ])('%s: read in full', (_n, text) => {
    const { result } = pipeline(text);
    expect(result).toMatchObject({ ok: true, report: { rows: 50, used: 50 } });
  });

  it('100,000 rows: analysed, with a draft, within the budget', () => {
    const { result, ms } = pipeline(toCsv(HEADER, syntheticRows({ n: 100_000, seed: 2, planted: true })));
    expect(result.ok && result.report.used).toBe(100_000);
    expect(result.ok && result.draft.ok).toBe(true);
    expect(ms).toBeLessThan(15_000);
  });

  it('missing columns: a clear error when nothing says won or lost, a partial result otherwise', () => {
    expect(pipeline('Company name,Industry\nA,Retail\n').result).toEqual({ ok: false, message: 'no column says whether a deal was won: pick the outcome or stage column (columns: "Company name", "Industry")' });
    expect(pipeline('Deal Stage\nWon\nLost\n').result).toMatchObject({ ok: true, records: [], report: { skippedByReason: [{ count: 2 }] } });
  });

  it('blank outcomes only: every row skipped with the reason, no crash', () => {
    const { result } = pipeline(`Industry,Deal Stage\n${rows(1000, () => 'Retail,')}`);
    expect(result).toMatchObject({ ok: true, records: [], report: { rows: 1000, used: 0, skippedByReason: [{ reason: 'no outcome (the stage cell is blank)', count: 1000 }] } });
    expect(result.ok && result.report.skipped).toHaveLength(500);
    expect(result.ok && result.analysis.warnings[0]).toMatch(/^Only 0 won accounts/);
  });

  it('an unclosed quote over megabytes: a clear error, quickly', () => {
    const { result, ms } = pipeline(`Industry,Deal Stage\nRetail,"${'x'.repeat(5_000_000)}`);
    expect(result).toEqual({ ok: false, message: 'not a readable CSV: a quoted field opened on line 2 is not closed' });
    expect(ms).toBeLessThan(2000);
  });

  it('a line of 200,000 columns, cells of a megabyte and NUL bytes: bounded', () => {
    const { result, ms } = pipeline(`Industry,Deal Stage${',x'.repeat(200_000)}\n${'y'.repeat(1_000_000)},Won\n\u0000\u0001,\u0000Lost\n`);
    expect(result.ok).toBe(true);
    expect(result.ok && result.records[0]!.facts.industry!.value).toHaveLength(2000);
    expect(ms).toBeLessThan(5000);
  });

  it('50,000 distinct free-text industries: bounded, nothing confident', () => {
    const { result, ms } = pipeline(`Industry,Deal Stage\n${rows(50_000, (i) => `Niche ${i},${i % 2 ? 'Won' : 'Lost'}`)}`);
    expect(result.ok && result.analysis.patterns.every((p) => p.confidence === 'weak')).toBe(true);
    expect(result.ok && result.report.freeTextIndustries.count).toBe(50_000);
    expect(ms).toBeLessThan(10_000);
  });

  it('__proto__, constructor and prototype as headers and cells pollute nothing and stay text', () => {
    const text = `__proto__,constructor,Industry,Technologies,Deal Stage\n${rows(60, (i) => `{"polluted":1},x,${i % 2 ? '__proto__' : 'constructor'},__proto__;prototype,${i % 2 ? 'Won' : 'Lost'}`)}`;
    const { result } = pipeline(text);
    expect(result.ok).toBe(true);
    expect(result.ok && result.analysis.patterns.find((p) => p.attribute === 'industry' && p.key === '__proto__')).toMatchObject({ won: 30, lost: 0 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('markup in cells stays literal text in the analysis and the draft', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const text = `Industry,Deal Stage\n${rows(80, (i) => `${i % 2 ? `"${evil}"` : 'Retail'},${i % 2 ? 'Won' : 'Lost'}`)}`;
    const { result } = pipeline(text);
    expect(result.ok && result.analysis.patterns[0]!.label).toBe(evil);
    expect(result.ok && result.draft.ok && result.draft.playbook.icps[0]!.criteria[0]!.values).toEqual([evil]);
  });
});
