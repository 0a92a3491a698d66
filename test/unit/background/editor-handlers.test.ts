import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlaybookFakeBrowser, playbookText } from './playbook-fakes';

const fake = createPlaybookFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
vi.mock('../../../lib/background/accounts/rescore-all', () => ({ rescoreStale: vi.fn(async () => 0) }));

const { handlePlaybookImport } = await import('../../../lib/background/playbook/playbook-handlers');
const { handleCheck, handleCurrent, handleUpdateNotice, handleUpdateSeen } = await import('../../../lib/background/playbook/editor-handlers');
const { savePolicyState } = await import('../../../lib/background/playbook/playbook-activate');
const { starterPlaybookText } = await import('../../../lib/playbook/templates');
const { db } = await import('../../../lib/db/database');

const importText = (text: string) => handlePlaybookImport({ text, source: 'local' });
const ack = async () => {
  const n = await handleUpdateNotice();
  if (n.show) await handleUpdateSeen({ seq: n.seq });
  return n;
};

describe('playbook/current', () => {
  beforeEach(async () => Promise.all(db().tables.map((t) => t.clear())));

  it('is the starter text on a new install, then the text in use, with the lock state', async () => {
    expect(await handleCurrent({})).toEqual({ text: starterPlaybookText, source: 'builtin', locked: false });
    await importText(playbookText('7'));
    await savePolicyState({ present: true, locked: true, appliedAt: 1, error: null });
    expect(await handleCurrent({})).toEqual({ text: playbookText('7'), source: 'local', locked: true });
  });

  it('gives the starter text when asked, whatever is in use', async () => {
    await importText(playbookText('7'));
    expect((await handleCurrent({ starter: true })).text).toBe(starterPlaybookText);
  });

  it('skips a damaged newest row, like the playbook in use does', async () => {
    await importText(playbookText('1'));
    await db().playbooks.add({ version: '2', name: 'x', source: 'file', text: '{broken', activatedAt: 2 });
    expect((await handleCurrent({})).text).toBe(playbookText('1'));
  });
});

describe('playbook/update-notice', () => {
  beforeEach(async () => Promise.all(db().tables.map((t) => t.clear())));

  it('says nothing on the first look at a new install, nor until the playbook changes', async () => {
    expect(await handleUpdateNotice()).toEqual({ show: false });
    expect(await handleUpdateNotice()).toEqual({ show: false });
  });

  it('after a change: once, with what changed since the starter; gone once seen; back at the next change', async () => {
    await handleUpdateNotice();
    await importText(playbookText('2027.1', 100));
    const first = await handleUpdateNotice();
    expect(first.show && first.version).toBe('2027.1');
    expect(first.show && first.complete).toBe(true);
    expect(first.show && first.changes.some((c) => /ICP "Big companies" added/.test(c.text))).toBe(true);
    // not acknowledged yet (the panel closed before it rendered): still there
    expect((await handleUpdateNotice()).show).toBe(true);
    await ack();
    expect(await handleUpdateNotice()).toEqual({ show: false });

    await importText(playbookText('2027.2', 60));
    const next = await handleUpdateNotice();
    expect(next.show && next.changes.map((c) => c.text)).toEqual(['Version 2027.1 → 2027.2', 'ICP "Big companies": criterion "At least 500 employees" is now worth 60 points (was 100)']);
  });

  it('a first look after an import records it without a notice', async () => {
    await importText(playbookText('1'));
    expect(await handleUpdateNotice()).toEqual({ show: false });
  });

  it('when the version seen last is no longer kept, the notice says so instead of listing changes', async () => {
    await importText(playbookText('1'));
    await handleUpdateNotice();
    await db().playbooks.clear();
    await importText(playbookText('2'));
    const n = await handleUpdateNotice();
    expect(n).toMatchObject({ show: true, version: '2', complete: false, changes: [] });
  });
});

describe('playbook/check', () => {
  beforeEach(async () => Promise.all(db().tables.map((t) => t.clear())));
  // read now: a fact older than the playbook's maximum age would count as unknown (issue 20)
  const fact = (value: unknown) => ({ value, source: 'linkedin-company' as const, evidence: [], observedAt: Date.now() });

  it('lists every problem of an invalid draft by path and scores nothing', async () => {
    const bad = JSON.parse(playbookText('1'));
    bad.icps[0].criteria[0].points = -5;
    const r = await handleCheck({ text: JSON.stringify(bad), accountId: null });
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.path)).toContain('icps[0].criteria[0].points');
    expect(r.result).toBeNull();
    expect((await handleCheck({ text: '{nope', accountId: null })).errors[0]!.message).toMatch(/not valid JSON/);
  });

  it('scores a stored account with the draft (its facts and the rep\'s answers), storing nothing', async () => {
    await db().accounts.add({ id: 'domain:big.example', keys: ['domain:big.example'], name: 'Big', facts: { employees: fact(800) }, firstSeenAt: 1, lastSeenAt: 1 });
    const before = await db().playbooks.count();
    const at = (min: number) => handleCheck({ text: playbookText('1', 100, {}).replace('"value":500', `"value":${min}`), accountId: 'domain:big.example' });
    const hit = await at(500);
    expect(hit.ok && hit.result?.results[0]?.criteria[0]?.state).toBe('matched');
    const miss = await at(1000);
    expect(miss.result?.results[0]?.criteria[0]?.state).toBe('missed');
    expect(await db().playbooks.count()).toBe(before);
  });

  it('scores the bundled sample for accountId null, and nothing for an account that is gone', async () => {
    const sample = await handleCheck({ text: starterPlaybookText, accountId: null });
    expect(sample.ok).toBe(true);
    expect(sample.result?.results.length).toBe(5);
    expect(sample.result?.results[0]?.score).not.toBeNull();
    expect((await handleCheck({ text: starterPlaybookText, accountId: 'domain:gone.example' })).result).toBeNull();
  });

  it('speaks as the persona asked for: its talking points, none without one', async () => {
    const none = await handleCheck({ text: starterPlaybookText, accountId: null });
    expect(none.result?.persona).toBeNull();
    expect(none.result?.results.every((r) => r.talkingPoints.length === 0)).toBe(true);
    const revops = await handleCheck({ text: starterPlaybookText, accountId: null, personaId: 'revops' });
    expect(revops.result?.persona?.id).toBe('revops');
    expect(revops.result?.results.flatMap((r) => r.talkingPoints)).toContain('Your ICP becomes a file you own: version it every quarter and every rep scores with the same one.');
  });
});
