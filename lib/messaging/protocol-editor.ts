import { z } from 'zod';
import { PlaybookChange, PlaybookSource } from './views';

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
  /** The text of the playbook in use, for the editor to start from. */
  'playbook/current': {
    from: 'page',
    input: z.object({}),
    output: z.object({ text: z.string(), source: PlaybookSource, locked: z.boolean() }),
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
