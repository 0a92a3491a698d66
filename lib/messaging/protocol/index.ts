import { z } from 'zod';
import { Evidence, FactValues, PageObservation, Person } from '../../facts/model';
import { LogEntry, MAX_LOG } from '../log-entry';
import { accountsMessages } from './accounts';
import { analyseMessages } from './analyse';
import { editorMessages } from './editor';
import { outcomeMessages } from './outcomes';
import { identityMessages } from './identity';
import { backupMessages } from './backup';
import { TabView, AccountSummary, PlaybookChange, PlaybookStatus, PlaybookVersion, Problem, Settings, Subscription } from '../views';

/**
 * The one message protocol between content scripts, extension pages and the background.
 * Each message: who may send it, and zod schemas for its input and output. Receivers parse
 * both ends (lib/messaging/handle.ts); nothing crosses the boundary unvalidated.
 */

/** Largest message payload we accept (serialised JSON characters), unless a message says otherwise. */
export const MAX_MESSAGE_CHARS = 1_000_000;
/** Backups travel in one message; Chrome's own limit is 64 MiB. */
export const MAX_BACKUP_MESSAGE_CHARS = 60_000_000;

const tabId = z.number().int().nonnegative();
const accountId = z.string().min(1).max(300);

export const protocol = {
  /** A content script read a page. `id` makes retries idempotent (stored exactly once). */
  'page/observed': {
    from: 'content',
    input: z.object({
      id: z.string().min(8).max(64),
      /** content-script clock at send: a late reply for an older page never overwrites a newer one */
      sentAt: z.number(),
      /** how long the extraction pass took in the page (ms): diagnostics and the bench */
      extractMs: z.number().nonnegative().max(600_000).optional(),
      observation: PageObservation,
      /** page text still to be parsed, replayed by the background (lib/extract/core/deferred.ts) */
      log: z.array(LogEntry).max(MAX_LOG).optional(),
      recognised: z.boolean(),
    }),
    output: z.object({ stored: z.boolean() }),
  },
  /** A content script started reading a page (badge "…"). */
  'page/reading': {
    from: 'content',
    input: z.object({ url: z.string().max(2048), sentAt: z.number() }),
    output: z.object({}),
  },
  /** What the UI shows for a tab. */
  'tab/view': {
    from: 'page',
    input: z.object({ tabId: tabId.optional() }),
    output: TabView,
  },
  /** Read the company website open in a tab (activeTab / granted host access). */
  'tab/read-website': {
    from: 'page',
    input: z.object({ tabId }),
    output: z.object({ read: z.boolean(), reason: z.string().max(300).optional() }),
  },
  /** The rep sets (or clears, with value null) a fact on an account. */
  'account/set-fact': {
    from: 'page',
    input: z.object({ accountId, fact: z.enum(Object.keys(FactValues.shape) as [keyof FactValues, ...(keyof FactValues)[]]), value: z.unknown() }),
    output: z.object({}),
  },
  /** The rep answers a qualitative criterion (null clears the answer). */
  'account/answer': {
    from: 'page',
    input: z.object({ accountId, criterionId: z.string().min(1).max(100), value: z.boolean().nullable() }),
    output: z.object({}),
  },
  'accounts/recent': {
    from: 'page',
    input: z.object({ query: z.string().max(200).optional(), limit: z.number().int().min(1).max(200).optional() }),
    output: z.object({ accounts: z.array(AccountSummary) }),
  },
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
  'account/delete': {
    from: 'page',
    input: z.object({ accountId }),
    output: z.object({}),
  },
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
  /** What the side panel shows for an account opened from the recent list (no tab: tabId null). */
  'account/view': {
    from: 'page',
    input: z.object({ accountId }),
    output: TabView,
  },
  /** The rep picks the persona for an account (null: back to automatic), kept for the session. */
  /** Keep the person on screen with the account (person data is session-only unless saved). */
  'account/save-person': {
    from: 'page',
    input: z.object({ accountId, person: Person.extend({ profileUrl: z.string().max(2048).optional() }) }),
    output: z.object({}),
  },
  'account/persona': {
    from: 'page',
    input: z.object({ accountId, personaId: z.string().min(1).max(100).nullable() }),
    output: z.object({}),
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
  ...accountsMessages,
  ...analyseMessages,
  ...editorMessages,
  ...outcomeMessages,
  ...identityMessages,
  ...backupMessages,
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type Input<N extends MessageName> = z.infer<Protocol[N]['input']>;
export type Output<N extends MessageName> = z.infer<Protocol[N]['output']>;

/** The envelope every message travels in. */
export const Envelope = z.object({ type: z.string().max(64), data: z.unknown() });
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** Broadcast from the background to extension pages when what they show may have changed. */
export const CHANGED = 'icp/changed' as const;
export const ChangedEvent = z.object({ type: z.literal(CHANGED), tabId: z.number().optional(), accountId: z.string().optional() });

export { Evidence, Person };
