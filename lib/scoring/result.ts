import { z } from 'zod';
import { Evidence, FactSource } from '../facts/model';

/** What the scorer returns. The UI and the messaging layer validate against these schemas. */

export const CriterionState = z.enum(['matched', 'partial', 'missed', 'unknown']);
export type CriterionState = z.infer<typeof CriterionState>;

export const CriterionResult = z.object({
  id: z.string(),
  label: z.string(),
  layer: z.enum(['firmographic', 'technographic', 'signal', 'qualitative']),
  points: z.number(),
  required: z.boolean(),
  state: CriterionState,
  /** 0..1 share of the points earned */
  credit: z.number(),
  earned: z.number(),
  fact: z.string().optional(),
  /** the value the test used (after deriving, e.g. hqRegion from hqCountry) */
  value: z.unknown().optional(),
  source: FactSource.optional(),
  evidence: z.array(Evidence),
  question: z.string().optional(),
  /** the rep's answer (qualitative criteria, or any criterion the rep confirmed); kept when stale */
  answered: z.boolean().optional(),
  /** issue 20: the fact was read (or the answer given) longer ago than the criterion's maximum age: shown, counted as unknown */
  stale: z.boolean().optional(),
  /** when the tested value was read, or the answer given (epoch ms), when known */
  observedAt: z.number().optional(),
});
export type CriterionResult = z.infer<typeof CriterionResult>;

export const DisqualifierHit = z.object({
  id: z.string(),
  reason: z.string(),
  fact: z.string().optional(),
  value: z.unknown().optional(),
  evidence: z.array(Evidence),
});
export type DisqualifierHit = z.infer<typeof DisqualifierHit>;

export const IcpResult = z.object({
  icpId: z.string(),
  icpName: z.string(),
  /** 0–100 over known criteria; null when nothing is known ("not enough data") */
  score: z.number().nullable(),
  /** tier name, "DQ", or null when there is no score */
  tier: z.string().nullable(),
  /** 0 = the ICP's best tier; DQ and no-score sort after every tier */
  tierRank: z.number(),
  tierCount: z.number(),
  action: z.string().optional(),
  provisional: z.boolean(),
  /** why the tier was capped at the lowest (a missed required criterion) */
  cappedBy: z.string().optional(),
  coverage: z.number(),
  range: z.tuple([z.number(), z.number()]),
  fit: z.number().nullable(),
  timing: z.number().nullable(),
  criteria: z.array(CriterionResult),
  disqualifiers: z.array(DisqualifierHit),
  segment: z.object({ id: z.string(), name: z.string() }).optional(),
  talkingPoints: z.array(z.string()),
  questions: z.array(z.string()),
});
export type IcpResult = z.infer<typeof IcpResult>;

export const PersonaMatch = z.object({ id: z.string(), name: z.string(), matchedBy: z.string().optional() });
export type PersonaMatch = z.infer<typeof PersonaMatch>;

export const AccountResult = z.object({
  /** every ICP, best first (tier, then score, then coverage) */
  results: z.array(IcpResult),
  persona: PersonaMatch.nullable(),
});
export type AccountResult = z.infer<typeof AccountResult>;
