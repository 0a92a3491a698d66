import { z } from 'zod';
import { Settings } from '../views';
import { MAX_BACKUP_MESSAGE_CHARS } from './common';

/** The options page's Your data and Diagnostics tabs: stats, backup in one message, settings. */
export const dataMessages = {
  /** How much is stored (options page; fault tests check counts). */
  'data/stats': {
    from: 'page',
    input: z.object({}),
    output: z.object({
      accounts: z.number(), observations: z.number(), answers: z.number(), outcomes: z.number(), playbooks: z.number(), keys: z.number(),
      /** cached results scored with another playbook version than the active one (rescoring progress; the bench polls it) */
      staleResults: z.number(),
    }),
  },
  'data/export': {
    from: 'page',
    input: z.object({}),
    output: z.object({ json: z.string() }),
  },
  'data/import': {
    from: 'page',
    /** a backup is big: Chrome carries messages up to 64 MiB */
    maxChars: MAX_BACKUP_MESSAGE_CHARS,
    input: z.object({ text: z.string().max(MAX_BACKUP_MESSAGE_CHARS - 100) }),
    output: z.union([z.object({ ok: z.literal(true), counts: z.record(z.string(), z.number()) }), z.object({ ok: z.literal(false), error: z.string() })]),
  },
  'data/delete-all': {
    from: 'page',
    input: z.object({}),
    output: z.object({}),
  },
  'settings/get': {
    from: 'page',
    input: z.object({}),
    output: Settings,
  },
  'settings/set': {
    from: 'page',
    input: Settings.partial(),
    output: Settings,
  },
  'diagnostics/get': {
    from: 'page',
    input: z.object({}),
    output: z.object({
      entries: z.array(z.object({ at: z.number(), level: z.enum(['warn', 'error']), message: z.string() })),
      counters: z.record(z.string(), z.number()),
    }),
  },
} as const;
