import { FactValues, type FactName } from '../../facts/model';
import { AnyFactValue } from '../../facts/fact-value';
import { db } from '../../db/database';
import { getResults } from '../../db/results-repo';
import type { ObservationRow } from '../../db/rows';
import type { Input, Output } from '../../messaging/protocol';
import { broadcastChanged } from '../tabs/broadcast';
import { badgeForAccount, rescoreAccount } from './scoring-service';
import { tabsShowing } from '../tabs/tab-state';
import { setBadge } from '../tabs/badge';
import { withCrmTitle } from '../crm/crm-service';

/**
 * The rep corrects or fills a fact. Stored as the rep's own (it wins over page facts); null clears
 * it. This is the only way a fact becomes the rep's (page observations cannot carry source "rep",
 * observe.ts), and every change is written to the account's history in the same transaction:
 * a rep override is never silent, and never half-recorded.
 */
export async function handleSetFact(input: Input<'account/set-fact'>): Promise<Output<'account/set-fact'>> {
  const value = input.value === null ? null : (FactValues.shape[input.fact].parse(input.value) as AnyFactValue);
  const now = Date.now();
  const d = db();
  await d.transaction('rw', [d.accounts, d.observations], async () => {
    const account = await d.accounts.get(input.accountId);
    if (!account) throw new Error('Account not found');
    const before = account.facts[input.fact];
    if (value === null && before?.source !== 'rep') return; // nothing of the rep's to clear
    const facts = { ...account.facts };
    if (value === null) delete facts[input.fact];
    else facts[input.fact] = { value, source: 'rep', evidence: [repEvidence(now)], observedAt: now };
    await d.accounts.put({ ...account, facts, name: (facts.name?.value as string | undefined) ?? account.name });
    await d.observations.add(repEditRow(account.id, input.fact, before?.value, value, now));
  });
  await afterEdit(input.accountId);
  return {};
}

const repEvidence = (now: number) => ({ source: 'rep' as const, url: '', text: 'Entered by you', observedAt: now });

/** The history entry of a rep's edit: an observation from no page, saying which value replaced which. */
function repEditRow(accountId: string, fact: FactName, before: unknown, after: AnyFactValue | null, now: number): ObservationRow {
  // a stored value that is not a plain fact value (an old or restored row) is logged as unknown, never copied unbounded
  const was = AnyFactValue.safeParse(before);
  return {
    id: `rep:${crypto.randomUUID()}`,
    accountId,
    pageType: 'unknown',
    url: '',
    facts: after === null ? {} : { [fact]: { value: after, evidence: repEvidence(now) } },
    observedAt: now,
    repEdit: { fact, before: was.success ? was.data : null, after },
  };
}

/**
 * The rep answers a qualitative criterion after discovery (null clears the answer). One
 * transaction: an account deleted (or merged away) at the same moment never keeps an orphan answer.
 */
export async function handleAnswer(input: Input<'account/answer'>): Promise<Output<'account/answer'>> {
  const d = db();
  await d.transaction('rw', [d.accounts, d.answers], async () => {
    if (!(await d.accounts.get(input.accountId))) throw new Error('Account not found');
    if (input.value === null) await d.answers.delete([input.accountId, input.criterionId]);
    else await d.answers.put({ accountId: input.accountId, criterionId: input.criterionId, value: input.value, answeredAt: Date.now() });
  });
  await afterEdit(input.accountId);
  return {};
}

async function afterEdit(accountId: string): Promise<void> {
  const badge = await withCrmTitle((await rescoreAccount(accountId))?.badge ?? (await badgeForAccount(accountId)), accountId);
  for (const tabId of await tabsShowing(accountId)) await setBadge(tabId, badge);
  await broadcastChanged({ accountId });
}

/** Recently seen accounts with their cached tier and score, newest first, optionally filtered. */
export async function handleRecent(input: Input<'accounts/recent'>): Promise<Output<'accounts/recent'>> {
  const limit = input.limit ?? 30;
  const q = input.query?.trim().toLowerCase();
  const rows = await db()
    .accounts.orderBy('lastSeenAt')
    .reverse()
    .filter((a) => !q || (a.name ?? '').toLowerCase().includes(q) || (a.domain ?? '').includes(q))
    .limit(limit)
    .toArray();
  const results = await getResults(db(), rows.map((a) => a.id));
  return {
    accounts: rows.map((a, i) => ({ id: a.id, name: a.name, domain: a.domain, tier: results[i]?.tier, score: results[i]?.score ?? null, lastSeenAt: a.lastSeenAt })),
  };
}

/** Save the person on screen with the account; the same name + title is saved once. */
export async function handleSavePerson(input: Input<'account/save-person'>): Promise<Output<'account/save-person'>> {
  const { name, title, headline, profileUrl } = input.person;
  if (!name && !title) throw new Error('Nothing to save: the page showed no name or title');
  await db().transaction('rw', db().accounts, async () => {
    const account = await db().accounts.get(input.accountId);
    if (!account) throw new Error('Account not found');
    const others = (account.people ?? []).filter((p) => !(p.name === name && p.title === title));
    const saved = { name, title, headline, profileUrl, savedAt: Date.now() };
    await db().accounts.put({ ...account, people: [saved, ...others].slice(0, 50) });
  });
  await broadcastChanged({ accountId: input.accountId });
  return {};
}
