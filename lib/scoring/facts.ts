import { z } from 'zod';
import { REGIONS } from '../facts/location';
import { Evidence, FACT_NAMES, FactSource, FactValues, Range, type FactName } from '../facts/model';
import { MAX_TEXT } from '../facts/limits';

/**
 * What the scorer reads: for each fact name, `{value, source?, evidence?}`. An account row's
 * facts (lib/db) already have this shape. `value: null` means "known to be none" (e.g. a
 * technologies scan that found nothing): `absent` matches it, while a missing fact is unknown.
 */
export const ScoringFact = z.object({
  value: z.unknown(),
  source: FactSource.optional(),
  evidence: z.array(Evidence).max(20).optional(),
  /** epoch ms the value was read (issue 20): older than the criterion's maximum age → unknown */
  observedAt: z.number().finite().optional(),
});
export type ScoringFact = z.infer<typeof ScoringFact>;

/** The engine's view: any fact name, values checked as they are read (never trusted, never thrown on). */
export const ScoringFacts = z.record(z.string(), ScoringFact.optional());
export type ScoringFacts = Partial<Record<string, ScoringFact>>;

const count = z.number().finite().nonnegative();
const numberOrBand = z.union([count, Range]);

/** The value type of each fact at a boundary (CLI, import): FactValues, plus bands and derived facts. */
export const FactValueSchemas: Record<string, z.ZodType> = {
  ...(Object.fromEntries(FACT_NAMES.map((k: FactName) => [k, FactValues.shape[k]])) as Record<string, z.ZodType>),
  employees: numberOrBand,
  revenue: numberOrBand,
  // derived facts, accepted directly when their source fact is not given
  hqRegion: z.union([z.enum(REGIONS), z.array(z.enum(REGIONS)).max(REGIONS.length)]),
  companyAge: count,
  keywords: z.string().max(MAX_TEXT * 4),
};

/** Strict per-fact check of an input facts object: unknown names and wrong types are reported. */
export const ScoringFactsInput = z
  .object(
    Object.fromEntries(
      Object.entries(FactValueSchemas).map(([k, v]) => [k, z.object({ value: v.nullable(), source: FactSource.optional(), evidence: z.array(Evidence).max(20).optional() }).optional()]),
    ),
  )
  .strict();
