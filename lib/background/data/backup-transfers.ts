import { MAX_BACKUP_CHARS, parseBackup, type Backup } from '../../db/backup';
import { TRANSFER_CACHE, maxBackupBytes, transferUrl } from '../../messaging/protocol/backup';

/**
 * Backup files in transit through the extension's Cache Storage (lib/messaging/protocol/backup.ts).
 * A file there is never the truth: the store changes only by a confirmed restore, in one
 * transaction. The file the page dropped stays until it is restored or cancelled (so a worker
 * restart between preview and confirm costs a second parse, not the rep's work); only one of each
 * kind is kept. The parsed file is memoised for the confirm that follows its preview.
 */
export const GONE = 'The file is no longer held by the extension (another restore began, or it was cancelled): choose the file again.';
const TOO_LARGE = `The file is larger than ${MAX_BACKUP_CHARS / 1024 / 1024} MB: not an ICP Fit backup. Nothing was restored.`;

let memo: { id: string; backup: Backup } | null = null;

const cache = () => caches.open(TRANSFER_CACHE);

/** The dropped file, parsed and validated (once per worker life), or why not. */
export async function readUpload(id: string): Promise<{ ok: true; backup: Backup } | { ok: false; error: string }> {
  if (memo?.id === id) return { ok: true, backup: memo.backup };
  const res = await (await cache()).match(transferUrl('restore', id));
  if (!res) return { ok: false, error: GONE };
  const blob = await res.blob();
  // refuse before reading: a hostile 2 GB file must not become a string
  if (blob.size > maxBackupBytes(MAX_BACKUP_CHARS)) return dropped(id, TOO_LARGE);
  const parsed = parseBackup(await blob.text());
  if (!parsed.ok) return dropped(id, parsed.error);
  memo = { id, backup: parsed.backup };
  return parsed;
}

async function dropped(id: string, error: string): Promise<{ ok: false; error: string }> {
  await dropUpload(id);
  return { ok: false, error };
}

export async function dropUpload(id: string): Promise<void> {
  if (memo?.id === id) memo = null;
  await (await cache()).delete(transferUrl('restore', id));
}

/** Keep only this upload: a new file replaces any other left behind (a closed tab, a crash). */
export async function keepOnlyUpload(id: string): Promise<void> {
  if (memo && memo.id !== id) memo = null;
  await dropOthers('restore', transferUrl('restore', id));
}

/** Put an export where the page can save it; older exports are dropped. */
export async function putExport(parts: string[]): Promise<string> {
  const id = crypto.randomUUID();
  const url = transferUrl('export', id);
  await dropOthers('export', url);
  await (await cache()).put(url, new Response(new Blob(parts, { type: 'application/json' })));
  return id;
}

async function dropOthers(kind: 'restore' | 'export', keep: string): Promise<void> {
  const c = await cache();
  const prefix = transferUrl(kind, '');
  for (const req of await c.keys()) if (req.url.startsWith(prefix) && req.url !== keep) await c.delete(req);
}
