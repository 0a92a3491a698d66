import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { playbookJsonSchemaText } from '../../../lib/playbook/json-schema';
import { AccountResult } from '../../../lib/scoring';
import { icp, scratch } from './run-cli';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/playbooks/${name}`, import.meta.url));
const starter = fileURLToPath(new URL('../../../lib/playbook/templates/starter.json', import.meta.url));
const { tmp, file } = scratch('icp-cli-');

describe('icp validate', () => {
  it('a valid file: exit 0 and a one-line summary', async () => {
    const r = await icp('validate', starter);
    expect(r.code).toBe(0);
    expect(r.out).toEqual(['valid: "ICP Fit starter playbook" version 2026.4: 5 ICPs (36 criteria, 8 disqualifiers), 6 personas']);
  });

  it('an invalid file: exit 1 and every problem by path', async () => {
    const r = await icp('validate', fixture('invalid-cross.json'));
    expect(r.code).toBe(1);
    expect(r.out[0]).toMatch(/invalid-cross\.json has 8 problems$/);
    expect(r.out).toContain('  icps[0].criteria[0].max: must be ≥ min (150)');
    expect(r.out).toContain('  personas[0].talkingPoints[0].if: names criterion "no-such-criterion", which no ICP has');
    expect(r.out).toHaveLength(9);
  });

  it.each([
    ['non-JSON', 'not json at all', /^ {2}\(file\): not valid JSON: /],
    ['__proto__', '{"__proto__": {}}', /^ {2}__proto__: "__proto__" is not allowed as a key$/],
  ])('%s: a clear message, no stack trace', async (_n, text, line) => {
    const r = await icp('validate', file(`${_n}.json`, text));
    expect(r.code).toBe(1);
    expect(r.out.some((l) => line.test(l))).toBe(true);
    expect([...r.out, ...r.err].join('\n')).not.toMatch(/\n\s+at /);
  });

  it('a file over 1 MB is refused before it is read', async () => {
    const r = await icp('validate', file('big.json', ' '.repeat(1024 * 1024 + 1)));
    expect(r).toMatchObject({ code: 1, out: [expect.stringMatching(/^invalid: .*big\.json is larger than 1 MB/)] });
  });

  it('a missing file or no argument', async () => {
    expect((await icp('validate', join(tmp, 'nope.json'))).out).toEqual([`invalid: ${join(tmp, 'nope.json')}: no such file`]);
    expect((await icp('validate')).code).toBe(1);
  });
});

describe('icp schema', () => {
  it('prints the JSON Schema (same as public/playbook.schema.json)', async () => {
    const r = await icp('schema');
    expect(r.code).toBe(0);
    expect(r.out.join('\n') + '\n').toBe(playbookJsonSchemaText());
  });
});

describe('icp score', () => {
  type Line = AccountResult & { account: { index: number; name?: string }; issues?: string[]; error?: string };
  const lines = (out: string[]) => out.map((l) => JSON.parse(l) as Line);

  it('JSON Lines in, one result per account, in input order', async () => {
    const r = await icp('score', '--playbook', starter, '--today', '2026-11-23', fixture('facts.jsonl'));
    expect(r.code).toBe(0);
    const results = lines(r.out) as [Line, Line, Line];
    expect(results.map((x) => x.account)).toEqual([{ index: 1, name: 'Acme Analytics' }, { index: 2, name: 'Brickworks Ltd' }, { index: 3, name: 'Tiny Co' }]);
    for (const x of results) AccountResult.parse(x);
    expect(results[0].persona).toEqual({ id: 'head-of-sales', name: 'Head of Sales', matchedBy: 'VP Sales' });
    expect(`${results[0].results[0]!.icpId}:${results[0].results[0]!.tier}`).toBe('outbound-saas:A');
    expect(results[1].results[0]).toMatchObject({ icpId: 'frontline-comms', tier: 'A', segment: { id: 'construction' } });
    expect(results[2].results.find((x) => x.icpId === 'outbound-saas')).toMatchObject({ tier: 'DQ', disqualifiers: [{ id: 'too-small' }] });
  });

  it('CSV with fact-name headers, ; lists, answers columns; other columns ignored with one warning', async () => {
    const r = await icp('score', '--playbook', starter, '--today', '2026-11-23', fixture('accounts.csv'));
    expect(r.code).toBe(0);
    expect(r.err).toEqual(['warning: ignored column "owner": not a fact name']);
    const [acme, precision, unknown] = lines(r.out) as [Line, Line, Line];
    expect(acme.results[0]!.criteria.find((c) => c.id === 'sales-owns-budget')).toMatchObject({ state: 'matched', source: 'rep' });
    expect(precision.account.name).toBe('Precision Parts, Inc.');
    expect(precision.results[0]).toMatchObject({ icpId: 'supply-chain-mfg', tier: 'A' });
    expect(unknown.results.every((x) => x.score === null && x.tier === null)).toBe(true);
  });

  it('a CSV saved by a European Excel (";" between columns, BOM) scores like the comma one', async () => {
    const semi = file('semi.csv', '\uFEFFname;industry;employees;hqCountry\r\n"Acme; Inc.";Software Development;120;US\r\n');
    const comma = file('comma.csv', 'name,industry,employees,hqCountry\n"Acme; Inc.",Software Development,120,US\n');
    const [a, b] = [await icp('score', '--playbook', starter, '--today', '2026-11-23', semi), await icp('score', '--playbook', starter, '--today', '2026-11-23', comma)];
    expect(a.code).toBe(0);
    expect(a.err).toEqual([]);
    expect((lines(a.out)[0] as Line).account.name).toBe('Acme; Inc.');
    expect(lines(a.out).map((l) => (l as Line).results.map((x) => x.score))).toEqual(lines(b.out).map((l) => (l as Line).results.map((x) => x.score)));
  });

  it('a JSON file with one facts object (employees as a band), and --persona', async () => {
    const facts = file('one.json', JSON.stringify({ name: 'Solo', industry: 'Software Development', employees: { min: 51, max: 200 } }));
    const r = await icp('score', '--playbook', starter, '--today', '2026-11-23', '--persona', 'revops', facts);
    const [one] = lines(r.out) as [Line];
    expect(one.persona).toEqual({ id: 'revops', name: 'RevOps' });
    expect(one.results.find((x) => x.icpId === 'hr-midmarket')!.criteria[0]).toMatchObject({ state: 'partial', value: { min: 51, max: 200 } });
  });

  it('is deterministic: same input, same output', async () => {
    const a = await icp('score', '--playbook', starter, '--today', '2026-11-23', fixture('facts.jsonl'));
    const b = await icp('score', '--playbook', starter, '--today', '2026-11-23', fixture('facts.jsonl'));
    expect(a.out).toEqual(b.out);
  });

  it('--format table prints a readable table', async () => {
    const r = await icp('score', '--playbook', starter, '--today', '2026-11-23', '--format', 'table', fixture('facts.jsonl'));
    expect(r.out[0]).toMatch(/^#\s+account\s+ICP\s+tier\s+score\s+range\s+coverage\s+fit\s+timing\s+segment\s+persona$/);
    expect(r.out.find((l) => l.startsWith('1  Acme Analytics'))).toMatch(/Outbound sales tool.*\bA\s+100\s+90–100\s+90%/);
    expect(r.out.some((l) => /\bDQ\b/.test(l))).toBe(true);
  });

  it('a bad line is reported and the rest still scored; exit 1', async () => {
    const input = file('mixed.jsonl', '{"industry": "Retail"}\n{oops\n{"employees": "lots"}\n');
    const r = await icp('score', '--playbook', starter, '--today', '2026-11-23', input);
    expect(r.code).toBe(1);
    const [a, b, c] = lines(r.out) as [Line, Line, Line];
    expect(a.results).toHaveLength(5);
    expect(b).toEqual({ account: { index: 2 }, error: expect.stringMatching(/^line 2: not valid JSON/) });
    expect(c.issues).toEqual(['employees: could not read "lots"']);
  });

  it.each([
    [['--today', '2026-13-01', 'x.csv'], /--today must be a date YYYY-MM-DD/],
    [['--format', 'xml', 'x.csv'], /--format must be json or table/],
    [['--colour', 'red', 'x.csv'], /unknown option --colour/],
    [['accounts.xlsx'], /use a \.json, \.jsonl or \.csv file/],
    [[], /give exactly one accounts file/],
  ])('usage errors: %j', async (args, message) => {
    const r = await icp('score', ...args);
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(message);
  });

  it('an invalid playbook is refused with its problems', async () => {
    const r = await icp('score', '--playbook', fixture('invalid-many.json'), fixture('facts.jsonl'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('  icps[0].criteria[1].points: must be > 0');
    expect(r.out).toEqual([]);
  });
});
