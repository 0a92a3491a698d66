import { z } from 'zod';
import { ReviewPeriod } from '../../insights/review-periods';
import { QuarterlyReview, ReviewEdit } from '../../insights/review-schema';

/**
 * The quarterly ICP review of issue 20 §3: built in the background from the outcome rows (only
 * figures travel), and the manager's accepted edits back, which become a new playbook version.
 */
export const reviewMessages = {
  /** Two periods compared (default: the last complete quarter vs the one before). */
  'insights/review': {
    from: 'page',
    input: z.object({ periods: z.tuple([ReviewPeriod, ReviewPeriod]).optional() }).strict(),
    output: QuarterlyReview,
  },
  /** Some or all of the review's suggested edits → a new playbook version with a change note. */
  'insights/review-accept': {
    from: 'page',
    input: z
      .object({
        /** the playbook the review was made with (its key): a newer one in the meantime refuses the edits */
        baseKey: z.string().min(1).max(400),
        edits: z.array(ReviewEdit).min(1).max(50),
        version: z.string().trim().min(1).max(40),
        note: z.string().trim().min(1, 'say what changed and why').max(500),
      })
      .strict(),
    output: z.union([z.object({ ok: z.literal(true), version: z.string() }), z.object({ ok: z.literal(false), error: z.string() })]),
  },
} as const;
