import { request } from '@/lib/messaging/client';
import { BACKUP_PART_CHARS, type RestoreReport } from '@/lib/messaging/protocol-backup';

/**
 * The options page's side of backup transfers: a file goes to the background in parts (a
 * backup can be larger than one message), and an export comes back in parts straight into a
 * Blob (the page never builds the whole file as one string).
 */

/** Send a chosen file to the background and get its preview (the background validates it). */
export async function uploadAndPreview(
  file: File,
  onProgress: (share: number) => void,
): Promise<{ ok: true; uploadId: string; report: RestoreReport } | { ok: false; error: string }> {
  const text = await file.text();
  const uploadId = crypto.randomUUID();
  for (let i = 0; i === 0 || i * BACKUP_PART_CHARS < text.length; i++) {
    const part = text.slice(i * BACKUP_PART_CHARS, (i + 1) * BACKUP_PART_CHARS);
    const r = await request('data/restore-upload', { uploadId, index: i, part });
    if (!r.ok) return r;
    onProgress(Math.min(1, ((i + 1) * BACKUP_PART_CHARS) / Math.max(1, text.length)));
  }
  const preview = await request('data/restore-preview', { uploadId });
  return preview.ok ? { ok: true, uploadId, report: preview.report } : preview;
}

/** Build the backup in the background and download it as one file. */
export async function downloadBackup(onProgress: (share: number) => void): Promise<{ ok: true; chars: number; skipped: string[] } | { ok: false; error: string }> {
  const start = await request('data/export-start', {});
  if (!start.ok) return start;
  const parts: string[] = [];
  for (let i = 0; i < start.parts; i++) {
    const r = await request('data/export-part', { exportId: start.exportId, index: i });
    if (!r.ok) return r;
    parts.push(r.part);
    onProgress((i + 1) / start.parts);
  }
  const url = URL.createObjectURL(new Blob(parts, { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: `icp-fit-backup-${new Date().toISOString().slice(0, 10)}.json` });
  a.click();
  // revoking at once can cancel the download in Chrome: give it time to start
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { ok: true, chars: start.chars, skipped: start.skipped };
}
