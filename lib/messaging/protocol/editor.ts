import { z } from 'zod';
import { AccountResultSchema } from '../result-schema';
import { PlaybookChange, PlaybookSource, Problem } from '../views';

/** A draft travels whole on each check; a playbook is at most 1 MB (validate.ts). */
const MAX_DRAFT_CHARS = 2_100_000;

/**
 * Messages of the playbook editor (options page) and of the side panel's "playbook updated"
 * notice. Spread into the one protocol (protocol.ts).
 */
export const PlaybookUpdateNotice = z.union([
  z.object({ show: z.literal(false) }),
  z.object({
    show: z.literal(true),
    /** the version the rep has now seen once acknowledged (null: the built-in starter) */
    seq: z.number().int().nonnegative().nullable(),
    name: z.string(),
    version: z.string(),
    changes: z.array(PlaybookChange).max(200),
    /** false when the version the rep saw last is no longer kept, so what changed is unknown */
    complete: z.boolean(),
  }),
]);
export type PlaybookUpdateNotice = z.infer<typeof PlaybookUpdateNotice>;

export const editorMessages = {
  /** The text of the playbook in use (or of the starter template), for the editor to start from. */
  'playbook/current': {
    from: 'page',
    input: z.object({ starter: z.boolean().optional() }),
    output: z.object({ text: z.string(), source: PlaybookSource, locked: z.boolean() }),
  },
  /**
   * Validate a draft and score an account with it (null: the bundled sample account), without
   * saving anything: the editor's inline problems and live preview. Done here rather than in the
   * page because the validator and scorer would otherwise ride in the chunk every page loads.
   */
  'playbook/check': {
    from: 'page',
    maxChars: MAX_DRAFT_CHARS,
    input: z.object({
      text: z.string().max(MAX_DRAFT_CHARS - 200),
      accountId: z.string().min(1).max(300).nullable(),
      /** the persona whose talking points and questions the preview shows */
      personaId: z.string().min(1).max(200).optional(),
    }),
    output: z.object({
      ok: z.boolean(),
      errors: z.array(Problem).max(500),
      warnings: z.array(Problem).max(500),
      /** the account scored with the draft; null when the draft is invalid or the account is gone */
      result: AccountResultSchema.nullable(),
    }),
  },
  /** Whether the playbook changed since the rep last saw the notice, and what changed. */
  'playbook/update-notice': {
    from: 'page',
    input: z.object({}),
    output: PlaybookUpdateNotice,
  },
  /** The rep has seen (or dismissed) the notice for this version. */
  'playbook/update-seen': {
    from: 'page',
    input: z.object({ seq: z.number().int().nonnegative().nullable() }),
    output: z.object({}),
  },
} as const;
