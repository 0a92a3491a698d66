import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
vi.mock('../../../lib/background/rescore-all', () => ({ rescoreStale: async () => 0 }));

const h = await import('../../../lib/background/backup-handlers');
const { getSettings, applyRetention, handleExport, handleImport } = await import('../../../lib/background/options-handlers');
const { db } = await import('../../../lib/db/database');
const { BACKUP_FORMAT, MAX_BACKUP_CHARS } = await import('../../../lib/db/backup');
const { seedStore, account } = await import('../db/backup-fixtures');

/** The options page's restore in parts (upload → preview → confirm) and its export in parts. */
const ID = 'upload-0001';

async function upload(text: string, partChars = 1000): Promise<void> {
  for (let i = 0; i * partChars < text.length; i++) {
    const r = await h.handleRestoreUpload({ uploadId: ID, index: i, part: text.slice(i * partChars, (i + 1) * partChars) });
    if (!r.ok) throw new Error(r.error);
  }
}

const file = (retentionDays: number) =>
  JSON.stringify({ format: BACKUP_FORMAT, exportedAt: '2026-11-30T00:00:00.000Z', accounts: [account(7), account(8)], observations: [], results: [], answers: [], outcomes: [], playbooks: [], settings: [{ key: 'settings', value: { retentionDays } }] });

describe('restore in parts', () => {
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
    // the upload is gone once restored: confirming twice restores once
    expect(await h.handleRestore({ uploadId: ID })).toEqual({ ok: false, error: expect.stringMatching(/choose the file again/) });
  });

  it('refuses a hand-edited file at the preview, and the restore after it, with nothing changed', async () => {
    await upload(file(-1));
    expect(await h.handleRestorePreview({ uploadId: ID })).toEqual({ ok: false, error: expect.stringMatching(/settings\[0\] \("settings"\), field "value.retentionDays": Too small/) });
    expect(await h.handleRestore({ uploadId: ID })).toMatchObject({ ok: false });
    expect(await db().accounts.count()).toBe(3);
    expect(await getSettings()).toEqual({ retentionDays: null });
  });

  it('a restore without a preview validates the file all the same', async () => {
    await upload(file(-1));
    expect(await h.handleRestore({ uploadId: ID })).toMatchObject({ ok: false, error: expect.stringMatching(/retentionDays/) });
    expect(await db().accounts.count()).toBe(3);
  });

  it('refuses parts out of order, and a file larger than restore accepts', async () => {
    await h.handleRestoreUpload({ uploadId: ID, index: 0, part: '{' });
    expect(await h.handleRestoreUpload({ uploadId: ID, index: 2, part: '}' })).toEqual({ ok: false, error: expect.stringMatching(/out of order/) });
    const part = 'x'.repeat(8 * 1024 * 1024);
    let last: Awaited<ReturnType<typeof h.handleRestoreUpload>> = { ok: true, chars: 0 };
    for (let i = 0; last.ok && i < 30; i++) last = await h.handleRestoreUpload({ uploadId: ID, index: i, part });
    expect(last).toEqual({ ok: false, error: expect.stringMatching(/larger than 200 MB/) });
    expect(MAX_BACKUP_CHARS).toBe(200 * 1024 * 1024);
  });

  it('a cancelled upload cannot be restored', async () => {
    await upload(file(30));
    await h.handleRestoreCancel({ uploadId: ID });
    expect(await h.handleRestore({ uploadId: ID })).toMatchObject({ ok: false });
    expect(await db().accounts.count()).toBe(3);
  });
});

describe('export in parts', () => {
  beforeEach(async () => {
    await db().delete();
    await db().open();
    await seedStore(db(), 20);
  });

  it('the parts put together are the file the one-message export gives, and it restores', async () => {
    const start = await h.handleExportStart();
    if (!start.ok) throw new Error(start.error);
    const parts: string[] = [];
    for (let i = 0; i < start.parts; i++) {
      const p = await h.handleExportPart({ exportId: start.exportId, index: i });
      if (!p.ok) throw new Error(p.error);
      parts.push(p.part);
    }
    const text = parts.join('');
    expect(text.length).toBe(start.chars);
    const whole = JSON.parse((await handleExport()).json) as { accounts: unknown[]; exportedAt: string };
    expect({ ...(JSON.parse(text) as object), exportedAt: whole.exportedAt }).toEqual(whole);
    await db().accounts.clear();
    expect(await handleImport({ text })).toMatchObject({ ok: true, counts: { accounts: 20 } });
    expect(await db().accounts.count()).toBe(20);
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
