import { z } from 'zod';

/**
 * "Insights can use CRM lifecycle as outcome" (issue 19): an account the rep recorded nothing for,
 * found in the imported CRM list, counts as won or lost by its lifecycle stage / type. Off until the
 * user turns it on (Options → CRM); the stages are the user's, compared without case, and shown
 * with the figures so nobody mistakes them for the reps' own records. A recorded outcome always wins.
 */
const Stage = z.string().trim().min(1).max(200);
export const CrmOutcomeSetting = z
  .object({
    enabled: z.boolean(),
    /** stages that count as won, e.g. "Customer", "Closed won" */
    won: z.array(Stage).max(50),
    /** stages that count as lost, e.g. "Closed lost", "Churned" */
    lost: z.array(Stage).max(50),
  })
  .strict();
export type CrmOutcomeSetting = z.infer<typeof CrmOutcomeSetting>;

export const DEFAULT_CRM_OUTCOMES: CrmOutcomeSetting = { enabled: false, won: ['Customer', 'Closed won'], lost: ['Closed lost', 'Churned', 'Former customer'] };

const fold = (s: string) => s.trim().toLocaleLowerCase('en');

/** The stage's outcome under the mapping; null for a stage it does not name (or none). A stage in both lists counts as neither. */
export function crmOutcomeOf(stage: string | null | undefined, mapping: Pick<CrmOutcomeSetting, 'won' | 'lost'>): 'won' | 'lost' | null {
  if (!stage) return null;
  const s = fold(stage);
  const won = mapping.won.some((w) => fold(w) === s);
  const lost = mapping.lost.some((l) => fold(l) === s);
  return won === lost ? null : won ? 'won' : 'lost';
}
