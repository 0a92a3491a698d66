import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';
import { reviewPlaybook } from '../insights/review-fixtures';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { handleReview, handleReviewAccept } = await import('../../../lib/background/outcomes/review-handlers');
const { handleVersions } = await import('../../../lib/background/playbook/playbook-handlers');
const { importPlaybook, getActivePlaybook } = await import('../../../lib/background/playbook/playbook-service');
const { savePolicyState } = await import('../../../lib/background/playbook/playbook-activate');
const { db } = await import('../../../lib/db/database');
const { reviewMessages } = await import('../../../lib/messaging/protocol/review');
const { exportBackup, importBackup } = await import('../../../lib/db/backup');

const now = Date.now();
const fact = (value: unknown) => ({ value, source: 'linkedin-company' as const, evidence: [], observedAt: now });

/** `count` closed deals in July 2025 (Q3) and October 2025 (Q4): software wins in Q4 only. */
async function seed(count: number): Promise<void> {
  const accounts = [];
  const outcomes = [];
  for (let i = 0; i < count; i++) {
    const software = i % 2 === 0;
    const late = i % 4 < 2;
    const id = `li:co-${i}`;
    accounts.push({ id, keys: [id], name: `Co ${i}`, facts: { industry: fact(software ? 'Software Development' : 'Retail'), employees: fact(software ? 150 + (i % 50) : 20 + (i % 10)), hqCountry: fact('DE'), technologies: fact([software ? 'HubSpot' : 'Zoho CRM']) }, firstSeenAt: now, lastSeenAt: now });
    const won = late ? (software ? i % 10 !== 0 : i % 10 === 3) : i % 2 === 0 ? i % 4 === 0 : i % 4 === 1;
    outcomes.push({ accountId: id, status: won ? ('won' as const) : ('lost' as const), openedAt: '2025-06-01', closedAt: late ? '2025-10-15' : '2025-07-15', updatedAt: now, ...(won ? { value: 5000, currency: 'USD' } : {}) });
  }
  await db().accounts.bulkPut(accounts);
  await db().outcomes.bulkPut(outcomes);
}

const PERIODS = [
  { label: '2025 Q3', start: '2025-07-01', end: '2025-09-30' },
  { label: '2025 Q4', start: '2025-10-01', end: '2025-12-31' },
] as [{ label: string; start: string; end: string }, { label: string; start: string; end: string }];

describe('the quarterly review in the background', () => {
  beforeEach(async () => {
    await db().delete();
    await db().open();
    await savePolicyState({ present: false, locked: false, appliedAt: null, error: null });
    await importPlaybook(JSON.stringify(reviewPlaybook()), 'file');
  });

  it('compares the periods from the stored outcomes, with the names and the version in use', async () => {
    await seed(120);
    const r = await handleReview({ periods: PERIODS });
    expect(r.periods.map((p) => p.closed)).toEqual([60, 60]);
    expect(r.periods[1].accounts[0]?.name).toMatch(/^Co \d+$/);
    // the playbook was imported today, after both periods closed: the starter was in use then
    expect(r.periods[1].versions).toEqual([{ label: 'the built-in starter playbook', count: 60 }]);
    expect(r.playbook.key).toBe((await getActivePlaybook()).key);
  });

  it('is kept while nothing it reads changed, and worked out again after a write', async () => {
    await seed(40);
    const first = await handleReview({ periods: PERIODS });
    // shown again: the same review, nothing read (a second read would build a new object)
    expect(await handleReview({ periods: PERIODS })).toBe(first);
    expect(first.periods.map((p) => p.closed)).toEqual([20, 20]);
    // other periods are their own review
    const other = await handleReview({ periods: [PERIODS[1], PERIODS[0]] });
    expect(other).not.toBe(first);
    // a deal closed in Q4: the next review counts it
    await db().accounts.put({ id: 'li:late', keys: ['li:late'], name: 'Late Co', facts: { industry: fact('Retail') }, firstSeenAt: now, lastSeenAt: now });
    await db().outcomes.put({ accountId: 'li:late', status: 'lost', openedAt: '2025-09-01', closedAt: '2025-11-20', updatedAt: now });
    const after = await handleReview({ periods: PERIODS });
    expect(after).not.toBe(first);
    expect(after.periods.map((p) => p.closed)).toEqual([20, 21]);
    // a new playbook version is a new review too
    await importPlaybook(JSON.stringify({ ...reviewPlaybook(), version: 'kept-2' }), 'file');
    const renamed = await handleReview({ periods: PERIODS });
    expect(renamed).not.toBe(after);
    expect(renamed.playbook.key).toBe((await getActivePlaybook()).key);
  });

  it('accepts one suggested edit as a new version with its change note', async () => {
    await seed(160);
    const r = await handleReview({ periods: PERIODS });
    if (!r.suggestions.ok) throw new Error(r.suggestions.message);
    const retest = r.suggestions.edits.find((e) => e.kind === 'retest')!;
    expect(r.suggestions.edits.length).toBeGreaterThan(1);
    const done = await handleReviewAccept({ baseKey: r.playbook.key, edits: [retest], version: r.nextVersion, note: 'Q4 review: software wins now' });
    expect(done).toEqual({ ok: true, version: '2026.4' });
    const active = await getActivePlaybook();
    expect(active.playbook.icps[0]!.criteria.find((c) => c.id === 'software')).toMatchObject({ values: ['Software Development'] });
    expect(active.playbook.icps[0]!.criteria).toHaveLength(2); // only the accepted edit
    const versions = (await handleVersions()).versions;
    expect(versions[0]).toMatchObject({ version: '2026.4', source: 'local', note: 'Q4 review: software wins now' });
    // the note travels with a backup
    const backup = JSON.stringify(await exportBackup(db(), new Date()));
    await db().delete();
    await db().open();
    expect(await importBackup(db(), backup)).toMatchObject({ ok: true });
    expect((await handleVersions()).versions[0]).toMatchObject({ version: '2026.4', note: 'Q4 review: software wins now' });
    // the review made with the older version is refused now
    expect(await handleReviewAccept({ baseKey: r.playbook.key, edits: [retest], version: '2026.5', note: 'again' })).toMatchObject({ ok: false, error: expect.stringContaining('changed since this review') });
  });

  it('refuses the same version label, and a locked playbook', async () => {
    await seed(160);
    const r = await handleReview({ periods: PERIODS });
    if (!r.suggestions.ok) throw new Error(r.suggestions.message);
    const edit = r.suggestions.edits[0]!;
    expect(await handleReviewAccept({ baseKey: r.playbook.key, edits: [edit], version: '2026.3', note: 'x' })).toMatchObject({ ok: false, error: expect.stringContaining('another label') });
    await savePolicyState({ present: true, locked: true, appliedAt: now, error: null });
    expect(await handleReviewAccept({ baseKey: r.playbook.key, edits: [edit], version: '2026.4', note: 'x' })).toMatchObject({ ok: false, error: expect.stringContaining('locked') });
    expect((await handleVersions()).versions).toHaveLength(1);
  });

  it('the messages refuse bad periods, no note, and hostile edits before any handler runs', () => {
    const review = reviewMessages['insights/review'].input;
    expect(review.safeParse({}).success).toBe(true);
    expect(review.safeParse({ periods: [PERIODS[1], { label: 'x', start: '2026-02-01', end: '2026-01-01' }] }).success).toBe(false);
    const accept = reviewMessages['insights/review-accept'].input;
    const edit = { id: 'x', kind: 'add-criterion', icpId: 'core', criterion: { id: 'a', label: 'A', layer: 'firmographic', points: 5, fact: 'industry', is: 'in', values: ['Retail'] }, evidence: [], changes: [] };
    expect(accept.safeParse({ baseKey: 'k', edits: [edit], version: '2', note: 'why' }).success).toBe(true);
    expect(accept.safeParse({ baseKey: 'k', edits: [edit], version: '2', note: '   ' }).success).toBe(false);
    expect(accept.safeParse({ baseKey: 'k', edits: [], version: '2', note: 'why' }).success).toBe(false);
    expect(accept.safeParse({ baseKey: 'k', edits: [{ ...edit, criterion: { ...edit.criterion, onclick: 'x' } }], version: '2', note: 'why' }).success).toBe(false);
    expect(accept.safeParse({ baseKey: 'k', edits: [{ ...edit, kind: 'delete-everything' }], version: '2', note: 'why' }).success).toBe(false);
  });
});
