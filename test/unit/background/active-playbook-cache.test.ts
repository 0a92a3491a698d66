import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';
import { playbookText } from './playbook-fakes';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { activePlaybookNow: getActivePlaybook, getActivePlaybook: checkedPlaybook, importPlaybook } = await import('../../../lib/background/playbook/playbook-service');
const { db } = await import('../../../lib/db/database');

// Issue 17: on the observation path the active playbook is checked without a read while this
// worker wrote nothing to the playbooks table (lib/db/write-epochs.ts); any write, by any path,
// makes the next call look again.
describe('the active playbook, cached', () => {
  beforeEach(async () => {
    await db().delete();
    await db().open();
  });

  it('reads nothing while no playbook was written', async () => {
    await importPlaybook(playbookText('2027.1'), 'file');
    expect((await getActivePlaybook()).playbook.version).toBe('2027.1');
    const read = vi.spyOn(db().playbooks, 'orderBy');
    await getActivePlaybook();
    await getActivePlaybook();
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
  });

  it('a worker woken by 20 observations at once reads and validates the playbook once, not 20 times', async () => {
    await importPlaybook(playbookText('2027.1'), 'file');
    // a worker just started: nothing cached in its modules
    vi.resetModules();
    const woken = await import('../../../lib/background/playbook/playbook-service');
    const wokenDb = (await import('../../../lib/db/database')).db;
    const read = vi.spyOn(wokenDb().playbooks, 'orderBy');
    const all = await Promise.all(Array.from({ length: 20 }, () => woken.activePlaybookNow()));
    expect(new Set(all.map((a) => a.playbook.version))).toEqual(new Set(['2027.1']));
    expect(new Set(all).size).toBe(1);
    expect(read).toHaveBeenCalledTimes(2); // the newest key, then the rows to validate: once each
    read.mockRestore();
    wokenDb().close();
  });

  it('a write during a shared check makes the callers after it look again', async () => {
    await importPlaybook(playbookText('2027.1'), 'file');
    // hold the first check after it read the newest key (before the write below): it stays in flight
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const table = db().playbooks;
    const orderBy = table.orderBy.bind(table);
    const spy = vi.spyOn(table, 'orderBy').mockImplementationOnce(() => ({
      reverse: () => ({ limit: (n: number) => ({ primaryKeys: async () => { const keys = await orderBy('seq').reverse().limit(n).primaryKeys(); await held; return keys; } }) }),
    }) as never);
    const first = getActivePlaybook();
    await importPlaybook(playbookText('2027.2'), 'file');
    const second = getActivePlaybook();
    release();
    expect((await first).playbook.version).toBe('2027.1'); // began before the write
    expect((await second).playbook.version).toBe('2027.2'); // not handed the check that began before it
    spy.mockRestore();
  });

  it('follows every kind of write: an import, a delete, a clear, a put from anywhere', async () => {
    await importPlaybook(playbookText('2027.1'), 'file');
    expect((await getActivePlaybook()).playbook.version).toBe('2027.1');
    await importPlaybook(playbookText('2027.2'), 'file');
    expect((await getActivePlaybook()).playbook.version).toBe('2027.2');
    const newest = (await db().playbooks.orderBy('seq').last())!;
    await db().playbooks.delete(newest.seq!);
    expect((await getActivePlaybook()).playbook.version).toBe('2027.1');
    await db().playbooks.clear();
    expect((await getActivePlaybook()).source).toBe('builtin');
    await db().playbooks.put({ ...newest, seq: undefined });
    expect((await getActivePlaybook()).playbook.version).toBe('2027.2');
  });

  it('looks again after the database was deleted and opened anew', async () => {
    await importPlaybook(playbookText('2027.3'), 'file');
    expect((await getActivePlaybook()).playbook.version).toBe('2027.3');
    await db().delete();
    await db().open();
    expect((await getActivePlaybook()).source).toBe('builtin');
  });

  it('what the options page and the panel show still reads the table: a row written behind this worker\'s back is seen', async () => {
    await importPlaybook(playbookText('2027.1'), 'file');
    expect((await getActivePlaybook()).playbook.version).toBe('2027.1');
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(db().name);
      open.onsuccess = () => {
        const tx = open.result.transaction('playbooks', 'readwrite');
        tx.objectStore('playbooks').add({ version: '2027.2', name: 'Team playbook', source: 'file', text: '{"format":', activatedAt: Date.now() });
        tx.oncomplete = () => (open.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    });
    const checked = await checkedPlaybook();
    expect(checked.playbook.version).toBe('2027.1');
    expect(checked.fallbackReason).toMatch(/damaged/);
  });
});
