import { z } from 'zod';
import { Criterion, Disqualifier } from '../playbook/schema';
import { Confidence, OutcomeGroup } from './performance-schema';
import { OutcomeStatus } from './record';
import { ReviewPeriod } from './review-periods';

/**
 * The quarterly ICP review (issue 20 §3), as the background builds it and the options page (and
 * the report) read it: counts, rates and suggested edits only, never a stored row.
 */

const PlaybookChange = z.object({ kind: z.enum(['added', 'removed', 'changed']), path: z.string(), text: z.string() });

/** One suggested edit of the current playbook, each applicable on its own. */
export const ReviewEdit = z.discriminatedUnion('kind', [
  z.object({ id: z.string().max(300), kind: z.literal('retest'), icpId: z.string().max(100), criterion: Criterion, evidence: z.array(z.string().max(1000)).max(10), changes: z.array(PlaybookChange).max(20) }),
  z.object({ id: z.string().max(300), kind: z.literal('add-criterion'), icpId: z.string().max(100), criterion: Criterion, evidence: z.array(z.string().max(1000)).max(10), changes: z.array(PlaybookChange).max(20) }),
  z.object({ id: z.string().max(300), kind: z.literal('add-disqualifier'), icpId: z.string().max(100), disqualifier: Disqualifier, evidence: z.array(z.string().max(1000)).max(10), changes: z.array(PlaybookChange).max(20) }),
]);
export type ReviewEdit = z.infer<typeof ReviewEdit>;

/** A closed account of the period, for the manager to recognise (the biggest won and lost first). */
export const ReviewAccount = z.object({ id: z.string(), name: z.string(), outcome: OutcomeStatus, tier: z.string(), value: z.number().optional(), currency: z.string().optional() });
export type ReviewAccount = z.infer<typeof ReviewAccount>;

export const PeriodFigures = z.object({
  period: ReviewPeriod,
  /** won + lost closed in the period (0: the period says nothing, and the page says so) */
  closed: z.number(),
  fit: OutcomeGroup,
  notFit: OutcomeGroup,
  /** every tier of the playbook, best first, empty ones too; DQ and "No score" only when used */
  tiers: z.array(OutcomeGroup),
  /** the playbook version in use when each outcome closed, most outcomes first */
  versions: z.array(z.object({ label: z.string(), count: z.number() })),
  accounts: z.array(ReviewAccount),
});
export type PeriodFigures = z.infer<typeof PeriodFigures>;

const Side = z.object({ difference: z.number().nullable(), confidence: Confidence, known: z.number() });

export const CriterionShift = z.object({
  criterionId: z.string(),
  label: z.string(),
  points: z.number(),
  before: Side,
  after: Side,
  /** after − before, in percentage points; null when either period cannot judge the criterion */
  delta: z.number().nullable(),
  change: z.enum(['gained', 'lost', 'steady', 'not-comparable']),
});
export type CriterionShift = z.infer<typeof CriterionShift>;

export const QuarterlyReview = z.object({
  playbook: z.object({ name: z.string(), version: z.string(), key: z.string() }),
  today: z.string(),
  icp: z.object({ id: z.string(), name: z.string() }),
  fitDefinition: z.string(),
  /** older first */
  periods: z.tuple([PeriodFigures, PeriodFigures]),
  criteria: z.array(CriterionShift),
  suggestions: z.union([z.object({ ok: z.literal(true), edits: z.array(ReviewEdit).max(50), notes: z.array(z.string()).max(50) }), z.object({ ok: z.literal(false), message: z.string() })]),
  /** the version label a new playbook made from accepted edits gets by default */
  nextVersion: z.string(),
});
export type QuarterlyReview = z.infer<typeof QuarterlyReview>;
