import { z } from 'zod';
import { dayMs } from '../scoring/evaluate';
import { OutcomeStatus } from './record';

/**
 * What a rep records about an account's outcome in the side panel, as it crosses the message
 * boundary: validated here once, stored as an OutcomeRow (lib/db/rows.ts).
 */

/** A real calendar date written YYYY-MM-DD ("2026-02-30" is refused). */
export const IsoDate = z.string().refine((s) => dayMs(s) !== null, 'use a date YYYY-MM-DD');

/** ISO-4217-shaped currency code; amounts in different currencies are never added together. */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'use a three-letter currency code such as USD');

/** Largest deal value accepted: beyond any real deal, and keeps sums finite. */
export const MAX_DEAL_VALUE = 1e12;

export const OutcomeInput = z
  .object({
    status: OutcomeStatus,
    value: z.number().finite().nonnegative().max(MAX_DEAL_VALUE).optional(),
    currency: CurrencyCode.optional(),
    openedAt: IsoDate.optional(),
    closedAt: IsoDate.optional(),
  })
  .strict()
  .refine((o) => o.value === undefined || o.currency !== undefined, { message: 'a deal value needs its currency', path: ['currency'] })
  .refine((o) => !o.openedAt || !o.closedAt || o.closedAt >= o.openedAt, { message: 'the close date is before the open date', path: ['closedAt'] });
export type OutcomeInput = z.infer<typeof OutcomeInput>;

/** The outcome as the side panel shows it: what was recorded, and when. */
export const OutcomeView = z.object({
  status: OutcomeStatus,
  value: z.number().optional(),
  currency: z.string().optional(),
  openedAt: z.string().optional(),
  closedAt: z.string().optional(),
  updatedAt: z.number(),
});
export type OutcomeView = z.infer<typeof OutcomeView>;

/** Whole days from `openedAt` to `closedAt`, when both are valid dates in order. */
export function cycleDays(openedAt: string | undefined, closedAt: string | undefined): number | null {
  if (!openedAt || !closedAt) return null;
  const a = dayMs(openedAt);
  const b = dayMs(closedAt);
  return a === null || b === null || b < a ? null : Math.round((b - a) / 86_400_000);
}
