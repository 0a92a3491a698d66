import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { handleCrmClear, handleCrmImport, crmHandlers } = await import('../../../lib/background/crm/crm-handlers');
const { handleSetOutcome, handlePerformance } = await import('../../../lib/background/outcomes/outcomes-handlers');
const { recomputeTally, currentTally } = await import('../../../lib/background/outcomes/insights-aggregate');
const { getActivePlaybook } = await import('../../../lib/background/playbook/playbook-service');
const { db } = await import('../../../lib/db/database');
const { detectCrmMapping } = await import('../../../lib/insights/crm-columns');
const { crmOutcomeOf, DEFAULT_CRM_OUTCOMES } = await import('../../../lib/insights/crm-outcome');
const { localToday } = await import('../../../lib/facts/calendar');

// Issue 19: Insights may count the CRM list's lifecycle stages as outcomes; a rep's record always wins.
const EXPORT = [
  'Company name,Company Domain Name,Company owner,Lifecycle Stage',
  'Acme,acme.io,Dana Lee,Customer',
  'Beta,beta.io,Sam Roe,Closed lost',
  'Gamma,gamma.io,Sam Roe,customer',
  'Delta,delta.io,,Lead',
].join('\n');

const now = Date.now();
const fact = (value: unknown) => ({ value, source: 'linkedin-company' as const, evidence: [], observedAt: now });
async function account(name: string) {
  const id = `domain:${name.toLowerCase()}.io`;
  await db().accounts.put({ id, keys: [id], name, domain: `${name.toLowerCase()}.io`, facts: { name: fact(name), industry: fact('Software Development'), employees: fact(180) }, firstSeenAt: now, lastSeenAt: now });
  return id;
}
const on = { ...DEFAULT_CRM_OUTCOMES, enabled: true };

beforeEach(async () => {
  await db().delete();
  await db().open();
  await handleCrmClear();
  for (const n of ['Acme', 'Beta', 'Gamma', 'Delta', 'Epsilon']) await account(n);
  const header = EXPORT.split('\n')[0]!.split(',');
  expect(await handleCrmImport({ text: EXPORT, fileName: 'hubspot.csv', mapping: detectCrmMapping(header) })).toMatchObject({ ok: true });
  // the rep recorded Gamma as lost, though the CRM says customer
  await handleSetOutcome({ accountId: 'domain:gamma.io', outcome: { status: 'lost' } });
});

describe('CRM stages as outcomes in Insights', () => {
  it('off (the default): only the reps\' outcomes count, and nothing is said about the CRM', async () => {
    const s = await handlePerformance();
    expect([s.records, s.closed]).toEqual([1, 1]);
    expect(s.crmOutcomes).toBeUndefined();
  });

  it('on: Customer counts as won, Closed lost as lost, the mapping used is in the summary; the rep\'s record wins', async () => {
    await crmHandlers['crm/outcomes-set'](on);
    const s = await handlePerformance();
    expect(s.crmOutcomes).toEqual({ won: 1, lost: 1, wonStages: on.won, lostStages: on.lost, snapshotDate: expect.any(String) });
    expect([s.records, s.closed]).toEqual([3, 3]);
    // Gamma stays the rep's lost: 1 won (Acme), 2 lost (Beta from the CRM, Gamma by the rep)
    expect(s.fit.won + s.notFit.won).toBe(1);
    expect(s.fit.lost + s.notFit.lost).toBe(2);
  });

  it('the kept tally holds only the reps\' outcomes and still equals a full recompute', async () => {
    await crmHandlers['crm/outcomes-set'](on);
    await handlePerformance();
    const active = await getActivePlaybook();
    const kept = await currentTally(active, localToday());
    expect(kept.count).toBe(1);
    expect(await recomputeTally(active, localToday())).toEqual(kept);
  });

  it('a new mapping or turning it off gives a new summary (not the cached one)', async () => {
    await crmHandlers['crm/outcomes-set'](on);
    expect((await handlePerformance()).closed).toBe(3);
    await crmHandlers['crm/outcomes-set']({ ...on, won: ['Lead'] });
    expect((await handlePerformance()).crmOutcomes).toMatchObject({ won: 1, lost: 1, wonStages: ['Lead'] });
    await crmHandlers['crm/outcomes-set']({ ...on, enabled: false });
    expect((await handlePerformance()).closed).toBe(1);
  });

  it('without a CRM list nothing is added', async () => {
    await crmHandlers['crm/outcomes-set'](on);
    await handleCrmClear();
    expect((await handlePerformance()).crmOutcomes).toBeUndefined();
  });

  it('stages compare without case; one in both lists counts as neither; a hostile setting is refused', async () => {
    expect(crmOutcomeOf('CUSTOMER', on)).toBe('won');
    expect(crmOutcomeOf('Lead', on)).toBeNull();
    expect(crmOutcomeOf(null, on)).toBeNull();
    expect(crmOutcomeOf('x', { won: ['X'], lost: ['x'] })).toBeNull();
    await expect(db().settings.put({ key: 'crm:outcomes', value: { enabled: 'yes', won: [], lost: [] } })).rejects.toThrow();
    await expect(db().settings.put({ key: 'crm:outcomes', value: { ...on, won: Array(51).fill('a') } })).rejects.toThrow();
  });
});
