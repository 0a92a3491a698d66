import type { PerformanceState } from '../insights/performance';

/**
 * Derived totals kept up to date as their inputs change (issue 17), never in a backup. One row
 * today: the Insights tally (`key` PERFORMANCE_KEY in scoring-inputs.ts).
 *
 * `epoch` changes on every write that may change the tally (the scoring-inputs middleware drops
 * `state` then), so a recompute started before such a write can tell and not store what it got.
 * `state` is valid for `playbookKey` (active playbook key | local date) only.
 */
export interface AggregateRow {
  key: string;
  epoch: number;
  playbookKey?: string;
  state?: PerformanceState;
}
