import { db } from '../../db/database';
import { PERFORMANCE_KEY, type ScoringInputRow } from '../../db/scoring-inputs';
import { getInput, getInputs } from '../../db/inputs-repo';
import type { AnswerRow, OutcomeRow } from '../../accounts/account-row';
import { applyRecord, newPerformanceState, type PerformanceState } from '../../insights/performance';
import type { OutcomeRecord } from '../../insights/record';
import type { ActivePlaybook } from '../playbook/playbook-service';
import { answersOf } from '../accounts/scoring-service';

/**
 * The Insights tally kept up to date (issue 17): opening the view reads one row instead of
 * reading and scoring every account with an outcome. Recording an outcome takes the account's
 * old outcome out and puts the new one in, in the transaction that writes it. Any other write
 * that may change it (facts of an account with an outcome, answers, restores, merges, deletes)
 * drops it (lib/db/scoring-inputs.ts), as does a new playbook or a new day (the tally is kept
 * for one `tallyKey`); the next view, or the end of a rescore, recomputes it from every row.
 */
export const tallyKey = (active: ActivePlaybook, today: string) => `${active.key}|${today}`;

export function inputRecord(input: ScoringInputRow, outcome: OutcomeRow, answers: AnswerRow[] | undefined): OutcomeRecord {
  return {
    id: input.id,
    facts: input.facts,
    // dated, like the facts beside them: Insights and the review see an old answer as the panel does
    answers: answers?.length ? answersOf(answers) : undefined,
    outcome: outcome.status,
    value: outcome.value,
    currency: outcome.currency,
    openedAt: outcome.openedAt,
    closedAt: outcome.closedAt,
  };
}

/** The kept tally if it is for this playbook and day, else a full recompute (stored for next time). */
export async function currentTally(active: ActivePlaybook, today: string): Promise<PerformanceState> {
  const row = await db().aggregates.get(PERFORMANCE_KEY);
  if (row?.state && row.playbookKey === tallyKey(active, today)) return row.state;
  return recomputeTally(active, today);
}

/**
 * Every account with an outcome, read in one read transaction (one consistent snapshot, with the
 * tally row's epoch), scored outside it. Stored only if no write changed the epoch meanwhile.
 */
export async function recomputeTally(active: ActivePlaybook, today: string): Promise<PerformanceState> {
  const d = db();
  const snap = await d.transaction('r', [d.outcomes, d.inputPacks, d.answers, d.aggregates], async () => {
    const outcomes = await d.outcomes.toArray();
    const ids = outcomes.map((o) => o.accountId);
    const inputs = await getInputs(d, ids);
    const answers = (await d.answers.count()) ? await d.answers.where('accountId').anyOf(ids).toArray() : [];
    return { outcomes, inputs, answers, epoch: (await d.aggregates.get(PERFORMANCE_KEY))?.epoch ?? 0 };
  });
  const state = newPerformanceState(active.compiled);
  const inputOf = new Map(snap.inputs.map((i) => [i.id, i]));
  const answersOf = groupAnswers(snap.answers);
  for (const o of snap.outcomes) {
    const input = inputOf.get(o.accountId);
    if (input) applyRecord(state, active.compiled, inputRecord(input, o, answersOf.get(o.accountId)), today);
  }
  await d.transaction('rw', d.aggregates, async () => {
    if (((await d.aggregates.get(PERFORMANCE_KEY))?.epoch ?? 0) !== snap.epoch) return;
    await d.aggregates.put({ key: PERFORMANCE_KEY, epoch: snap.epoch, playbookKey: tallyKey(active, today), state });
  });
  return state;
}

/**
 * Record (or clear, `after` null) an account's outcome, moving the kept tally along in the same
 * transaction: the old outcome's record out, the new one's in. Throws when the account is gone.
 */
export async function writeOutcome(active: ActivePlaybook, today: string, accountId: string, after: OutcomeRow | null): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.accounts, d.outcomes, d.inputPacks, d.answers, d.aggregates], async () => {
    if (!(await d.accounts.get(accountId))) throw new Error('Account not found');
    const [tally, before, input, answers] = await Promise.all([
      d.aggregates.get(PERFORMANCE_KEY),
      d.outcomes.get(accountId),
      getInput(d, accountId),
      d.answers.where('accountId').equals(accountId).toArray(),
    ]);
    // the write drops the kept tally and gives it a new epoch (scoring-inputs.ts) …
    if (after === null) await d.outcomes.delete(accountId);
    else await d.outcomes.put(after);
    if (!tally?.state || tally.playbookKey !== tallyKey(active, today) || !input) return;
    // … which is put back, moved along, in this same transaction
    if (before) applyRecord(tally.state, active.compiled, inputRecord(input, before, answers), today, -1);
    if (after) applyRecord(tally.state, active.compiled, inputRecord(input, after, answers), today, 1);
    const dropped = await d.aggregates.get(PERFORMANCE_KEY);
    await d.aggregates.put({ ...tally, epoch: dropped?.epoch ?? Math.random() });
  });
}

function groupAnswers(rows: AnswerRow[]): Map<string, AnswerRow[]> {
  const out = new Map<string, AnswerRow[]>();
  for (const a of rows) out.set(a.accountId, [...(out.get(a.accountId) ?? []), a]);
  return out;
}
