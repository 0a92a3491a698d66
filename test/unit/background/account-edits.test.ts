import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { handleAnswer, handleSetFact } = await import('../../../lib/background/accounts/account-edits');
const { handleObserved } = await import('../../../lib/background/accounts/observe');
const { deleteAccount } = await import('../../../lib/db/retention');
const { db, IcpDatabase } = await import('../../../lib/db/database');
const { exportBackup, importBackup } = await import('../../../lib/db/backup');

const now = Date.now();
const pageFact = (value: unknown) => ({ value, source: 'linkedin-company' as const, evidence: [], observedAt: now });
const seed = (id = 'li:acme') => db().accounts.put({ id, keys: [id], name: 'Acme', firstSeenAt: now, lastSeenAt: now, facts: { name: pageFact('Acme'), employees: pageFact(500) } });
const history = () => db().observations.toArray();

beforeEach(async () => {
  fake.session.clear();
  await db().delete();
  await db().open();
});

describe("a rep's own fact (account/set-fact)", () => {
  it('wins over the page and is logged in the account history with the value it replaced', async () => {
    await seed();
    await handleSetFact({ accountId: 'li:acme', fact: 'employees', value: 1234 });
    const account = await db().accounts.get('li:acme');
    expect(account?.facts.employees).toMatchObject({ value: 1234, source: 'rep' });
    const [entry] = await history();
    expect(entry).toMatchObject({
      accountId: 'li:acme',
      pageType: 'unknown',
      repEdit: { fact: 'employees', before: 500, after: 1234 },
      facts: { employees: { value: 1234, evidence: { source: 'rep' } } },
    });
    expect(entry!.id).toMatch(/^rep:[0-9a-f-]{36}$/);
  });

  it('clearing it is logged too; clearing a page fact changes nothing and logs nothing', async () => {
    await seed();
    await handleSetFact({ accountId: 'li:acme', fact: 'name', value: null });
    expect((await db().accounts.get('li:acme'))?.facts.name?.value).toBe('Acme');
    expect(await history()).toHaveLength(0);
    await handleSetFact({ accountId: 'li:acme', fact: 'industry', value: 'Software Development' });
    await handleSetFact({ accountId: 'li:acme', fact: 'industry', value: null });
    expect((await db().accounts.get('li:acme'))?.facts.industry).toBeUndefined();
    const edits = (await history()).map((h) => h.repEdit).sort((a, b) => (a!.after === null ? 1 : 0) - (b!.after === null ? 1 : 0));
    expect(edits).toEqual([
      { fact: 'industry', before: null, after: 'Software Development' },
      { fact: 'industry', before: 'Software Development', after: null },
    ]);
  });

  it('is all or nothing: when the history cannot be written, the fact is not changed either', async () => {
    await seed();
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db().observations.hook('creating', refuse);
    await expect(handleSetFact({ accountId: 'li:acme', fact: 'employees', value: 9 })).rejects.toThrow(/quota/);
    db().observations.hook('creating').unsubscribe(refuse);
    expect((await db().accounts.get('li:acme'))?.facts.employees).toMatchObject({ value: 500, source: 'linkedin-company' });
  });

  it('its history entries survive a backup and its restore (they match the row schemas)', async () => {
    await seed();
    await handleSetFact({ accountId: 'li:acme', fact: 'technologies', value: ['React', 'Stripe'] });
    await handleSetFact({ accountId: 'li:acme', fact: 'technologies', value: null });
    const target = new IcpDatabase(`restore-${Date.now()}`);
    const r = await importBackup(target, JSON.stringify(await exportBackup(db(), new Date(now))));
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    expect((await target.observations.toArray()).map((o) => o.repEdit?.after)).toEqual(expect.arrayContaining([['React', 'Stripe'], null]));
    await target.delete();
  });

  it('an oversized or mistyped value is refused before anything is written', async () => {
    await seed();
    await expect(handleSetFact({ accountId: 'li:acme', fact: 'name', value: 'x'.repeat(5000) })).rejects.toThrow();
    await expect(handleSetFact({ accountId: 'li:acme', fact: 'employees', value: 'many' })).rejects.toThrow();
    expect(await history()).toHaveLength(0);
  });

  it('a page observation cannot pass a fact off as the rep’s (it is dropped, not stored as "rep")', async () => {
    const evidence = (source: string) => ({ source, url: 'https://www.linkedin.com/company/acme/', text: 't' });
    const observation = {
      pageType: 'linkedin-company' as const,
      url: 'https://www.linkedin.com/company/acme/',
      facts: { name: { value: 'Acme', evidence: evidence('linkedin-company') }, employees: { value: 3, evidence: evidence('rep') }, industry: { value: 'Banking', evidence: evidence('import') } },
      missing: [],
    };
    const sender = { id: 'test-extension', tab: { id: 4 }, url: observation.url } as never;
    await handleObserved({ id: 'obs-rep-0001', sentAt: 1, observation: observation as never, recognised: true }, sender);
    const account = (await db().accounts.toArray())[0]!;
    expect(account.facts.name?.source).toBe('linkedin-company');
    expect(account.facts.employees).toBeUndefined();
    expect(account.facts.industry).toBeUndefined();
  });
});

describe('a qualitative answer (account/answer)', () => {
  it('is stored and cleared', async () => {
    await seed();
    await handleAnswer({ accountId: 'li:acme', criterionId: 'budget', value: true });
    expect(await db().answers.get(['li:acme', 'budget'])).toMatchObject({ value: true });
    await handleAnswer({ accountId: 'li:acme', criterionId: 'budget', value: null });
    expect(await db().answers.count()).toBe(0);
  });

  it('never leaves an orphan answer when the account is deleted at the same moment', async () => {
    for (let round = 0; round < 20; round++) {
      await seed(`li:acme-${round}`);
      const answer = handleAnswer({ accountId: `li:acme-${round}`, criterionId: 'budget', value: true }).catch(() => 'refused');
      // the delete starts while the answer is between its "account exists?" check and its write
      await Promise.resolve();
      for (let i = 0; i < round % 5; i++) await Promise.resolve();
      await Promise.all([answer, deleteAccount(db(), `li:acme-${round}`)]);
    }
    expect(await db().accounts.count()).toBe(0);
    expect(await db().answers.toArray()).toEqual([]);
  });
});
