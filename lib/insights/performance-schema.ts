import { z } from 'zod';

/**
 * "Is the ICP working?": the summary lib/insights/performance.ts computes from outcome records.
 * Built in the background, validated by the options page: counts and rates only, never a
 * record, so 10,000 accounts fit one message.
 */

const rate = z.number().min(0).max(1).nullable();

/** Average won deal size in one currency (amounts in different currencies are never mixed). */
export const DealSize = z.object({ currency: z.string(), count: z.number(), average: z.number() });

export const OutcomeGroup = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number(),
  won: z.number(),
  lost: z.number(),
  open: z.number(),
  goodFit: z.number(),
  badFit: z.number(),
  /** won / (won + lost); null with no closed account */
  winRate: rate,
  dealSize: z.array(DealSize),
  /** days from opened to closed, over closed accounts with both dates */
  cycle: z.object({ count: z.number(), averageDays: z.number() }).nullable(),
});
export type OutcomeGroup = z.infer<typeof OutcomeGroup>;

export const Confidence = z.enum(['high', 'medium', 'low', 'insufficient']);
export type Confidence = z.infer<typeof Confidence>;

const Split = z.object({ won: z.number(), lost: z.number(), winRate: rate });

export const CriterionStat = z.object({
  icpId: z.string(),
  icpName: z.string(),
  criterionId: z.string(),
  label: z.string(),
  points: z.number(),
  matched: Split,
  missed: Split,
  /** closed accounts whose fact is unknown (not counted on either side) */
  unknown: z.number(),
  /** win rate matched − missed, in percentage points; null when either side has no closed account */
  difference: z.number().nullable(),
  /** win rate matched ÷ missed; null when the missed side never wins or is empty */
  lift: z.number().nullable(),
  confidence: Confidence,
});
export type CriterionStat = z.infer<typeof CriterionStat>;

export const InsightNote = z.object({
  kind: z.enum(['not-enough-data', 'noise', 'inverse', 'predicts']),
  text: z.string(),
  icpId: z.string().optional(),
  criterionId: z.string().optional(),
});
export type InsightNote = z.infer<typeof InsightNote>;

export const PerformanceSummary = z.object({
  playbook: z.object({ name: z.string(), version: z.string() }),
  today: z.string(),
  records: z.number(),
  /** closed = won + lost */
  closed: z.number(),
  /** what "ICP-fit" means for this playbook, in words */
  fitDefinition: z.string(),
  fit: OutcomeGroup,
  notFit: OutcomeGroup,
  /** by the best ICP's tier, best tier first ("DQ" and "No score" last) */
  tiers: z.array(OutcomeGroup),
  pipeline: z.object({ open: z.number(), openFit: z.number(), share: rate }),
  /** the rep's own good / bad fit marks against what the ICP says */
  agreement: z.object({ goodFit: z.number(), goodFitIcpFit: z.number(), badFit: z.number(), badFitIcpFit: z.number() }),
  /** every ICP of the playbook, with how many records it is the best fit for (the view shows one ICP's criteria at a time) */
  icps: z.array(z.object({ id: z.string(), name: z.string(), best: z.number() })),
  criteria: z.array(CriterionStat),
  notes: z.array(InsightNote),
  /** outcomes read from the imported CRM list's stages (issue 19), when that option is on: how many, and by which mapping */
  crmOutcomes: z
    .object({ won: z.number(), lost: z.number(), wonStages: z.array(z.string().max(200)).max(50), lostStages: z.array(z.string().max(200)).max(50), snapshotDate: z.string().max(40) })
    .optional(),
});
export type PerformanceSummary = z.infer<typeof PerformanceSummary>;
