import { z } from 'zod';
import { PlaybookChange, PlaybookStatus, PlaybookVersion, Problem, Subscription } from '../views';

/** The playbook in use: status, import, versions, the URL subscription. */
export const playbookMessages = {
  'playbook/status': {
    from: 'page',
    input: z.object({}),
    output: PlaybookStatus,
  },
  /** Activate a playbook file (atomic: an invalid file changes nothing and lists every problem). */
  'playbook/import': {
    from: 'page',
    input: z.object({ text: z.string().max(2_000_000), source: z.enum(['file', 'local']) }),
    output: z.union([z.object({ ok: z.literal(true), version: z.string(), warnings: z.array(Problem) }), z.object({ ok: z.literal(false), errors: z.array(Problem) })]),
  },
  /** Every kept playbook version, newest first. */
  'playbook/versions': {
    from: 'page',
    input: z.object({}),
    output: z.object({ versions: z.array(PlaybookVersion) }),
  },
  /** What changed from one kept version to another. */
  'playbook/diff': {
    from: 'page',
    input: z.object({ fromSeq: z.number().int().nonnegative(), toSeq: z.number().int().nonnegative() }),
    output: z.union([z.object({ ok: z.literal(true), changes: z.array(PlaybookChange) }), z.object({ ok: z.literal(false), error: z.string() })]),
  },
  /** Re-activate a kept version (as a new version with its original source). Refused when locked by policy. */
  'playbook/rollback': {
    from: 'page',
    input: z.object({ seq: z.number().int().nonnegative() }),
    output: z.union([z.object({ ok: z.literal(true), version: z.string() }), z.object({ ok: z.literal(false), error: z.string() })]),
  },
  /** Subscribe to a playbook URL (the page asked for host access first); checks it at once. */
  'playbook/subscribe': {
    from: 'page',
    input: z.object({ url: z.string().min(1).max(2048), sha256: z.string().trim().toLowerCase().regex(/^[0-9a-f]{64}$/).optional(), intervalHours: z.number().min(1).max(168).optional() }),
    output: z.union([z.object({ ok: z.literal(true), subscription: Subscription }), z.object({ ok: z.literal(false), error: z.string() })]),
  },
  'playbook/unsubscribe': {
    from: 'page',
    input: z.object({}),
    output: z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), error: z.string() })]),
  },
  /** Check the subscribed URL now. */
  'playbook/check-now': {
    from: 'page',
    input: z.object({}),
    output: z.object({ outcome: z.enum(['changed', 'unchanged', 'failed', 'none', 'older']), message: z.string().optional() }),
  },
  /** Use, or keep out, the older version the subscribed URL now serves (`sha256` of the text shown). Refused when locked. */
  'playbook/older-version': {
    from: 'page',
    input: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), use: z.boolean() }),
    output: z.union([z.object({ ok: z.literal(true), version: z.string().optional() }), z.object({ ok: z.literal(false), error: z.string() })]),
  },
} as const;
