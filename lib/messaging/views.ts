import { z } from 'zod';
import { Evidence, FactSource, PageType, Person } from '../facts/model';
import { AccountResultSchema } from './result-schema';

/** What extension pages are shown: built by the background, validated by the page. */

export const FactView = z.object({
  value: z.unknown(),
  source: FactSource,
  evidence: z.array(Evidence).max(20),
  observedAt: z.number(),
});
export type FactView = z.infer<typeof FactView>;

export const AccountView = z.object({
  id: z.string(),
  name: z.string().optional(),
  domain: z.string().optional(),
  keys: z.array(z.string()),
  facts: z.record(z.string(), FactView),
  answers: z.record(z.string(), z.boolean()),
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
});
export type AccountView = z.infer<typeof AccountView>;

export const TabStatus = z.enum(['idle', 'reading', 'unrecognised', 'ready', 'unsupported']);
export type TabStatus = z.infer<typeof TabStatus>;

export const TabView = z.object({
  tabId: z.number().nullable(),
  url: z.string().optional(),
  status: TabStatus,
  pageType: PageType.optional(),
  missing: z.array(z.string()).optional(),
  account: AccountView.optional(),
  result: AccountResultSchema.optional(),
  person: Person.optional(),
  playbook: z.object({ name: z.string(), version: z.string() }).optional(),
  /** set when a page was read but storing or scoring failed */
  error: z.string().optional(),
  /** measurements (diagnostics, `npm run bench`) */
  timing: z.object({ extractMs: z.number().optional(), readingBadgeAt: z.number().optional(), badgeAt: z.number().optional() }).optional(),
  /** the playbook's personas, for the side panel's picker */
  personas: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
  /** the persona the rep picked for this account (session only), when any */
  personaId: z.string().optional(),
  /** set when no result could be computed because the playbook could not be loaded or applied */
  playbookError: z.string().optional(),
});
export type TabView = z.infer<typeof TabView>;

export const AccountSummary = z.object({
  id: z.string(),
  name: z.string().optional(),
  domain: z.string().optional(),
  tier: z.string().optional(),
  score: z.number().nullable().optional(),
  lastSeenAt: z.number(),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

export const Problem = z.object({ path: z.string(), message: z.string() });

export const PlaybookStatus = z.object({
  name: z.string(),
  version: z.string(),
  source: z.enum(['builtin', 'file', 'url', 'policy', 'local']),
  activatedAt: z.number().nullable(),
  icps: z.array(z.object({ id: z.string(), name: z.string() })),
  /** set when a stored version was invalid and an older one is in use */
  fallbackReason: z.string().optional(),
});
export type PlaybookStatus = z.infer<typeof PlaybookStatus>;

export const Settings = z.object({
  /** delete accounts not seen for this many days (null: keep until deleted) */
  retentionDays: z.number().int().min(1).max(3650).nullable(),
});
export type Settings = z.infer<typeof Settings>;
