import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';
import { stubCaches } from './fake-caches';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
vi.mock('../../../lib/background/accounts/rescore-all', () => ({ rescoreStale: async () => 0 }));

const h = await import('../../../lib/background/data/backup-handlers');
const { getSettings, applyRetention, handleExport, handleImport } = await import('../../../lib/background/data/options-handlers');
const { db } = await import('../../../lib/db/database');
const { BACKUP_FORMAT, MAX_BACKUP_CHARS } = await import('../../../lib/db/backup');
const { seedStore, account } = await import('../db/backup-fixtures');
const { TRANSFER_CACHE, transferUrl } = await import('../../../lib/messaging/protocol/backup');
const stores = stubCaches();

/** The options page's restore (drop the file → preview → confirm) and its export, through the transfer cache. */
const ID = 'upload-0001';

/** What the options page does with a chosen file. */
async function upload(body: string | Blob, id = ID): Promise<void> {
  await (await caches.open(TRANSFER_CACHE)).put(transferUrl('restore', id), new Response(body));
}
const held = () => [...(stores.get(TRANSFER_CACHE)?.keys() ?? [])];

const file = (retentionDays: number) =>
  JSON.stringify({ format: BACKUP_FORMAT, exportedAt: '2026-11-30T00:00:00.000Z', accounts: [account(7), account(8)], observations: [], results: [], answers: [], outcomes: [], playbooks: [], settings: [{ key: 'settings', value: { retentionDays } }] });

describe('restore through the transfer cache', () => {
  beforeEach(async () => {
    await db().delete();
    await db().open();
    await seedStore(db(), 3);
  });

  it('previews, writes nothing until confirmed, then restores and says what it did', async () => {
    await upload(file(90));
    const preview = await h.handleRestorePreview({ uploadId: ID });
    expect(preview).toMatchObject({ ok: true, report: { accounts: { added: 2, replaced: 0 }, settings: [{ key: 'retentionDays', from: 'null', to: '90' }] } });
    expect(await db().accounts.count()).toBe(3);
    const done = await h.handleRestore({ uploadId: ID });
    expect(done).toEqual(preview);
    expect(await db().accounts.count()).toBe(5);
    // the file is gone once restored: confirming twice restores once
    expect(held()).toEqual([]);
    expect(await h.handleRestore({ uploadId: ID })).toEqual({ ok: false, error: expect.stringMatching(/choose the file again/) });
  });

  it('refuses a hand-edited file at the preview, and the restore after it, with nothing changed', async () => {
    await upload(file(-1));
    expect(await h.handleRestorePreview({ uploadId: ID })).toEqual({ ok: false, error: expect.stringMatching(/settings\[0\] \("settings"\), field "value.retentionDays": Too small/) });
    expect(await h.handleRestore({ uploadId: ID })).toMatchObject({ ok: false });
    expect(await db().accounts.count()).toBe(3);
    expect(await getSettings()).toEqual({ retentionDays: null });
    expect(held()).toEqual([]); // a refused file is not kept
  });

  it('a restore without a preview validates the file all the same', async () => {
    await upload(file(-1));
    expect(await h.handleRestore({ uploadId: ID })).toMatchObject({ ok: false, error: expect.stringMatching(/retentionDays/) });
    expect(await db().accounts.count()).toBe(3);
  });

  it('refuses a file larger than restore accepts before reading it', async () => {
    const huge = new Blob([new Uint8Array(10)]);
    Object.defineProperty(huge, 'size', { value: 3 * MAX_BACKUP_CHARS + 1 });
    stores.get(TRANSFER_CACHE)!.set(transferUrl('restore', ID), huge);
    expect(await h.handleRestorePreview({ uploadId: ID })).toEqual({ ok: false, error: expect.stringMatching(/larger than 200 MB/) });
    expect(held()).toEqual([]);
  });

  it('a new file replaces one left behind (a closed tab); only its own id restores it', async () => {
    await upload(file(30), 'upload-old1');
    await upload(file(90));
    expect(await h.handleRestorePreview({ uploadId: ID })).toMatchObject({ ok: true });
    expect(held()).toEqual([transferUrl('restore', ID)]);
    expect(await h.handleRestore({ uploadId: 'upload-old1' })).toMatchObject({ ok: false });
  });

  it('a cancelled upload cannot be restored', async () => {
    await upload(file(30));
    await h.handleRestoreCancel({ uploadId: ID });
    expect(await h.handleRestore({ uploadId: ID })).toMatchObject({ ok: false });
    expect(await db().accounts.count()).toBe(3);
  });
});

describe('export', () => {
  beforeEach(async () => {
    await db().delete();
    await db().open();
    await seedStore(db(), 20);
  });

  it('the file put in the transfer cache is the one-message export, and it restores', async () => {
    const start = await h.handleExportStart();
    if (!start.ok) throw new Error(start.error);
    const text = await stores.get(TRANSFER_CACHE)!.get(transferUrl('export', start.exportId))!.text();
    expect(text.length).toBe(start.chars);
    const whole = JSON.parse((await handleExport()).json) as { accounts: unknown[]; exportedAt: string };
    expect({ ...(JSON.parse(text) as object), exportedAt: whole.exportedAt }).toEqual(whole);
    await db().accounts.clear();
    expect(await handleImport({ text })).toMatchObject({ ok: true, counts: { accounts: 20 } });
    expect(await db().accounts.count()).toBe(20);
    // a second export replaces the first
    const again = await h.handleExportStart();
    expect(held().filter((u) => u.includes('/export/'))).toEqual([transferUrl('export', again.ok ? again.exportId : '')]);
  });
});

describe('settings', () => {
  beforeEach(async () => {
    await db().delete();
    await db().open();
  });

  it('a stored value no live write could store reads as the default, so retention deletes nothing', async () => {
    await seedStore(db(), 3);
    // as an older version (before the settings guard) could have stored it
    vi.spyOn(db().settings, 'get').mockResolvedValue({ key: 'settings', value: { retentionDays: -1 } });
    expect(await getSettings()).toEqual({ retentionDays: null });
    expect(await applyRetention()).toBe(0);
    expect(await db().accounts.count()).toBe(3);
  });
});
