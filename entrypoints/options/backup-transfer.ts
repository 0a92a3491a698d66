import { request } from '../../lib/messaging/client';
import { MAX_BACKUP_CHARS, TRANSFER_CACHE, maxBackupBytes, transferUrl, type RestoreReport } from '../../lib/messaging/protocol/backup';

/**
 * The options page's side of backup transfers, through the extension's Cache Storage (see
 * lib/messaging/protocol/backup.ts): the chosen file is dropped there as it is (streamed from disk,
 * never one string here) for the background to validate; an export is read from there as a Blob.
 */
type Refusal = { ok: false; error: string };
const failed = (e: unknown): Refusal => ({ ok: false, error: e instanceof Error ? e.message : String(e) });

/** Hand a chosen file to the background and get its preview (the background validates it). */
export async function uploadAndPreview(file: File): Promise<{ ok: true; uploadId: string; report: RestoreReport } | Refusal> {
  if (file.size > maxBackupBytes(MAX_BACKUP_CHARS)) return { ok: false, error: `The file is larger than ${MAX_BACKUP_CHARS / 1024 / 1024} MB: not an ICP Fit backup. Nothing was restored.` };
  try {
    const uploadId = crypto.randomUUID();
    await (await caches.open(TRANSFER_CACHE)).put(transferUrl('restore', uploadId), new Response(file));
    const preview = await request('data/restore-preview', { uploadId });
    return preview.ok ? { ok: true, uploadId, report: preview.report } : preview;
  } catch (e) {
    return failed(e);
  }
}

/** Build the backup in the background and save it as one file. */
export async function downloadBackup(): Promise<{ ok: true; chars: number; skipped: string[] } | Refusal> {
  try {
    const start = await request('data/export-start', {});
    if (!start.ok) return start;
    const cache = await caches.open(TRANSFER_CACHE);
    const key = transferUrl('export', start.exportId);
    const res = await cache.match(key);
    if (!res) return { ok: false, error: 'The export was not found: export again.' };
    const url = URL.createObjectURL(await res.blob());
    Object.assign(document.createElement('a'), { href: url, download: `icp-fit-backup-${new Date().toISOString().slice(0, 10)}.json` }).click();
    // revoking at once can cancel the download in Chrome: give it time to start
    setTimeout(() => {
      URL.revokeObjectURL(url);
      void cache.delete(key);
    }, 60_000);
    return { ok: true, chars: start.chars, skipped: start.skipped };
  } catch (e) {
    return failed(e);
  }
}
