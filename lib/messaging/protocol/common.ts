import { z } from 'zod';

/** Largest message payload we accept (serialised JSON characters), unless a message says otherwise. */
export const MAX_MESSAGE_CHARS = 1_000_000;
/** Backups travel in one message; Chrome's own limit is 64 MiB. */
export const MAX_BACKUP_MESSAGE_CHARS = 60_000_000;

export const tabId = z.number().int().nonnegative();
export const accountId = z.string().min(1).max(300);
