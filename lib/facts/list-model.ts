import { z } from 'zod';
import { MAX_EVIDENCE_TEXT, MAX_LIST_ROWS, MAX_TEXT, MAX_URL } from './limits';
import { ObservedFacts, PageType, Person } from './model';

// List pages: one row per result (docs/extraction.md, "List pages").
const text = z.string().max(MAX_TEXT);

/** A row is about a company (a search result, an account, a job card's hiring company) or a person. */
export const ListRowKind = z.enum(['company', 'person']);
export type ListRowKind = z.infer<typeof ListRowKind>;

/**
 * A person as a list row shows them. `companyFrom` says where `company` was read: the row's
 * "Current: … at X" line, the headline ("Title at X", "Title @ X": a candidate, not a fact the row
 * states), the page itself (a company's People tab) or a company link in the row (Sales Navigator).
 */
export const ListPerson = Person.extend({
  profileUrl: z.string().max(MAX_URL).optional(),
  companyFrom: z.enum(['current', 'headline', 'page', 'link']).optional(),
});
export type ListPerson = z.infer<typeof ListPerson>;

/** A job posting as shown (text, not parsed): a hiring signal on the hiring company's row. */
export const JobPosting = z.object({
  title: text.optional(),
  location: text.optional(),
  /** "6 days ago", "hace 2 horas": as shown; the page does not say the date */
  posted: text.optional(),
  url: z.string().max(MAX_URL).optional(),
});
export type JobPosting = z.infer<typeof JobPosting>;

/** "LinkedIn Member" (out of network) has no name; "Confidential Company" is no company. */
export const ListPlaceholder = z.enum(['linkedin-member', 'confidential-company']);
export type ListPlaceholder = z.infer<typeof ListPlaceholder>;

/**
 * One row of a list page. `facts` is the company's (for a person row: their current company, as
 * named by `person.companyFrom`), with the same fact shape as a page observation; evidence source is
 * the list's page type. A placeholder row is shown but links to no account (no name, no URL facts).
 */
export const ListRow = z.object({
  kind: ListRowKind,
  /** stable for the row's subject: its profile, company or Sales Navigator URL, else its text (to merge re-read rows) */
  key: z.string().max(MAX_URL),
  facts: ObservedFacts,
  person: ListPerson.optional(),
  job: JobPosting.optional(),
  placeholder: ListPlaceholder.optional(),
  /** the row's own text as read (name · headline · location …), capped: what the rep sees */
  text: z.string().max(MAX_EVIDENCE_TEXT),
});
export type ListRow = z.infer<typeof ListRow>;

/** What one pass over a list page yields: its rows in page order, at most MAX_LIST_ROWS. */
export const ListObservation = z.object({
  pageType: PageType,
  url: z.string().max(MAX_URL),
  rows: z.array(ListRow).max(MAX_LIST_ROWS),
  /** the page held more rows than MAX_LIST_ROWS; the first ones were kept */
  truncated: z.boolean(),
});
export type ListObservation = z.infer<typeof ListObservation>;
