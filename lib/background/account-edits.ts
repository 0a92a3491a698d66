import { FactValues } from '../facts/model';
import { db } from '../db/database';
import type { Input, Output } from '../messaging/protocol';
import { broadcastChanged } from './broadcast';
import { badgeForAccount, rescoreAccount } from './scoring-service';
import { tabsShowing } from './tab-state';
import { setBadge } from './badge';

/** The rep corrects or fills a fact. Stored as the rep's own (it wins over page facts); null clears it. */
export async function handleSetFact(input: Input<'account/set-fact'>): Promise<Output<'account/set-fact'>> {
  const schema = FactValues.shape[input.fact];
  const now = Date.now();
  await db().transaction('rw', db().accounts, async () => {
    const account = await db().accounts.get(input.accountId);
    if (!account) throw new Error('Account not found');
    const facts = { ...account.facts };
    if (input.value === null) {
      if (facts[input.fact]?.source === 'rep') delete facts[input.fact];
    } else {
      const value = schema.parse(input.value);
      facts[input.fact] = { value, source: 'rep', evidence: [{ source: 'rep', url: '', text: 'Entered by you', observedAt: now }], observedAt: now };
    }
    await db().accounts.put({ ...account, facts, name: (facts.name?.value as string | undefined) ?? account.name });
  });
  await afterEdit(input.accountId);
  return {};
}

/** The rep answers a qualitative criterion after discovery (null clears the answer). */
export async function handleAnswer(input: Input<'account/answer'>): Promise<Output<'account/answer'>> {
  if (!(await db().accounts.get(input.accountId))) throw new Error('Account not found');
  if (input.value === null) await db().answers.delete([input.accountId, input.criterionId]);
  else await db().answers.put({ accountId: input.accountId, criterionId: input.criterionId, value: input.value, answeredAt: Date.now() });
  await afterEdit(input.accountId);
  return {};
}

async function afterEdit(accountId: string): Promise<void> {
  const badge = (await rescoreAccount(accountId))?.badge ?? (await badgeForAccount(accountId));
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
  const results = await db().results.bulkGet(rows.map((a) => a.id));
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
