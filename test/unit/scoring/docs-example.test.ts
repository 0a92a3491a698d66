import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlaybookText } from '../../../lib/playbook/validate';
import { compilePlaybook, scoreAccount, toScoringFacts, type IcpResult } from '../../../lib/scoring';

// docs/scoring.md's worked example is data: the playbook and facts blocks are scored here, and the
// figures in its tables must be what the engine computes.
const doc = readFileSync(fileURLToPath(new URL('../../../docs/scoring.md', import.meta.url)), 'utf8');

function block(marker: string): string {
  const at = doc.indexOf(`<!-- example:${marker} -->`);
  if (at < 0) throw new Error(`docs/scoring.md has no example:${marker}`);
  return doc.slice(at).split('\n').slice(1).join('\n');
}
const json = (marker: string) => JSON.parse(/^```json\n([\s\S]*?)\n```/.exec(block(marker))![1]!);
/** The "| figure | value | how |" table after a marker → {figure: value}. */
function table(marker: string): Record<string, string> {
  const rows = block(marker).split('\n').filter((l) => l.startsWith('|')).slice(2);
  const end = block(marker).split('\n').findIndex((l) => !l.startsWith('|'));
  return Object.fromEntries(rows.slice(0, end - 2).map((r) => r.split('|').slice(1, 3).map((c) => c.trim()) as [string, string]));
}

const parsed = parsePlaybookText(JSON.stringify(json('playbook')));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const playbook = compilePlaybook(parsed.playbook);
const facts = toScoringFacts(json('facts')).facts;
const score = (answers = {}) => scoreAccount({ facts, answers }, playbook, { today: '2026-11-23' }).results[0]!;
const yesNo = (b: boolean) => (b ? 'yes' : 'no');
const figures = (r: IcpResult) => ({
  score: String(r.score),
  tier: String(r.tier),
  provisional: yesNo(r.provisional),
  coverage: String(r.coverage),
  range: `${r.range[0]}–${r.range[1]}`,
  fit: String(r.fit),
  timing: String(r.timing),
  segment: r.segment?.name ?? '',
  'first question': r.questions[0] ?? '',
});

describe('docs/scoring.md worked example', () => {
  it('the facts read as the page shows them', () => {
    expect(toScoringFacts(json('facts')).issues).toEqual([]);
  });

  it('every figure in the result table is what the engine computes', () => {
    const expected = table('result');
    expect(Object.keys(expected)).toEqual(['score', 'tier', 'provisional', 'coverage', 'range', 'fit', 'timing', 'segment', 'first question']);
    expect(figures(score())).toEqual(expected);
  });

  it('the per-criterion table agrees (earned points)', () => {
    const earned = score().criteria.map((c) => (c.state === 'unknown' ? '—' : String(Math.round(c.earned * 10) / 10)));
    const rows = doc.slice(doc.indexOf('| criterion | points |')).split('\n').filter((l) => l.startsWith('|')).slice(2, 10);
    expect(rows.map((r) => r.split('|').at(-2)!.trim())).toEqual(earned);
  });

  it('after the rep answers "no" to the budget criterion', () => {
    const expected = table('answered');
    const got = figures(score({ budget: false }));
    expect({ score: got.score, tier: got.tier, range: got.range }).toEqual(expected);
  });

  it('a retail company is capped at C by the required industry criterion', () => {
    const retail = scoreAccount({ facts: { ...facts, industry: { value: 'Retail' } } }, playbook, { today: '2026-11-23' }).results[0]!;
    expect(retail.tier).toBe('C');
    expect(doc).toContain(`"${retail.cappedBy}"`);
  });
});
