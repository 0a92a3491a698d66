import type { Backup } from '../db/backup';

/**
 * Backup files on their way in or out, held between the messages that carry their parts. This is
 * transit, not the truth: the store is only written by a confirmed restore, in one transaction.
 * If the worker stops in between, the transfer is gone and the page says "choose the file again".
 * One upload and one download at a time (a new one replaces the old); stale ones expire.
 */
const TTL_MS = 10 * 60_000;

export interface Upload {
  id: string;
  parts: string[];
  chars: number;
  /** set by the preview: the file parsed and validated, so confirming does not parse it again */
  parsed?: Backup;
  touched: number;
}

export interface Download {
  id: string;
  parts: string[];
  touched: number;
}

let upload: Upload | null = null;
let download: Download | null = null;

const fresh = <T extends { touched: number }>(t: T | null, now: number) => (t && now - t.touched < TTL_MS ? t : null);

export function startUpload(id: string, now = Date.now()): Upload {
  upload = { id, parts: [], chars: 0, touched: now };
  return upload;
}

export function findUpload(id: string, now = Date.now()): Upload | null {
  const u = fresh(upload, now);
  if (!u || u.id !== id) return null;
  u.touched = now;
  return u;
}

export function dropUpload(id: string): void {
  if (upload?.id === id) upload = null;
}

export function startDownload(parts: string[], now = Date.now()): Download {
  download = { id: crypto.randomUUID(), parts, touched: now };
  return download;
}

export function findDownload(id: string, now = Date.now()): Download | null {
  const d = fresh(download, now);
  if (!d || d.id !== id) return null;
  d.touched = now;
  return d;
}

export function dropDownload(id: string): void {
  if (download?.id === id) download = null;
}

export const GONE = 'The file is no longer held by the extension (it restarted, or another restore began): choose the file again.';
