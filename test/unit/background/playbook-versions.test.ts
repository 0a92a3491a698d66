import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlaybookFakeBrowser, playbookText } from './playbook-fakes';

const fake = createPlaybookFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
// rescoring is covered by observe.test.ts; here: that each activation asks for it
const rescoreStale = vi.fn(async () => 0);
vi.mock('../../../lib/background/accounts/rescore-all', () => ({ rescoreStale }));

const { handlePlaybookImport, handlePlaybookStatus, handleVersions, handleDiff, handleRollback } = await import('../../../lib/background/playbook/playbook-handlers');
const { MAX_VERSIONS } = await import('../../../lib/background/playbook/playbook-versions');
const { savePolicyState } = await import('../../../lib/background/playbook/playbook-activate');
const { db } = await import('../../../lib/db/database');

const importText = (text: string) => handlePlaybookImport({ text, source: 'file' });

describe('playbook versions', () => {
  beforeEach(async () => {
    // clear, not delete: the key generator keeps counting, as in real use (the active-playbook cache is keyed by seq)
    await Promise.all(db().tables.map((t) => t.clear()));
  });

  it('keeps every activated version, newest first, and diffs two of them', async () => {
    rescoreStale.mockClear();
    await importText(playbookText('1', 100));
    await importText(playbookText('2', 60));
    expect(rescoreStale).toHaveBeenCalledTimes(2);
    const { versions } = await handleVersions();
    expect(versions.map((v) => [v.version, v.source])).toEqual([
      ['2', 'file'],
      ['1', 'file'],
    ]);
    const d = await handleDiff({ fromSeq: versions[1]!.seq, toSeq: versions[0]!.seq });
    expect(d.ok && d.changes.map((c) => c.text)).toEqual(['Version 1 → 2', 'ICP "Big companies": criterion "At least 500 employees" is now worth 60 points (was 100)']);
  });

  it(`prunes beyond ${MAX_VERSIONS} versions (at least 10 are always kept)`, async () => {
    for (let i = 1; i <= MAX_VERSIONS + 3; i++) await importText(playbookText(String(i)));
    const { versions } = await handleVersions();
    expect(versions).toHaveLength(MAX_VERSIONS);
    expect(versions[0]!.version).toBe(String(MAX_VERSIONS + 3));
    expect(versions.at(-1)!.version).toBe('4');
    expect(await db().playbooks.count()).toBe(MAX_VERSIONS);
  });

  it('rolls back by re-activating the old text as a new version with the original source', async () => {
    await importText(playbookText('1'));
    await db().playbooks.add({ version: '2', name: 'Team playbook', source: 'url', text: playbookText('2'), activatedAt: 2 });
    const seqOf = async (v: string) => (await handleVersions()).versions.find((x) => x.version === v)!.seq;
    await importText(playbookText('3'));
    const r = await handleRollback({ seq: await seqOf('2') });
    expect(r).toEqual({ ok: true, version: '2' });
    const status = await handlePlaybookStatus();
    expect([status.version, status.source]).toEqual(['2', 'url']);
    expect((await handleVersions()).versions.map((v) => v.version)).toEqual(['2', '3', '2', '1']);
  });

  it('a missing version gives a plain error, not an exception', async () => {
    expect(await handleRollback({ seq: 999 })).toEqual({ ok: false, error: 'Version #999 is not kept any more' });
    expect(await handleDiff({ fromSeq: 1, toSeq: 999 })).toMatchObject({ ok: false });
  });

  it('refuses import and rollback while a policy locks the playbook', async () => {
    await importText(playbookText('1'));
    const seq = (await handleVersions()).versions[0]!.seq;
    await savePolicyState({ present: true, locked: true, appliedAt: 1, error: null });
    const r = await importText(playbookText('2'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.message).toMatch(/locked/);
    expect(await handleRollback({ seq })).toMatchObject({ ok: false, error: expect.stringMatching(/locked/) });
    expect((await handlePlaybookStatus()).version).toBe('1');
    expect((await handlePlaybookStatus()).locked).toBe(true);
  });
});
