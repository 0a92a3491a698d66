// Small builders so each test states only what it is about.
import type { PlaybookInput } from '../../../lib/playbook/schema';
import { parsePlaybook } from '../../../lib/playbook/validate';
import { compilePlaybook, scoreAccount, type ScoringFacts, type ScoreInput } from '../../../lib/scoring';

export const TODAY = '2026-11-23';

/** Plain values → scoring facts ({value} each). */
export function facts(values: Record<string, unknown>): ScoringFacts {
  return Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value }]));
}

/** Criteria are written as a manager writes JSON; the playbook validator checks them at runtime. */
type CriterionInput = Record<string, unknown>;

/** A one-ICP playbook from criteria (ids/labels/points filled in), validated like a real file. */
export function playbookOf(criteria: CriterionInput[], icp: Record<string, unknown> = {}, extra: Partial<PlaybookInput> = {}) {
  const doc = {
    format: 'icp-fit/playbook@1',
    name: 'Test',
    version: '1',
    icps: [
      {
        id: 'icp',
        name: 'Test ICP',
        criteria: criteria.map((c, i) => ({ id: `c${i}`, label: `Criterion ${i}`, layer: 'firmographic', points: 10, ...c })),
        tiers: [
          { name: 'A', min: 70, action: 'Call today' },
          { name: 'B', min: 40, action: 'Sequence' },
          { name: 'C', min: 0, action: 'Nurture' },
        ],
        ...icp,
      },
    ],
    ...extra,
  };
  const parsed = parsePlaybook(doc);
  if (!parsed.ok) throw new Error(`test playbook invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return compilePlaybook(parsed.playbook);
}

/** Score and return the only ICP's result. */
export function scoreOne(criteria: CriterionInput[], values: Record<string, unknown>, input: Partial<ScoreInput> = {}, icp: Record<string, unknown> = {}) {
  const pb = playbookOf(criteria, icp);
  return scoreAccount({ facts: facts(values), ...input }, pb, { today: TODAY }).results[0]!;
}

/** The state and credit of a single test against one fact value. */
export function judge(test: CriterionInput, values: Record<string, unknown>) {
  const c = scoreOne([test], values).criteria[0]!;
  return { state: c.state, credit: c.credit };
}
