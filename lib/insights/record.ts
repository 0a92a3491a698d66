import { z } from 'zod';
import type { Answers } from '../scoring/context';
import type { ScoringFacts } from '../scoring/facts';

/**
 * One account with what happened to it: the common input of every insight. It comes from a
 * stored account with an outcome the rep recorded in the side panel, or from a row of a CRM
 * export (CSV) the manager imported. Facts are scoring facts (lib/scoring), so a record scores
 * with the same engine as a page.
 */
export const OUTCOME_STATUSES = ['won', 'lost', 'open', 'good-fit', 'bad-fit'] as const;
export const OutcomeStatus = z.enum(OUTCOME_STATUSES);
export type OutcomeStatus = z.infer<typeof OutcomeStatus>;

export interface OutcomeRecord {
  /** stable id: the stored account id, or "row:<n>" for a CSV row */
  id: string;
  name?: string;
  domain?: string;
  facts: ScoringFacts;
  /** the rep's yes/no answers by criterion id (qualitative criteria), when known; dated ones go stale (issue 20) */
  answers?: Answers;
  outcome: OutcomeStatus;
  /** deal value in `currency` (no conversion between currencies is ever guessed) */
  value?: number;
  currency?: string;
  /** YYYY-MM-DD */
  openedAt?: string;
  closedAt?: string;
}

/** "Positive" accounts are the ones to look like; "negative" ones the ones to avoid. */
export const isPositive = (s: OutcomeStatus): boolean => s === 'won' || s === 'good-fit';
export const isNegative = (s: OutcomeStatus): boolean => s === 'lost' || s === 'bad-fit';
