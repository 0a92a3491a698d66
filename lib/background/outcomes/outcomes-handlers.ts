import { db } from '../../db/database';
import type { AccountRow, AnswerRow, OutcomeRow } from '../../accounts/account-row';
import { crmCsv, type CrmAccount } from '../../insights/crm-export';
import { performanceTally } from '../../insights/performance';
import type { OutcomeRecord } from '../../insights/record';
import type { Input, Output } from '../../messaging/protocol';
import { broadcastChanged } from '../tabs/broadcast';
import { cachedSummary } from './insights-cache';
import { getActivePlaybook, type ActivePlaybook } from '../playbook/playbook-service';
import { localToday } from '../../facts/calendar';
import { scoreWith } from '../accounts/scoring-service';

/** The rep records (or clears) what happened to an account; the panel shows it again on reopening. */
export async function handleSetOutcome(input: Input<'account/outcome'>): Promise<Output<'account/outcome'>> {
  await db().transaction('rw', db().accounts, db().outcomes, async () => {
    if (!(await db().accounts.get(input.accountId))) throw new Error('Account not found');
    if (input.outcome === null) await db().outcomes.delete(input.accountId);
    else await db().outcomes.put({ accountId: input.accountId, ...input.outcome, updatedAt: Date.now() });
  });
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

const PAGE = 1000;

/**
 * The accounts that have an outcome, a page at a time: a scan of the table by key when they are
 * most of it (cheaper than 10,000 key lookups), else lookups of their keys.
 */
async function* accountPages(withOutcome: Set<string>): AsyncGenerator<AccountRow[]> {
  if (withOutcome.size * 2 > (await db().accounts.count())) {
    for (let last: string | undefined; ; ) {
      const rows = await (last === undefined ? db().accounts.orderBy(':id') : db().accounts.where(':id').above(last)).limit(PAGE).toArray();
      if (rows.length === 0) return;
      last = rows[rows.length - 1]!.id;
      yield rows.filter((a) => withOutcome.has(a.id));
    }
  }
  const ids = [...withOutcome];
  for (let i = 0; i < ids.length; i += PAGE) yield (await db().accounts.bulkGet(ids.slice(i, i + PAGE))).filter((a) => a !== undefined);
}

export function toRecord(account: AccountRow, outcome: OutcomeRow, answers: AnswerRow[] | undefined): OutcomeRecord {
  return {
    id: account.id,
    name: account.name,
    domain: account.domain,
    facts: account.facts,
    answers: answers ? Object.fromEntries(answers.map((a) => [a.criterionId, a.value])) : undefined,
    outcome: outcome.status,
    value: outcome.value,
    currency: outcome.currency,
    openedAt: outcome.openedAt,
    closedAt: outcome.closedAt,
  };
}

/**
 * "Is the ICP working?" over every stored account with an outcome: computed here, only the summary
 * travels. Each page of accounts is scored while IndexedDB reads the next one.
 */
export async function handlePerformance(): Promise<Output<'insights/performance'>> {
  const active = await getActivePlaybook();
  return cachedSummary(db().name, `${active.key}|${localToday()}`, () => computePerformance(active));
}

async function computePerformance(active: ActivePlaybook): Promise<Output<'insights/performance'>> {
  const outcomes = await db().outcomes.toArray();
  const byId = new Map(outcomes.map((o) => [o.accountId, o]));
  const answers = await answersBy([...byId.keys()]);
  const tally = performanceTally(active.compiled, localToday());
  const pages = accountPages(new Set(byId.keys()));
  for (let next = pages.next(); ; ) {
    const page = await next;
    if (page.done) break;
    next = pages.next(); // the read of the next page starts before this one is scored
    for (const a of page.value) tally.add(toRecord(a, byId.get(a.id)!, answers.get(a.id)));
  }
  return tally.finish();
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
  const rows: CrmAccount[] = accounts.map((a) => ({
    name: a.name,
    domain: a.domain,
    facts: a.facts,
    best: scoreWith(active, a, answers.get(a.id) ?? []).results[0],
    playbookVersion: active.playbook.version,
    scoredAt,
    outcome: statusOf.get(a.id),
  }));
  return { csv: crmCsv(rows, input.target), rows: rows.length };
}

export const outcomeHandlers = {
  'account/outcome': handleSetOutcome,
  'insights/performance': handlePerformance,
  'accounts/export-crm': handleExportCrm,
} as const;
