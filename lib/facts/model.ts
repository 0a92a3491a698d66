import { z } from 'zod';

/**
 * The company-facts model shared by extractors, the account store, the scorer and the CLI.
 * Types come from these schemas (z.infer) and are defined nowhere else.
 */

import { MAX_EVIDENCE_TEXT, MAX_ITEM, MAX_LIST, MAX_TEXT, MAX_URL } from './limits';

export const PageType = z.enum([
  'linkedin-company',
  'linkedin-company-about',
  'linkedin-company-jobs',
  'linkedin-company-people',
  'linkedin-profile',
  'salesnav-company',
  'salesnav-lead',
  'crunchbase-org',
  'company-website',
  // list pages (lib/extract/lists.ts): each row is read, not the page
  'linkedin-search-people',
  'linkedin-search-companies',
  'linkedin-search-all',
  'salesnav-lead-list',
  'salesnav-account-list',
  'linkedin-job',
  'linkedin-jobs-search',
  'unknown',
]);
export type PageType = z.infer<typeof PageType>;

/** Where a fact came from: a page type, the rep's own edit, or an imported file. */
export const FactSource = z.union([PageType, z.enum(['rep', 'import'])]);
export type FactSource = z.infer<typeof FactSource>;

export const Evidence = z.object({
  source: FactSource,
  url: z.string().max(MAX_URL),
  text: z.string().max(MAX_EVIDENCE_TEXT),
  /** epoch ms; set by the background when the observation is stored */
  observedAt: z.number().optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/** A size band: {min: 51, max: 200}; open-ended bands ("10,001+") have max null. */
export const Range = z.object({
  min: z.number().finite().nonnegative(),
  max: z.number().finite().nonnegative().nullable(),
});
export type Range = z.infer<typeof Range>;

const text = z.string().max(MAX_TEXT);
const list = z.array(z.string().max(MAX_ITEM)).max(MAX_LIST);
const count = z.number().finite().nonnegative();
/** ISO date (YYYY-MM-DD) */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Every fact a page or a rep can supply, with its value type. */
export const FactValues = z.object({
  name: text,
  tagline: text,
  description: text,
  domain: z.string().max(253),
  website: z.string().max(MAX_URL),
  linkedinUrl: z.string().max(MAX_URL),
  salesNavUrl: z.string().max(MAX_URL),
  crunchbaseUrl: z.string().max(MAX_URL),
  industry: text,
  specialties: list,
  followers: count,
  /** Exact headcount when shown ("employees on LinkedIn", "associated members", JSON-LD). */
  employees: count,
  employeeRange: Range,
  /** Annual revenue in USD. */
  revenue: count,
  revenueRange: Range,
  hqCity: text,
  hqState: text,
  /** ISO-3166 alpha-2 */
  hqCountry: z.string().regex(/^[A-Z]{2}$/),
  foundedYear: z.number().int().min(1600).max(2200),
  companyType: text,
  fundingStage: text,
  lastFundingDate: isoDate,
  lastFundingAmount: count,
  totalFunding: count,
  fundingRounds: count,
  jobCount: count,
  openRoles: list,
  technologies: list,
  /** percent, may be negative */
  headcountGrowth: z.number().finite(),
  /** percent between two follower counts at least 30 days apart (issue 20: derived from the history) */
  followersGrowth: z.number().finite(),
  /** open jobs now minus at least 30 days before (issue 20: derived from the history), may be negative */
  jobCountChange: z.number().finite(),
});
export type FactValues = z.infer<typeof FactValues>;
export type FactName = keyof FactValues;
export const FACT_NAMES = Object.keys(FactValues.shape) as FactName[];

/** A fact read from a page: its value and the evidence it came from. */
export type ObservedFact<K extends FactName = FactName> = { value: FactValues[K]; evidence: Evidence };

export const ObservedFacts = z
  .object(
    Object.fromEntries(
      FACT_NAMES.map((k) => [k, z.object({ value: FactValues.shape[k], evidence: Evidence }).optional()]),
    ) as { [K in FactName]: z.ZodOptional<z.ZodObject<{ value: (typeof FactValues.shape)[K]; evidence: typeof Evidence }>> },
  )
  .strict();
export type ObservedFacts = { [K in FactName]?: ObservedFact<K> };

export const Person = z.object({
  name: text.optional(),
  title: text.optional(),
  headline: text.optional(),
  location: text.optional(),
  company: z.object({ name: text.optional(), linkedinUrl: z.string().max(MAX_URL).optional() }).optional(),
});
export type Person = z.infer<typeof Person>;

/** What one extraction pass over one page yields. */
export const PageObservation = z.object({
  pageType: PageType,
  url: z.string().max(MAX_URL),
  facts: ObservedFacts,
  person: Person.optional(),
  /** facts this page type usually shows but that were not found */
  missing: z.array(z.string().max(64)).max(64),
  /** the page's UI language from <html lang> ("de", "pt"): how its labels and numbers were read */
  language: z.string().regex(/^[a-z]{2,3}$/).optional(),
});
export type PageObservation = z.infer<typeof PageObservation>;

/** An account's current value for one fact: where it came from, the evidence, when (stored and shown). */
export const AccountFact = z.object({
  value: z.unknown(),
  source: FactSource,
  evidence: z.array(Evidence).max(20),
  observedAt: z.number(),
  /** worked out from earlier readings (issue 20: headcount growth from two employee counts), not read from a page */
  derived: z.boolean().optional(),
});
export type AccountFact = z.infer<typeof AccountFact>;

/** A person the rep chose to keep with an account (person data is otherwise session-only). */
export const SavedPerson = z.object({
  name: text.optional(),
  title: text.optional(),
  headline: text.optional(),
  profileUrl: z.string().max(MAX_URL).optional(),
  savedAt: z.number(),
});
export type SavedPerson = z.infer<typeof SavedPerson>;
