import { db } from '../db/database';
import { MAX_BACKUP_CHARS, exportBackupParts, parseBackup, planRestore, restoreParsed, type Backup } from '../db/backup';
import type { Input, Output } from '../messaging/protocol';
import { GONE, dropDownload, dropUpload, findDownload, findUpload, startDownload, startUpload, type Upload } from './backup-transfers';
import { broadcastChanged } from './broadcast';
import { log } from './diagnostics';
import { rescoreStale } from './rescore-all';

/**
 * The options page's two-step restore (upload → preview → confirm) and its export in parts.
 * The page is untrusted: the background parses and validates the file itself, and the restore
 * re-reads the store (policy lock, what exists) inside its write transaction.
 */

export async function handleRestoreUpload(input: Input<'data/restore-upload'>): Promise<Output<'data/restore-upload'>> {
  const u = input.index === 0 ? startUpload(input.uploadId) : findUpload(input.uploadId);
  if (!u) return { ok: false, error: GONE };
  if (u.parsed || input.index !== u.parts.length) {
    dropUpload(u.id);
    return { ok: false, error: 'The file arrived out of order: choose it again.' };
  }
  if (u.chars + input.part.length > MAX_BACKUP_CHARS) {
    dropUpload(u.id);
    return { ok: false, error: `The file is larger than ${MAX_BACKUP_CHARS / 1024 / 1024} MB: not an ICP Fit backup. Nothing was restored.` };
  }
  u.parts.push(input.part);
  u.chars += input.part.length;
  return { ok: true, chars: u.chars };
}

/** The upload's file, parsed and validated once (the text is let go: a backup can be 200 MB). */
function parsedUpload(u: Upload): { ok: true; backup: Backup } | { ok: false; error: string } {
  if (u.parsed) return { ok: true, backup: u.parsed };
  const r = parseBackup(u.parts.join(''));
  u.parts = [];
  if (!r.ok) {
    dropUpload(u.id);
    return r;
  }
  u.parsed = r.backup;
  return r;
}

export async function handleRestorePreview(input: Input<'data/restore-preview'>): Promise<Output<'data/restore-preview'>> {
  const u = findUpload(input.uploadId);
  if (!u) return { ok: false, error: GONE };
  const parsed = parsedUpload(u);
  if (!parsed.ok) return parsed;
  return { ok: true, report: await planRestore(db(), parsed.backup) };
}

export async function handleRestore(input: Input<'data/restore'>): Promise<Output<'data/restore'>> {
  const u = findUpload(input.uploadId);
  if (!u) return { ok: false, error: GONE };
  const parsed = parsedUpload(u);
  if (!parsed.ok) return parsed;
  dropUpload(u.id);
  const r = await restoreParsed(db(), parsed.backup);
  if (!r.ok) {
    await log('error', r.error);
    return r;
  }
  await afterRestore();
  return { ok: true, report: r.report };
}

/** Restored rows may carry another playbook's results: rescore, and tell open pages to refresh. */
export async function afterRestore(): Promise<void> {
  void rescoreStale().then(() => broadcastChanged({}));
  await broadcastChanged({});
}

export async function handleRestoreCancel(input: Input<'data/restore-cancel'>): Promise<Output<'data/restore-cancel'>> {
  dropUpload(input.uploadId);
  return {};
}

export async function handleExportStart(): Promise<Output<'data/export-start'>> {
  const r = await exportBackupParts(db(), new Date());
  if (!r.ok) return r;
  if (r.skipped.length) await log('warn', `backup export left out damaged rows: ${r.skipped.join('; ')}`.slice(0, 1000));
  const d = startDownload(r.parts);
  return { ok: true, exportId: d.id, parts: r.parts.length, chars: r.chars, skipped: r.skipped };
}

export async function handleExportPart(input: Input<'data/export-part'>): Promise<Output<'data/export-part'>> {
  const d = findDownload(input.exportId);
  const part = d?.parts[input.index];
  if (!d || part === undefined) return { ok: false, error: 'The export is no longer held by the extension: export again.' };
  if (input.index === d.parts.length - 1) dropDownload(d.id);
  return { ok: true, part };
}

export const backupHandlers = {
  'data/restore-upload': handleRestoreUpload,
  'data/restore-preview': handleRestorePreview,
  'data/restore': handleRestore,
  'data/restore-cancel': handleRestoreCancel,
  'data/export-start': handleExportStart,
  'data/export-part': handleExportPart,
} as const;
