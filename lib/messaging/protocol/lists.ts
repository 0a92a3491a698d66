import { z } from 'zod';
import { MAX_LIST_ROWS, MAX_TEXT, MAX_URL } from '../../facts/limits';
import { ListRow, ListRowKind, ListPlaceholder } from '../../facts/list-model';
import { PageType } from '../../facts/model';
import { LogEntry } from '../log-entry';
import { accountId, tabId } from './common';
import { CrmView } from '../views';

// List pages (issue 18): the list content script sends the rows it read; the side panel asks for
// the list of a tab. Rows live in chrome.storage.session for the browser session (bounded), not in
// Dexie: an account is stored only when the rep opens its page, pins the row, answers or records an
// outcome (docs/accounts.md).

const text = z.string().max(MAX_TEXT);

/**
 * Rows per 'list/observed': the content script sends a page's rows in slices of this many, so that
 * one message stays far below the router's size cap even for a page of 1,000 long rows.
 */
export const MAX_LIST_ROWS_PER_MESSAGE = 100;
/** Puts one row may log (a row shows a handful of facts; MAX_LOG is a whole page's backstop). */
export const MAX_ROW_LOG = 60;

/** One row as the panel shows it: what the row read, scored by the background. */
export const ListRowView = z.object({
  key: z.string().max(MAX_URL),
  kind: ListRowKind,
  placeholder: ListPlaceholder.optional(),
  /** the person's name (people rows) or the company's (company rows); absent for placeholders */
  name: text.optional(),
  /** person rows: title / headline and location as shown */
  title: text.optional(),
  location: text.optional(),
  /** the company the row names (a person's current company: `companyFrom` says how it was read) */
  company: text.optional(),
  companyFrom: z.enum(['current', 'headline', 'page', 'link']).optional(),
  /** where a click goes: the profile, company or Sales Navigator URL the row links to */
  href: z.string().max(MAX_URL).optional(),
  /** the row's own text: its evidence */
  text: text,
  tier: z.string().max(40).optional(),
  tierLabel: text.optional(),
  score: z.number().nullable().optional(),
  /** share of the best ICP's criteria the row's facts could decide (0–1) */
  coverage: z.number().min(0).max(1),
  /** the score range still possible when the unknowns become known */
  range: z.tuple([z.number(), z.number()]).optional(),
  bestIcp: z.object({ id: z.string().max(200), name: text }).optional(),
  persona: z.object({ id: z.string().max(200), name: text }).optional(),
  /** the stored account this row is (identity matched), when any: what the rep already has on it */
  accountId: accountId.optional(),
  known: z
    .object({
      tier: z.string().max(40).optional(),
      score: z.number().nullable().optional(),
      outcome: z.string().max(40).optional(),
      lastSeen: z.number().optional(),
    })
    .optional(),
  /** the scores come from the row alone (no stored account behind it) */
  rowOnly: z.boolean(),
  /** the imported CRM list's answer for the row's company (issue 19); absent before any import */
  crm: CrmView.optional(),
});
export type ListRowView = z.infer<typeof ListRowView>;

export const ListView = z.object({
  url: z.string().max(MAX_URL),
  pageType: PageType,
  /** when the newest row was read */
  readAt: z.number(),
  rows: z.array(ListRowView).max(MAX_LIST_ROWS),
  /** the page held more rows than were kept */
  truncated: z.boolean(),
  /** the playbook's tier names, best first (every ICP's tiers, first seen first): the panel sorts by them */
  tiers: z.array(z.string().max(40)).max(500).optional(),
  /** diagnostics and `npm run bench`: time the content script spent reading this list's rows (ms) */
  readMs: z.number().nonnegative().optional(),
});
export type ListView = z.infer<typeof ListView>;

export const listMessages = {
  /**
   * A list content script read rows. `reset` starts a new page view (new URL: the tab's list is
   * replaced); otherwise the rows are added to (or replace, by key) what the tab's list holds.
   * `id` makes retries idempotent.
   */
  'list/observed': {
    from: 'content',
    input: z.object({
      id: z.string().min(8).max(64),
      sentAt: z.number(),
      pageType: PageType,
      url: z.string().max(MAX_URL),
      reset: z.boolean(),
      rows: z.array(ListRow).max(MAX_LIST_ROWS_PER_MESSAGE),
      truncated: z.boolean(),
      /**
       * logs[i] is rows[i]'s text still to be parsed by the background (lib/extract/core/deferred.ts):
       * one log per row, so that each row's facts are replayed from its own puts only
       */
      logs: z.array(z.array(LogEntry).max(MAX_ROW_LOG)).max(MAX_LIST_ROWS_PER_MESSAGE).optional(),
      /** the page's UI language (<html lang>): how the rows' numbers and labels are read */
      language: z.string().regex(/^[a-z]{2,3}$/).optional(),
      readMs: z.number().nonnegative().max(600_000).optional(),
    }),
    output: z.object({ stored: z.number().int().nonnegative() }),
  },
  /** The list a tab shows, scored; null when the tab is not a list page or nothing was read yet. */
  'list/view': {
    from: 'page',
    input: z.object({ tabId: tabId.optional() }),
    output: ListView.nullable(),
  },
  /** "Save to accounts": store the row's facts as an account (observation with the row as evidence). */
  'list/save-row': {
    from: 'page',
    input: z.object({ tabId, key: z.string().max(MAX_URL) }),
    output: z.object({ accountId }),
  },
} as const;
