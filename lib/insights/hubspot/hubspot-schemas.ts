import { z } from 'zod';

/**
 * HubSpot's answers, parsed as hostile input: every string and list capped, unknown keys dropped
 * (zod's default), property values kept only when they are short strings. Shapes from HubSpot's
 * CRM v3 reference (links in hubspot-requests.ts).
 */
const id = z.string().regex(/^\d{1,20}$/);
const text = (max = 500) => z.string().max(max);
/** A record's `properties` map: only string or null values, at most 100 keys, each value ≤ 2,000. */
const Properties = z
  .record(z.string().max(100), z.string().max(2_000).nullable())
  .refine((r) => Object.keys(r).length <= 100, 'too many properties');

/** A company as search, create, update and batch answers carry it. */
export const CompanyRecord = z.object({ id, properties: Properties.default({}) });
export type CompanyRecord = z.infer<typeof CompanyRecord>;

/** POST /crm/v3/objects/companies/search → { total, results, paging? } */
export const SearchResponse = z.object({
  total: z.number().int().nonnegative(),
  results: z.array(CompanyRecord).max(200),
  paging: z.object({ next: z.object({ after: z.string().max(100) }).optional() }).optional(),
});

/** batch/create, batch/update → 200/201 { status, results } or 207 with `errors` beside them. */
const BatchError = z.object({ message: text(2_000).optional(), category: text(100).optional(), context: z.record(z.string().max(100), z.array(text(300)).max(100)).optional() });
export const BatchResponse = z.object({ status: text(50), results: z.array(CompanyRecord).max(100), errors: z.array(BatchError).max(100).optional() });

/** GET /account-info/v3/details */
export const AccountInfo = z.object({ portalId: z.number().int().positive(), uiDomain: text(100).optional() });
export type AccountInfo = z.infer<typeof AccountInfo>;

/** GET /crm/v3/properties/companies/industry: the enumeration's options. */
export const IndustryProperty = z.object({ options: z.array(z.object({ value: text(200), label: text(200) })).max(500) });

/** GET /crm/v3/owners/{id} */
export const Owner = z.object({ id: text(40), email: text(300).optional(), firstName: text(200).optional().nullable(), lastName: text(200).optional().nullable() });

/**
 * The error body: { status, message, correlationId, category, subCategory?, context?, errors[] }
 * (https://developers.hubspot.com/docs/guides/api/error-handling). 429s add `policyName`.
 */
const ErrorDetail = z.object({ message: text(2_000).optional(), code: text(100).optional(), context: z.record(z.string().max(100), z.array(text(300)).max(50)).optional() });
export const ErrorBody = z.object({
  status: text(50).optional(),
  message: text(2_000).optional(),
  correlationId: text(100).optional(),
  category: text(100).optional(),
  policyName: text(100).optional(),
  context: z.record(z.string().max(100), z.array(text(300)).max(50)).optional(),
  errors: z.array(ErrorDetail).max(50).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
