import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';
import { playbookText } from './playbook-fakes';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { handleAnswer } = await import('../../../lib/background/accounts/account-edits');
const { rescoreAccount, scoreRow } = await import('../../../lib/background/accounts/scoring-service');
const { importPlaybook } = await import('../../../lib/background/playbook/playbook-service');
const { db } = await import('../../../lib/db/database');
const { getResult } = await import('../../../lib/db/results-repo');
const { inputRecord } = await import('../../../lib/background/outcomes/insights-aggregate');
const { getActivePlaybook } = await import('../../../lib/background/playbook/playbook-service');
const { scoreAccount } = await import('../../../lib/scoring');
const { localToday } = await import('../../../lib/facts/calendar');

// Issue 20: the background scores stored answers with their date, so the panel, the badge and
// every rescore see an old answer as unknown, the same as an old fact.
const DAY = 86_400_000;
const now = Date.now();
const pageFact = (value: unknown) => ({ value, source: 'linkedin-company' as const, evidence: [], observedAt: now });

beforeEach(async () => {
  fake.session.clear();
  await db().delete();
  await db().open();
  await importPlaybook(playbookText('1'), 'file'); // one firmographic criterion "size": at least 500 employees
  await db().accounts.put({ id: 'li:acme', keys: ['li:acme'], name: 'Acme', firstSeenAt: now, lastSeenAt: now, facts: { employees: pageFact(100) } });
});

const ageAnswer = (days: number) => db().answers.update(['li:acme', 'size'], { answeredAt: now - days * DAY });

describe('a stored answer goes stale with its criterion (issue 20)', () => {
  it('a fresh answer decides; the same answer past the layer age (365 days) is kept, shown stale and counts as unknown', async () => {
    await handleAnswer({ accountId: 'li:acme', criterionId: 'size', value: true });
    expect((await scoreRow((await db().accounts.get('li:acme'))!)).results[0]!.criteria[0]).toMatchObject({ state: 'matched', answered: true });

    await ageAnswer(364);
    expect((await scoreRow((await db().accounts.get('li:acme'))!)).results[0]!.criteria[0]!.state).toBe('matched');

    await ageAnswer(367);
    const c = (await scoreRow((await db().accounts.get('li:acme'))!)).results[0]!.criteria[0]!;
    expect(c).toMatchObject({ state: 'unknown', stale: true, answered: true, observedAt: now - 367 * DAY });
    // the cached result (badge, Accounts tab) agrees: nothing known, no score
    expect((await rescoreAccount('li:acme'))!.result.results[0]!.score).toBeNull();
    expect((await getResult(db(), 'li:acme'))!.score).toBeNull();
    expect(await db().answers.get(['li:acme', 'size'])).toMatchObject({ value: true }); // never deleted

    // answering again makes it fresh
    await handleAnswer({ accountId: 'li:acme', criterionId: 'size', value: true });
    expect((await rescoreAccount('li:acme'))!.result.results[0]!.score).toBe(100);
  });
});

describe('Insights and the quarterly review see an old answer as the panel does (issue 20)', () => {
  it('the outcome record keeps each answer with its date', async () => {
    const answer = { accountId: 'li:acme', criterionId: 'size', value: true, answeredAt: now - 400 * DAY };
    const record = inputRecord({ id: 'li:acme', facts: { employees: { value: 100, observedAt: now } } }, { accountId: 'li:acme', status: 'won', updatedAt: now }, [answer]);
    const c = scoreAccount({ facts: record.facts, answers: record.answers }, (await getActivePlaybook()).compiled, { today: localToday() }).results[0]!.criteria[0]!;
    expect(c).toMatchObject({ state: 'unknown', stale: true, answered: true });
  });
});
