import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';
import { playbookText } from './playbook-fakes';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { getActivePlaybook, importPlaybook } = await import('../../../lib/background/playbook/playbook-service');
const { db } = await import('../../../lib/db/database');

// Issue 17: the active playbook is checked without a read while nothing was written to the
// playbooks table (lib/db/write-epochs.ts); any write, by any path, makes the next call look again.
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
});
