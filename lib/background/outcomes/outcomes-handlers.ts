import { db } from '../../db/database';
import type { AnswerRow, OutcomeRow } from '../../accounts/account-row';
import { crmCsv, type CrmAccount } from '../../insights/crm-export';
import type { Input, Output } from '../../messaging/protocol';
import { broadcastChanged } from '../tabs/broadcast';
import { cachedSummary } from './insights-cache';
import { currentTally, tallyKey, writeOutcome } from './insights-aggregate';
import { getActivePlaybook } from '../playbook/playbook-service';
import { localToday } from '../../facts/calendar';
import { scoreWith } from '../accounts/scoring-service';
import { crmColumns, crmMatcher } from '../crm/crm-service';
import { crmOutcomesKey, withCrmOutcomes } from '../crm/crm-outcomes';

/** The rep records (or clears) what happened to an account; the panel shows it again on reopening. */
export async function handleSetOutcome(input: Input<'account/outcome'>): Promise<Output<'account/outcome'>> {
  const after = input.outcome === null ? null : { accountId: input.accountId, ...input.outcome, updatedAt: Date.now() };
  // the Insights tally moves along in the same transaction (insights-aggregate.ts)
  await writeOutcome(await getActivePlaybook(), localToday(), input.accountId, after);
  await broadcastChanged({ accountId: input.accountId });
  return {};
}

/** The outcome shown with an account (undefined when none was recorded). */
export async function outcomeOf(accountId: string): Promise<Omit<OutcomeRow, 'accountId'> | undefined> {
  const row = await db().outcomes.get(accountId);
  if (!row) return undefined;
  const { accountId: _id, ...view } = row;
  return view;
}

/** Answers of many accounts, by account id, read in one pass (most accounts have none). */
async function answersBy(ids: string[]): Promise<Map<string, AnswerRow[]>> {
  const out = new Map<string, AnswerRow[]>();
  if ((await db().answers.count()) === 0) return out;
  for (const a of await db().answers.where('accountId').anyOf(ids).toArray()) out.set(a.accountId, [...(out.get(a.accountId) ?? []), a]);
  return out;
}

/**
 * "Is the ICP working?" over every stored account with an outcome: computed here, only the summary
 * travels. From the kept tally (insights-aggregate.ts); recomputed from every row when there is none.
 */
export async function handlePerformance(): Promise<Output<'insights/performance'>> {
  const active = await getActivePlaybook();
  const today = localToday();
  // the CRM's outcomes (when that option is on) join a copy of the tally, never the stored one
  const key = `${tallyKey(active, today)}|${await crmOutcomesKey()}`;
  return cachedSummary(db().name, key, async () => withCrmOutcomes(await currentTally(active, today), active, today));
}

/** Every stored account as a CRM import file, scored now with the active playbook (and the rep's answers). */
export async function handleExportCrm(input: Input<'accounts/export-crm'>): Promise<Output<'accounts/export-crm'>> {
  const active = await getActivePlaybook();
  // not orderBy('name'): an index skips the accounts that have no name
  const [accounts, outcomes] = await Promise.all([db().accounts.toArray(), db().outcomes.toArray()]);
  accounts.sort((x, y) => (x.name ?? x.domain ?? x.id).localeCompare(y.name ?? y.domain ?? y.id));
  const answers = await answersBy(accounts.map((a) => a.id));
  const statusOf = new Map(outcomes.map((o) => [o.accountId, o.status]));
  const scoredAt = localToday();
  const crmOf = await crmMatcher();
  const rows: CrmAccount[] = accounts.map((a) => ({
    name: a.name,
    domain: a.domain,
    facts: a.facts,
    best: scoreWith(active, a, answers.get(a.id) ?? []).results[0],
    playbookVersion: active.playbook.version,
    scoredAt,
    outcome: statusOf.get(a.id),
    ...(crmOf ? { crm: crmColumns(crmOf(a)) } : {}),
  }));
  return { csv: crmCsv(rows, input.target), rows: rows.length };
}

export const outcomeHandlers = {
  'account/outcome': handleSetOutcome,
  'insights/performance': handlePerformance,
  'accounts/export-crm': handleExportCrm,
} as const;
