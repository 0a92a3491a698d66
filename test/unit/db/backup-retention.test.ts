import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IcpDatabase } from '../../../lib/db/database';
import { exportBackup, importBackup } from '../../../lib/db/backup';
import { deleteAccount, deleteStaleAccounts } from '../../../lib/db/retention';
import { recordObservation } from '../../../lib/db/accounts-repo';
import { playbookText } from './playbook-rows';

let n = 0;
const open: IcpDatabase[] = [];
function freshDb(): IcpDatabase {
  const d = new IcpDatabase(`backup-${++n}`);
  open.push(d);
  return d;
}
afterEach(async () => {
  for (const d of open.splice(0)) await d.delete();
});

const DAY = 86_400_000;
async function seed(d: IcpDatabase) {
  const ev = { source: 'linkedin-company' as const, url: 'https://www.linkedin.com/company/acme/', text: 'Acme' };
  for (const [i, slug] of ['acme', 'beta', 'gamma'].entries()) {
    await recordObservation(d, `obs-${slug}-0001`, { pageType: 'linkedin-company', url: `https://www.linkedin.com/company/${slug}/`, facts: { name: { value: slug, evidence: ev } }, missing: [] }, i * 10 * DAY);
  }
  await d.answers.put({ accountId: 'li:acme', criterionId: 'budget', value: true, answeredAt: 5 });
  await d.outcomes.put({ accountId: 'li:acme', status: 'won', value: 12000, updatedAt: 6 });
  await d.playbooks.add({ version: '2026.4', name: 'Team', source: 'file', text: playbookText('Team', '2026.4'), activatedAt: 7 });
  await d.settings.put({ key: 'settings', value: { retentionDays: 90 } });
}

describe('backup', () => {
  let source: IcpDatabase;
  beforeEach(async () => {
    source = freshDb();
    await seed(source);
  });

  it('round-trips everything into a fresh install', async () => {
    const file = JSON.stringify(await exportBackup(source, new Date('2026-11-23T00:00:00Z')));
    const target = freshDb();
    const result = await importBackup(target, file);
    expect(result).toMatchObject({ ok: true });
    const again = await exportBackup(target, new Date('2026-11-23T00:00:00Z'));
    expect(again).toEqual(JSON.parse(file));
    expect(again.playbooks).toHaveLength(1);
    expect(again.settings).toEqual([{ key: 'settings', value: { retentionDays: 90 } }]);
  });

  it.each([
    ['not JSON', '{oops'],
    ['another format', JSON.stringify({ format: 'something/else@1' })],
    ['a bad row', JSON.stringify({ format: 'icp-fit/backup@1', exportedAt: 'x', accounts: [{ id: 1 }], observations: [], results: [], answers: [], outcomes: [], playbooks: [], settings: [] })],
  ])('refuses %s and writes nothing', async (_name, text) => {
    const target = freshDb();
    const result = await importBackup(target, text);
    expect(result.ok).toBe(false);
    expect(await target.accounts.count()).toBe(0);
  });

  // A "__proto__" key survives JSON.parse as an own property and turns into a prototype wherever
  // it is copied by assignment; no backup has one, so the file is refused whole, with the reason.
  it.each(['__proto__', 'constructor', 'prototype'])('refuses a file with a "%s" key and writes nothing', async (key) => {
    const file = JSON.stringify(await exportBackup(source, new Date(0))).replace('"facts":{', `"facts":{"${key}":{"polluted":true},`);
    const target = freshDb();
    expect(await importBackup(target, file)).toEqual({ ok: false, error: `Refused: the file holds a "${key}" key, which no ICP Fit backup has.` });
    expect(await target.accounts.count()).toBe(0);
  });
});

describe('retention', () => {
  it('deletes one account with its observations, answers and outcome', async () => {
    const d = freshDb();
    await seed(d);
    await deleteAccount(d, 'li:acme');
    expect(await d.accounts.get('li:acme')).toBeUndefined();
    expect(await d.observations.where('accountId').equals('li:acme').count()).toBe(0);
    expect(await d.answers.where('accountId').equals('li:acme').count()).toBe(0);
    expect(await d.outcomes.get('li:acme')).toBeUndefined();
    expect(await d.accounts.count()).toBe(2);
  });

  it('deletes accounts not seen in N days, keeping those with an outcome', async () => {
    const d = freshDb();
    await seed(d); // acme at day 0 (has outcome), beta at day 10, gamma at day 20
    const removed = await deleteStaleAccounts(d, 5, 21 * DAY);
    expect(removed).toBe(1);
    expect((await d.accounts.toCollection().primaryKeys()).sort()).toEqual(['li:acme', 'li:gamma']);
  });

  it('keeps an account that got an outcome while the stale accounts were being deleted', async () => {
    const d = freshDb();
    const ev = { source: 'linkedin-company' as const, url: 'https://www.linkedin.com/company/x/', text: 'X' };
    const slugs = Array.from({ length: 30 }, (_, i) => `stale-${String(i).padStart(2, '0')}`);
    for (const slug of slugs) await recordObservation(d, `obs-${slug}-0001`, { pageType: 'linkedin-company', url: `https://www.linkedin.com/company/${slug}/`, facts: { name: { value: slug, evidence: ev } }, missing: [] }, DAY);
    const running = deleteStaleAccounts(d, 5, 40 * DAY); // reads which are stale, then deletes them one by one
    // once the deleting has started, the rep records an outcome on the last one still waiting
    while ((await d.accounts.count()) === slugs.length) await new Promise((r) => setTimeout(r, 0));
    await d.outcomes.put({ accountId: 'li:stale-29', status: 'won', updatedAt: 41 * DAY });
    expect(await running).toBe(29);
    expect(await d.accounts.toCollection().primaryKeys()).toEqual(['li:stale-29']);
    expect(await d.outcomes.get('li:stale-29')).toMatchObject({ status: 'won' });
  });
});
