import { z } from 'zod';
import { Evidence, PageType } from '../facts/model';
import { AnyFactValue } from '../facts/fact-value';

/** Stored row shapes. Also the shapes a backup file must match on import. */

/**
 * A rep's own change to a fact, kept in the account's history (issue 15): which fact, its value
 * before and after (null: none / cleared). Values are capped like any fact value.
 */
export const RepEdit = z.object({ fact: z.string().max(64), before: AnyFactValue.nullable(), after: AnyFactValue.nullable() });
export type RepEdit = z.infer<typeof RepEdit>;

export const ObservationRow = z.object({
  /** the content script's idempotency id; "rep:<uuid>" for a rep's edit */
  id: z.string(),
  accountId: z.string(),
  /** a rep's edit was read from no page: "unknown", and `repEdit` says what changed */
  pageType: PageType,
  url: z.string(),
  facts: z.record(z.string(), z.object({ value: z.unknown(), evidence: Evidence })),
  observedAt: z.number(),
  repEdit: RepEdit.optional(),
});
export type ObservationRow = z.infer<typeof ObservationRow>;

/**
 * The cached headline of an account's score: enough for the badge and the recent-accounts list.
 * The full result (every criterion, talking points) is recomputed when shown — scoring takes
 * microseconds, while storing ~11 KB per account made rescoring 10,000 accounts take 13 s.
 */
export const ResultRow = z.object({
  accountId: z.string(),
  playbookVersion: z.string(),
  scoredAt: z.number(),
  tier: z.string().optional(),
  score: z.number().nullable(),
  best: z
    .object({
      icpId: z.string(),
      icpName: z.string(),
      tier: z.string().nullable(),
      tierRank: z.number(),
      tierCount: z.number(),
      score: z.number().nullable(),
      coverage: z.number(),
    })
    .nullable(),
});
export type ResultRow = z.infer<typeof ResultRow>;

export const PlaybookRow = z.object({
  seq: z.number().optional(),
  version: z.string(),
  name: z.string(),
  source: z.enum(['builtin', 'file', 'url', 'policy', 'local']),
  /** the playbook JSON text exactly as activated */
  text: z.string(),
  activatedAt: z.number(),
  /** why this version was made (the quarterly review's change note); not indexed: no schema version */
  note: z.string().max(500).optional(),
});
export type PlaybookRow = z.infer<typeof PlaybookRow>;

export const SettingRow = z.object({ key: z.string(), value: z.unknown() });
export type SettingRow = z.infer<typeof SettingRow>;
