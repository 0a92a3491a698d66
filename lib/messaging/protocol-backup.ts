import { z } from 'zod';

/**
 * Backup and restore between the options page and the background. A backup can be larger than
 * one message (Chrome carries at most 64 MiB), so both directions travel in parts: the page uploads
 * the file's text in parts, asks for a preview, and confirms; an export is built in the background
 * and fetched part by part into a Blob. The background parses and validates the file itself.
 */

/** Characters per part, well under Chrome's 64 MiB message limit (a part is JSON-escaped in transit). */
export const BACKUP_PART_CHARS = 8 * 1024 * 1024;

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
  /** One part of a backup file's text, in order (index 0 starts a new upload and drops any other). */
  'data/restore-upload': {
    from: 'page',
    maxChars: BACKUP_PART_CHARS * 6 + 1000,
    input: z.object({ uploadId: TransferId, index: Count, part: z.string().max(BACKUP_PART_CHARS) }),
    output: z.union([z.object({ ok: z.literal(true), chars: Count }), Refused]),
  },
  /** Validate the uploaded file and say what restoring it would do. Writes nothing. */
  'data/restore-preview': {
    from: 'page',
    input: z.object({ uploadId: TransferId }),
    output: z.union([z.object({ ok: z.literal(true), report: RestoreReport }), Refused]),
  },
  /** Restore the uploaded (and previewed) file: validated again, written in one transaction. */
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
  /** Build a backup in the background; the page then fetches its parts. Refused when larger than restore accepts. */
  'data/export-start': {
    from: 'page',
    input: z.object({}),
    output: z.union([z.object({ ok: z.literal(true), exportId: TransferId, parts: Count, chars: Count, skipped: z.array(z.string().max(500)).max(20) }), Refused]),
  },
  'data/export-part': {
    from: 'page',
    input: z.object({ exportId: TransferId, index: Count }),
    output: z.union([z.object({ ok: z.literal(true), part: z.string().max(BACKUP_PART_CHARS) }), Refused]),
  },
} as const;
