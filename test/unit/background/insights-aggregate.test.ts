import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { handleSetOutcome, handlePerformance } = await import('../../../lib/background/outcomes/outcomes-handlers');
const { currentTally } = await import('../../../lib/background/outcomes/insights-aggregate');
const { handleSetFact } = await import('../../../lib/background/accounts/account-edits');
const { getActivePlaybook } = await import('../../../lib/background/playbook/playbook-service');
const { db } = await import('../../../lib/db/database');
const { PERFORMANCE_KEY } = await import('../../../lib/db/scoring-inputs');
const { deleteAccount } = await import('../../../lib/db/retention');
const { finishPerformance, icpPerformance } = await import('../../../lib/insights/performance');
const { localToday } = await import('../../../lib/facts/calendar');
type OutcomeRecord = import('../../../lib/insights/record').OutcomeRecord;

// Issue 17: the Insights view reads a tally kept up to date as outcomes change. Whatever the
// order of writes, it must equal the summary recomputed from every stored row.
const now = Date.now();
const fact = (value: unknown) => ({ value, source: 'linkedin-company' as const, evidence: [], observedAt: now });
const INDUSTRIES = ['Software Development', 'Retail', 'Banking', 'IT Services and IT Consulting'];
const STATUSES = ['won', 'lost', 'open', 'good-fit', 'bad-fit'] as const;

async function seed(n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => `li:agg-${i}`);
  await db().accounts.bulkPut(
    ids.map((id, i) => ({ id, keys: [id], name: id, firstSeenAt: now, lastSeenAt: now, facts: { name: fact(id), industry: fact(INDUSTRIES[i % 4]), employees: fact(20 + 97 * i), hqCountry: fact(i % 3 ? 'US' : 'DE') } })),
  );
  return ids;
}

/** The summary from the full account rows, by the pure engine: independent of the kept tally and of scoringInputs. */
async function recomputed() {
  const active = await getActivePlaybook();
  const [accounts, outcomes, answers] = await Promise.all([db().accounts.toArray(), db().outcomes.toArray(), db().answers.toArray()]);
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const records: OutcomeRecord[] = outcomes.map((o) => {
    const mine = answers.filter((a) => a.accountId === o.accountId);
    return { id: o.accountId, facts: byId.get(o.accountId)!.facts, answers: mine.length ? Object.fromEntries(mine.map((a) => [a.criterionId, a.value])) : undefined, outcome: o.status, value: o.value, currency: o.currency, openedAt: o.openedAt, closedAt: o.closedAt };
  });
  return icpPerformance(records, active.compiled, localToday());
}

async function kept() {
  const active = await getActivePlaybook();
  return finishPerformance(await currentTally(active, localToday()), active.compiled, localToday());
}

/** A small deterministic generator (the sequence must be the same on every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

function outcome(r: () => number) {
  const status = STATUSES[Math.floor(r() * STATUSES.length)]!;
  const month = 1 + Math.floor(r() * 9);
  // whole amounts: sums taken out and put back stay exact
  const deal = status === 'won' && r() < 0.7 ? { value: 1000 * Math.floor(1 + r() * 50), currency: r() < 0.8 ? 'USD' : 'EUR' } : {};
  return { status, ...deal, openedAt: `2026-0${month}-01`, closedAt: `2026-0${month}-20` };
}

beforeEach(async () => {
  await db().delete();
  await db().open();
});

describe('the kept Insights tally', () => {
  it('equals the recomputed summary after a random sequence of outcome writes, fact edits and deletes', async () => {
    const ids = await seed(40);
    const r = random(17);
    for (const id of ids.slice(0, 25)) await handleSetOutcome({ accountId: id, outcome: outcome(r) });
    expect(await kept()).toEqual(await recomputed()); // the first view recomputes and keeps it
    const held = async () => (await db().aggregates.get(PERFORMANCE_KEY))?.state !== undefined;
    let moved = 0;
    for (let step = 0; step < 120; step++) {
      const id = ids[Math.floor(r() * ids.length)]!;
      if (!(await db().accounts.get(id))) continue;
      const roll = r();
      if (roll < 0.75) {
        const before = await held();
        await handleSetOutcome({ accountId: id, outcome: roll < 0.1 ? null : outcome(r) });
        // an outcome write never drops a kept tally: it moves it along
        expect(await held()).toBe(before);
        if (before) moved++;
      } else if (roll < 0.9) await handleSetFact({ accountId: id, fact: 'employees', value: Math.floor(r() * 20_000) });
      else if (roll < 0.95) await deleteAccount(db(), id);
      else await db().answers.put({ accountId: id, criterionId: 'c-any', value: r() < 0.5, answeredAt: now });
      if (step % 10 === 0) expect(await kept(), `step ${step}`).toEqual(await recomputed());
    }
    expect(await kept()).toEqual(await recomputed());
    // the kept tally was moved along, not only recomputed
    expect(moved).toBeGreaterThan(30);
  });

  it('an outcome write moves the kept tally along in its own transaction (not dropped)', async () => {
    const [a, b] = await seed(2);
    await handleSetOutcome({ accountId: a!, outcome: { status: 'won', value: 5000, currency: 'USD', openedAt: '2026-01-01', closedAt: '2026-02-01' } });
    await kept();
    await handleSetOutcome({ accountId: b!, outcome: { status: 'lost' } });
    await handleSetOutcome({ accountId: a!, outcome: { status: 'open' } });
    const row = await db().aggregates.get(PERFORMANCE_KEY);
    expect(row?.state?.count).toBe(2);
    expect(finishPerformance(row!.state!, (await getActivePlaybook()).compiled, localToday())).toEqual(await recomputed());
  });

  it('a fact edit of an account with an outcome drops the tally; one without an outcome keeps it', async () => {
    const [a, b] = await seed(2);
    await handleSetOutcome({ accountId: a!, outcome: { status: 'won' } });
    await kept();
    await handleSetFact({ accountId: b!, fact: 'employees', value: 7 });
    expect((await db().aggregates.get(PERFORMANCE_KEY))?.state).toBeDefined();
    await handleSetFact({ accountId: a!, fact: 'employees', value: 7 });
    expect((await db().aggregates.get(PERFORMANCE_KEY))?.state).toBeUndefined();
    expect(await kept()).toEqual(await recomputed());
    // many accounts at once (a restore): the outcome keys are scanned, not fetched one by one
    const template = (await db().accounts.get(b!))!;
    const many = [...(await db().accounts.toArray()), ...Array.from({ length: 30 }, (_, i) => ({ ...template, id: `li:many-${i}`, keys: [`li:many-${i}`] }))];
    await db().accounts.bulkPut(many.filter((x) => x.id !== a));
    expect((await db().aggregates.get(PERFORMANCE_KEY))?.state).toBeDefined();
    await db().accounts.bulkPut(many);
    expect((await db().aggregates.get(PERFORMANCE_KEY))?.state).toBeUndefined();
    expect(await kept()).toEqual(await recomputed());
  });

  it('the view serves the kept tally (handlePerformance)', async () => {
    const ids = await seed(10);
    for (const id of ids) await handleSetOutcome({ accountId: id, outcome: { status: 'won' } });
    expect(await handlePerformance()).toEqual(await recomputed());
    await handleSetOutcome({ accountId: ids[0]!, outcome: { status: 'lost' } });
    expect(await handlePerformance()).toEqual(await recomputed());
  });
});
