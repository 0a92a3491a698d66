import { z } from 'zod';
import { AccountFact, SavedPerson } from '../facts/model';
import { MAX_TEXT, MAX_URL } from '../facts/limits';
import { AccountHistory } from './history';

/**
 * An account as stored, and what belongs to it (the rep's answers, the outcome, identity
 * conflicts, merge records). The pure layers (merging, conflicts, splitting) work on these; the
 * database stores them (lib/db/rows.ts holds the rest) and a backup must match them.
 */

export const StoredFact = AccountFact;
export type StoredFact = AccountFact;

const AccountCore = z.object({
  /** primary key: the first identity key it was created with (stable; merges keep the survivor's id) */
  id: z.string(),
  /** every identity key: "domain:acme.com", "li:acme-inc", "sn:123", "cb:acme" */
  keys: z.array(z.string()).max(50),
  name: z.string().optional(),
  domain: z.string().optional(),
  /** current value per fact, chosen by precedence (rep > most recent most specific page) */
  facts: z.record(z.string(), StoredFact),
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
  /** people the rep saved with this account (not indexed: no schema version change) */
  people: z.array(SavedPerson).max(50).optional(),
  /** issue 20: the distinct values read per fact (history.ts), bounded; a split gives each side its own back */
  history: AccountHistory.optional(),
  /** when a page last read a value other than the one before (indexed from schema 3: "changed in the last 7 days") */
  changedAt: z.number().optional(),
});

export const AnswerRow = z.object({
  accountId: z.string(),
  criterionId: z.string(),
  value: z.boolean(),
  answeredAt: z.number(),
});
export type AnswerRow = z.infer<typeof AnswerRow>;

export const OutcomeRow = z.object({
  accountId: z.string(),
  status: z.enum(['won', 'lost', 'open', 'good-fit', 'bad-fit']),
  // bounded: a backup file is as untrusted as a page (lib/insights/outcome.ts checks what reps enter)
  value: z.number().finite().nonnegative().optional(),
  currency: z.string().max(10).optional(),
  openedAt: z.string().max(10).optional(),
  closedAt: z.string().max(10).optional(),
  updatedAt: z.number(),
});
export type OutcomeRow = z.infer<typeof OutcomeRow>;

/**
 * Identity (issue 15): a page that claims a key another account holds is kept apart and both
 * accounts carry the conflict until the rep merges or keeps them apart. Optional and capped:
 * no schema version change, and older backups still import.
 */
export const IdentityConflict = z.object({
  /** the other account; absent when the claim is a second key of a kind this account already has */
  otherAccountId: z.string().max(300).optional(),
  /** the contested key ("domain:victim.com") */
  key: z.string().max(300),
  /** the claiming page's own key ("li:x") */
  claimant: z.string().max(300),
  url: z.string().max(MAX_URL),
  /** how the rep knows the account that holds the key: one of its keys, and its name */
  holderKey: z.string().max(300).optional(),
  holderName: z.string().max(MAX_TEXT).optional(),
  seenAt: z.number(),
});
export type IdentityConflict = z.infer<typeof IdentityConflict>;

/** An account as it was (what a merge keeps of each side, to split them again). */
export const AccountSnapshot = AccountCore.extend({
  conflicts: z.array(IdentityConflict).max(20).optional(),
  /** accounts (ids) and keys the rep chose to keep apart from this one */
  keptApart: z.array(z.string().max(300)).max(50).optional(),
});
export type AccountSnapshot = z.infer<typeof AccountSnapshot>;

export const MergeRecord = z.object({
  at: z.number(),
  /** joined: a page with a new key of its own was folded into this account; merged: the rep merged two accounts */
  kind: z.enum(['joined', 'merged']),
  survivor: AccountSnapshot,
  absorbed: AccountSnapshot,
  /** both sides' answers and outcomes before the merge (accountId says whose) */
  answers: z.array(AnswerRow).max(1000),
  outcomes: z.array(OutcomeRow).max(2),
  /** the absorbed side's observations, moved back by a split */
  observationIds: z.array(z.string().max(64)).max(2000),
});
export type MergeRecord = z.infer<typeof MergeRecord>;

export const AccountRow = AccountSnapshot.extend({
  /** newest first; only the newest can be split (each record restores the state before it) */
  merges: z.array(MergeRecord).max(10).optional(),
});
export type AccountRow = z.infer<typeof AccountRow>;
