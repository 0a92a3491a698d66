import { z } from 'zod';

/**
 * Backup and restore between the options page and the background. A backup can be 150 MB, more
 * than one Chrome message carries (64 MiB) and slow to send in parts (~1.5 s per 8 MB part, 30 s for
 * 20,000 accounts). So the file itself travels through the extension's own Cache Storage, which the
 * page and the background share (same origin; content scripts and web pages cannot reach it) and
 * which needs no permission: the page drops the chosen file there and the background reads it,
 * parses and validates it; an export is written there by the background and saved by the page.
 * Messages carry only the transfer's id. Nothing in the cache is trusted: it is a file like any other.
 */
export const TRANSFER_CACHE = 'icp-fit-transfer';
/** Cache Storage keys must be http(s) URLs; this one is never fetched (.invalid cannot resolve). */
export function transferUrl(kind: 'restore' | 'export', id: string): string {
  return `https://transfer.icp-fit.invalid/${kind}/${encodeURIComponent(id)}`;
}
/**
 * The largest backup restore accepts (characters of the file's text). Export refuses to write a
 * larger one (lib/db/backup-export.ts), so every file export writes can be restored.
 */
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;
/** A file larger than this many bytes cannot hold a backup restore accepts (UTF-8: at most 3 bytes per character). */
export const maxBackupBytes = (maxChars: number) => maxChars * 3;

const Count = z.number().int().nonnegative();
const TransferId = z.string().min(8).max(64);

/** What a restore will do (the preview), or did (the summary): counts, the playbook, settings that change. */
export const RestoreReport = z.object({
  exportedAt: z.string().max(40),
  accounts: z.object({ added: Count, replaced: Count }),
  observations: Count,
  results: Count,
  answers: Count,
  outcomes: Count,
  playbook: z.object({
    /** none: the file has no playbook; same: it is the one in use; activate: it becomes the one in use; locked: kept, the playbook is locked by Chrome policy */
    action: z.enum(['none', 'same', 'activate', 'locked']),
    /** the file's newest playbook */
    name: z.string().max(200).optional(),
    version: z.string().max(100).optional(),
    /** the playbook in use now (null: the built-in starter) */
    current: z.object({ name: z.string().max(200), version: z.string().max(100) }).nullable(),
    /** versions added to the history */
    added: Count,
  }),
  settings: z.array(z.object({ key: z.string().max(100), from: z.string().max(200), to: z.string().max(200) })).max(50),
  /** a playbook-URL subscription the file carries: shown, never restored */
  subscription: z.object({ url: z.string().max(2048), managed: z.boolean() }).nullable(),
  /** what the file holds that a restore leaves out, and why, in plain words */
  notRestored: z.array(z.string().max(500)).max(20),
  /** accounts the next retention run would delete (not seen for the retention period, no outcome) */
  retentionWillDelete: Count,
});
export type RestoreReport = z.infer<typeof RestoreReport>;

const Refused = z.object({ ok: z.literal(false), error: z.string().max(2000) });

export const backupMessages = {
  /** Validate the file the page put in the transfer cache and say what restoring it would do. Writes nothing. */
  'data/restore-preview': {
    from: 'page',
    input: z.object({ uploadId: TransferId }),
    output: z.union([z.object({ ok: z.literal(true), report: RestoreReport }), Refused]),
  },
  /** Restore the previewed file (parsed again if the worker restarted since); the lock and the store are re-read inside the one write transaction. */
  'data/restore': {
    from: 'page',
    input: z.object({ uploadId: TransferId }),
    output: z.union([z.object({ ok: z.literal(true), report: RestoreReport }), Refused]),
  },
  'data/restore-cancel': {
    from: 'page',
    input: z.object({ uploadId: TransferId }),
    output: z.object({}),
  },
  /** Build a backup into the transfer cache for the page to save. Refused when larger than restore accepts. */
  'data/export-start': {
    from: 'page',
    input: z.object({}),
    output: z.union([z.object({ ok: z.literal(true), exportId: TransferId, chars: Count, skipped: z.array(z.string().max(500)).max(20) }), Refused]),
  },
} as const;
