import { db } from '../../db/database';
import { exportBackupParts, planRestore, restoreParsed } from '../../db/backup';
import type { Input, Output } from '../../messaging/protocol';
import { dropUpload, keepOnlyUpload, putExport, readUpload } from './backup-transfers';
import { broadcastChanged } from '../tabs/broadcast';
import { log } from './diagnostics';
import { rescoreStale } from '../accounts/rescore-all';

/**
 * The options page's two-step restore (drop the file → preview → confirm) and its export. The
 * page is untrusted: the background reads, parses and validates the file itself, and the restore
 * re-reads the store (policy lock, what exists) inside its write transaction.
 */

export async function handleRestorePreview(input: Input<'data/restore-preview'>): Promise<Output<'data/restore-preview'>> {
  await keepOnlyUpload(input.uploadId);
  const parsed = await readUpload(input.uploadId);
  if (!parsed.ok) return parsed;
  return { ok: true, report: await planRestore(db(), parsed.backup) };
}

export async function handleRestore(input: Input<'data/restore'>): Promise<Output<'data/restore'>> {
  const parsed = await readUpload(input.uploadId);
  if (!parsed.ok) return parsed;
  const r = await restoreParsed(db(), parsed.backup);
  if (!r.ok) {
    await log('error', r.error);
    return r;
  }
  await dropUpload(input.uploadId);
  await afterRestore();
  return { ok: true, report: r.report };
}

/** Restored rows may carry another playbook's results: rescore, and tell open pages to refresh. */
export async function afterRestore(): Promise<void> {
  void rescoreStale().then(() => broadcastChanged({}));
  await broadcastChanged({});
}

export async function handleRestoreCancel(input: Input<'data/restore-cancel'>): Promise<Output<'data/restore-cancel'>> {
  await dropUpload(input.uploadId);
  return {};
}

export async function handleExportStart(): Promise<Output<'data/export-start'>> {
  const r = await exportBackupParts(db(), new Date());
  if (!r.ok) return r;
  if (r.skipped.length) await log('warn', `backup export left out damaged rows: ${r.skipped.join('; ')}`.slice(0, 1000));
  return { ok: true, exportId: await putExport(r.parts), chars: r.chars, skipped: r.skipped };
}

export const backupHandlers = {
  'data/restore-preview': handleRestorePreview,
  'data/restore': handleRestore,
  'data/restore-cancel': handleRestoreCancel,
  'data/export-start': handleExportStart,
} as const;
