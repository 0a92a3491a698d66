import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { handleSetOutcome, handlePerformance, handleExportCrm } = await import('../../../lib/background/outcomes/outcomes-handlers');
const { handleAccountView } = await import('../../../lib/background/accounts/panel-handlers');
const { handleDeleteAccount, handleDeleteAll } = await import('../../../lib/background/data/options-handlers');
const { db } = await import('../../../lib/db/database');
const { exportBackup, importBackup } = await import('../../../lib/db/backup');
const { parseDelimited } = await import('../../../lib/insights/csv');
const { outcomeMessages } = await import('../../../lib/messaging/protocol/outcomes');

const now = Date.now();
const fact = (value: unknown) => ({ value, source: 'linkedin-company' as const, evidence: [], observedAt: now });
async function account(id: string, name: string, industry = 'Software Development') {
  await db().accounts.put({ id, keys: [id], name, facts: { name: fact(name), industry: fact(industry), employees: fact(180), hqCountry: fact('US') }, firstSeenAt: now, lastSeenAt: now });
}

describe('outcomes in the background', () => {
  beforeEach(async () => {
    await db().delete();
    await db().open();
    await account('li:acme', 'Acme');
  });

  it('set, shown with the account view, replaced, cleared', async () => {
    await handleSetOutcome({ accountId: 'li:acme', outcome: { status: 'won', value: 12000, currency: 'USD', openedAt: '2026-01-10', closedAt: '2026-03-01' } });
    expect((await handleAccountView({ accountId: 'li:acme' })).account?.outcome).toMatchObject({ status: 'won', value: 12000, currency: 'USD', openedAt: '2026-01-10', closedAt: '2026-03-01' });
    await handleSetOutcome({ accountId: 'li:acme', outcome: { status: 'lost' } });
    const replaced = (await handleAccountView({ accountId: 'li:acme' })).account?.outcome;
    expect(replaced?.status).toBe('lost');
    expect(replaced?.value).toBeUndefined();
    await handleSetOutcome({ accountId: 'li:acme', outcome: null });
    expect((await handleAccountView({ accountId: 'li:acme' })).account?.outcome).toBeUndefined();
    expect(fake.sent).toContainEqual(expect.objectContaining({ type: 'icp/changed', accountId: 'li:acme' }));
  });

  it('refuses an unknown account, and the message refuses bad values before any handler runs', async () => {
    await expect(handleSetOutcome({ accountId: 'li:nobody', outcome: { status: 'won' } })).rejects.toThrow(/not found/);
    expect(await db().outcomes.count()).toBe(0);
    const input = outcomeMessages['account/outcome'].input;
    expect(input.safeParse({ accountId: 'li:acme', outcome: { status: 'won', value: -1, currency: 'USD' } }).success).toBe(false);
    expect(input.safeParse({ accountId: 'li:acme', outcome: { status: 'won', value: 5 } }).success).toBe(false); // no currency
    expect(input.safeParse({ accountId: 'li:acme', outcome: { status: 'won', openedAt: '2026-05-01', closedAt: '2026-04-01' } }).success).toBe(false);
    expect(input.safeParse({ accountId: 'li:acme', outcome: { status: 'won', __proto__: { polluted: true }, extra: 1 } }).success).toBe(false);
    expect(input.safeParse({ accountId: 'li:acme', outcome: { status: 'maybe' } }).success).toBe(false);
  });

  it('deleting the account, or all data, removes its outcome; a backup round trip keeps it', async () => {
    await handleSetOutcome({ accountId: 'li:acme', outcome: { status: 'won', value: 5, currency: 'EUR', openedAt: '2026-01-01', closedAt: '2026-01-02' } });
    const backup = JSON.stringify(await exportBackup(db(), new Date()));
    await handleDeleteAccount({ accountId: 'li:acme' });
    expect(await db().outcomes.count()).toBe(0);
    expect(await importBackup(db(), backup)).toMatchObject({ ok: true });
    expect(await db().outcomes.get('li:acme')).toMatchObject({ status: 'won', value: 5, currency: 'EUR', openedAt: '2026-01-01', closedAt: '2026-01-02' });
    await handleDeleteAll();
    expect(await db().outcomes.count()).toBe(0);
    // a tampered backup is refused whole
    const bad = JSON.parse(backup) as { outcomes: Record<string, unknown>[] };
    bad.outcomes[0]!.value = -5;
    expect(await importBackup(db(), JSON.stringify(bad))).toMatchObject({ ok: false });
    bad.outcomes[0]!.value = 5;
    bad.outcomes[0]!.currency = 'X'.repeat(5000);
    expect(await importBackup(db(), JSON.stringify(bad))).toMatchObject({ ok: false });
    expect(await db().outcomes.count()).toBe(0);
  });

  it('insights over stored accounts with outcomes, scored with the active playbook', async () => {
    await account('li:beta', 'Beta', 'Retail');
    await account('li:gamma', 'Gamma');
    await handleSetOutcome({ accountId: 'li:acme', outcome: { status: 'won', value: 100, currency: 'USD' } });
    await handleSetOutcome({ accountId: 'li:beta', outcome: { status: 'lost' } });
    const s = await handlePerformance();
    expect(s.records).toBe(2); // gamma has no outcome
    expect(s.closed).toBe(2);
    expect(s.playbook.name).toMatch(/starter/i);
    expect(s.notes[0]?.kind).toBe('not-enough-data');
    expect(s.tiers.reduce((n, t) => n + t.count, 0)).toBe(2);
  });

  it('insights are recomputed after any write they depend on, not on every request', async () => {
    await handleSetOutcome({ accountId: 'li:acme', outcome: { status: 'won' } });
    const first = await handlePerformance();
    expect(await handlePerformance()).toBe(first); // nothing changed: the same summary
    await account('li:beta', 'Beta', 'Retail');
    expect(await handlePerformance()).not.toBe(first); // an account written (its facts may have changed)
    const second = await handlePerformance();
    await handleSetOutcome({ accountId: 'li:beta', outcome: { status: 'lost' } });
    const third = await handlePerformance();
    expect(third).not.toBe(second);
    expect(third.closed).toBe(2);
    await db().answers.put({ accountId: 'li:acme', criterionId: 'sales-owns-budget', value: true, answeredAt: now });
    const [a, b] = await Promise.all([handlePerformance(), handlePerformance()]); // two pages asking at once: one computation
    expect(a).not.toBe(third);
    expect(b).toBe(a);
  });

  it.each([
    ['most accounts have one (pages of a table scan)', 2400],
    ['few accounts have one (key lookups)', 300],
  ])('insights read every account with an outcome across pages: %s', async (_how, withOutcome) => {
    const rows = Array.from({ length: 2500 }, (_, i) => ({ id: `li:n${String(i).padStart(4, '0')}`, keys: [`li:n${i}`], name: `N${i}`, facts: { industry: fact(i % 2 ? 'Software Development' : 'Retail') }, firstSeenAt: now, lastSeenAt: now }));
    await db().accounts.bulkPut(rows);
    await db().outcomes.bulkPut(rows.slice(0, withOutcome).map((a, i) => ({ accountId: a.id, status: i % 3 ? ('won' as const) : ('lost' as const), updatedAt: now })));
    const s = await handlePerformance();
    expect(s.records).toBe(withOutcome);
    expect(s.fit.won + s.notFit.won).toBe(rows.slice(0, withOutcome).filter((_, i) => i % 3).length);
  });

  it('the CRM export has every account (named or not), scored now, with its outcome', async () => {
    await db().accounts.put({ id: 'domain:noname.io', keys: ['domain:noname.io'], domain: 'noname.io', facts: {}, firstSeenAt: now, lastSeenAt: now });
    await handleSetOutcome({ accountId: 'li:acme', outcome: { status: 'open' } });
    const { csv, rows } = await handleExportCrm({ target: 'hubspot' });
    expect(rows).toBe(2);
    const r = parseDelimited(csv, { delimiter: ',' });
    if (!r.ok) throw new Error(r.message);
    const col = (name: string) => r.header.indexOf(name);
    const acme = r.rows.find((row) => row[col('Company name')] === 'Acme')!;
    expect(acme[col('ICP Fit Tier')]).toMatch(/^(A|B|C|DQ)$/);
    expect(acme[col('ICP Fit Outcome')]).toBe('open');
    expect(acme[col('ICP Fit Matched Criteria')]).not.toBe('');
    expect(r.rows.some((row) => row[col('Company Domain Name')] === 'noname.io')).toBe(true);
  });
});
