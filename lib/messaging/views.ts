import { z } from 'zod';
import { AccountFact, PageType, Person, SavedPerson } from '../facts/model';
import { AccountResultSchema } from './result-schema';
import { OutcomeView } from '../insights/outcome';
import { SinceLastVisit } from '../accounts/changes';

/** What extension pages are shown: built by the background, validated by the page. */

export const FactView = AccountFact;
export type FactView = AccountFact;

/** Identity conflicts to answer and the newest merge (which split undoes), issue 15. */
export const IdentityView = z.object({
  conflicts: z
    .array(z.object({ otherAccountId: z.string().max(300).optional(), key: z.string().max(300), sentence: z.string().max(600), seenAt: z.number() }))
    .max(20),
  lastMerge: z
    .object({
      at: z.number(),
      kind: z.enum(['joined', 'merged']),
      /** how the rep knew the side that was merged in */
      otherName: z.string().max(300),
      /** each side's outcome before the merge (two when both had one: the survivor's is shown) */
      outcomes: z.array(z.object({ name: z.string().max(300), status: z.enum(['won', 'lost', 'open', 'good-fit', 'bad-fit']) })).max(2),
    })
    .optional(),
});
export type IdentityView = z.infer<typeof IdentityView>;

/** Whether the account is in the team's imported CRM list (issue 19), and from which import. */
export const CrmView = z.object({
  matched: z.boolean(),
  matchedBy: z.enum(['domain', 'linkedin', 'salesNav', 'name']).nullable(),
  owner: z.string().max(200).nullable(),
  stage: z.string().max(200).nullable(),
  /** YYYY-MM-DD */
  lastActivity: z.string().max(10).nullable(),
  /** when the CRM list was imported (ISO), shown with the answer */
  snapshotDate: z.string().max(40),
  /** the playbook's CRM rule for it (playbook `crm.rules`): replaces the tier's action */
  action: z.string().max(400).optional(),
  /** the playbook's CRM rule for it: a short mark beside the answer, e.g. "Owned by Dana Lee" */
  mark: z.string().max(200).optional(),
  /** a playbook rule about the rep's own accounts was left out: the rep has not set "Your name in the CRM" */
  needsMe: z.literal(true).optional(),
});
export type CrmView = z.infer<typeof CrmView>;

export const AccountView = z.object({
  id: z.string(),
  name: z.string().optional(),
  domain: z.string().optional(),
  keys: z.array(z.string()),
  facts: z.record(z.string(), FactView),
  answers: z.record(z.string(), z.boolean()),
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
  people: z.array(SavedPerson).optional(),
  /** what the rep recorded happened to the account (won, lost, …), when anything */
  outcome: OutcomeView.optional(),
  /** identity conflicts and the newest merge, when there are any */
  identity: IdentityView.optional(),
  /** in the imported CRM list or not; absent before any import */
  crm: CrmView.optional(),
  /** issue 20: when a page last read a changed value, and what changed since the visit before */
  changedAt: z.number().optional(),
  sinceLastVisit: SinceLastVisit.optional(),
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
  timing: z
    .object({
      extractMs: z.number().optional(),
      readingBadgeAt: z.number().optional(),
      sentAt: z.number().optional(),
      receivedAt: z.number().optional(),
      storedAt: z.number().optional(),
      badgeAt: z.number().optional(),
    })
    .optional(),
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

export const PlaybookSource = z.enum(['builtin', 'file', 'url', 'policy', 'local']);

/** A failure kept for the options page: when, and why in plain words. */
export const Failure = z.object({ at: z.number(), message: z.string().max(1000) });

/** A URL subscription (settings row "playbook:subscription"). */
export const Subscription = z.object({
  url: z.string().max(2048),
  /** pin: a download whose SHA-256 (hex) differs is refused */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  intervalHours: z.number().min(1).max(24 * 7),
  /** set by enterprise policy (playbookUrl): reps cannot change it while locked; activates with source "policy" */
  managed: z.boolean(),
  lastChecked: z.number().nullable(),
  lastChanged: z.number().nullable(),
  lastError: Failure.nullable(),
  etag: z.string().max(500).optional(),
  lastModified: z.string().max(200).optional(),
  /** SHA-256 of the last text activated (or declined as an older version) from this URL: a new version only when the text changed */
  textSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /**
   * The URL serves an older version than the one in use: not activated until someone who may change
   * the playbook chooses to use it (or keep the current one). Issue 15; lib/background/playbook/playbook-older.ts.
   */
  olderVersion: z.object({ version: z.string().max(100), current: z.string().max(100), sha256: z.string().regex(/^[0-9a-f]{64}$/), at: z.number() }).optional(),
});
export type Subscription = z.infer<typeof Subscription>;

/** What Chrome enterprise policy (managed storage) says, as last applied (settings row "playbook:policy"). */
export const PolicyState = z.object({
  present: z.boolean(),
  locked: z.boolean(),
  appliedAt: z.number().nullable(),
  error: Failure.nullable(),
  /** the value came from the e2e hook (policy/simulate), not from Chrome */
  simulated: z.boolean().optional(),
});
export type PolicyState = z.infer<typeof PolicyState>;

export const PlaybookVersion = z.object({ seq: z.number(), name: z.string(), version: z.string(), source: PlaybookSource, activatedAt: z.number(), damaged: z.boolean(), note: z.string().optional() });
export type PlaybookVersion = z.infer<typeof PlaybookVersion>;

export const PlaybookChange = z.object({ kind: z.enum(['added', 'removed', 'changed']), path: z.string(), text: z.string() });

export const PlaybookStatus = z.object({
  name: z.string(),
  version: z.string(),
  source: PlaybookSource,
  activatedAt: z.number().nullable(),
  icps: z.array(z.object({ id: z.string(), name: z.string() })),
  /** set when a stored version was invalid and an older one is in use */
  fallbackReason: z.string().optional(),
  subscription: Subscription.nullable().optional(),
  policy: PolicyState.optional(),
  /** enterprise policy locks the playbook: import, roll back and subscribe are refused */
  locked: z.boolean().optional(),
});
export type PlaybookStatus = z.infer<typeof PlaybookStatus>;

export const Settings = z.object({
  /** delete accounts not seen for this many days (null: keep until deleted) */
  retentionDays: z.number().int().min(1).max(3650).nullable(),
});
export type Settings = z.infer<typeof Settings>;
