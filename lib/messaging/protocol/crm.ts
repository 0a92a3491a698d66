import { z } from 'zod';
import { CSV_LIMITS } from '../../insights/csv';
import { CrmOutcomeSetting } from '../../insights/crm-outcome';
import { CrmMe } from '../../playbook/crm-me';
import { MAX_BACKUP_MESSAGE_CHARS } from './common';

/**
 * Issue 19 section 1: the team's CRM list, imported from a HubSpot companies export or a
 * Salesforce accounts report on the options page's CRM tab and kept in this browser.
 */

const column = z.number().int().min(0).max(9_999).optional();
/** field → column index, as the CRM tab shows it and the user fixed it (lib/insights/crm-columns.ts) */
export const CrmMappingInput = z
  .object({ name: column, domain: column, website: column, linkedin: column, salesNav: column, owner: column, stage: column, lastActivity: column, openDeals: column, amount: column })
  .strict();

export const CrmSnapshotInfo = z.object({ importedAt: z.string(), source: z.string(), rows: z.number().int().nonnegative(), skipped: z.number().int().nonnegative() });
export type CrmSnapshotInfo = z.infer<typeof CrmSnapshotInfo>;

/** An https URL the background downloads the CRM list from and re-checks (settings row 'crm:subscription'). */
export const CrmSubscription = z.object({
  url: z.string().max(2048),
  /** set by the Chrome policy "crmUrl": removed with it, and only by it */
  managed: z.boolean(),
  intervalHours: z.number().min(1).max(24 * 7),
  lastChecked: z.number().nullable(),
  lastChanged: z.number().nullable(),
  lastError: z.object({ at: z.number(), message: z.string().max(1000) }).nullable(),
  etag: z.string().max(500).optional(),
  lastModified: z.string().max(200).optional(),
});
export type CrmSubscription = z.infer<typeof CrmSubscription>;

/** A page posts a CRM export's text to the service worker under this type (lib/background/crm/crm-upload.ts). */
export const CRM_UPLOAD = 'icp/crm-upload';

/** The export's text in the message, or the id it was posted to the worker under (faster for a big file). */
const CrmImportInput = z
  .object({ text: z.string().max(CSV_LIMITS.maxChars).optional(), uploadId: z.string().uuid().optional(), fileName: z.string().max(300), mapping: CrmMappingInput })
  .refine((i) => (i.text === undefined) !== (i.uploadId === undefined), 'either the text or an upload id');

export const crmMessages = {
  /** The export's text (or its upload id) and the mapping: the background reads it again and stores the snapshot. */
  'crm/import': {
    from: 'page',
    // an export is big (up to the CSV reader's 50 MB): Chrome carries messages up to 64 MiB
    maxChars: MAX_BACKUP_MESSAGE_CHARS,
    input: CrmImportInput,
    output: z.union([z.object({ ok: z.literal(true), snapshot: CrmSnapshotInfo, notes: z.array(z.string().max(500)).max(20) }), z.object({ ok: z.literal(false), error: z.string().max(2000), uploadLost: z.literal(true).optional() })]),
  },
  /** The stored snapshot's date, file and size; null before the first import. */
  'crm/status': {
    from: 'page',
    input: z.object({}),
    output: z.object({ snapshot: CrmSnapshotInfo.nullable(), subscription: CrmSubscription.nullable().optional() }),
  },
  /** Download the CRM list from this URL now and re-check it every 6 hours (ETag / If-None-Match). */
  'crm/subscribe': {
    from: 'page',
    input: z.object({ url: z.string().max(2048) }),
    output: z.union([z.object({ ok: z.literal(true), subscription: CrmSubscription }), z.object({ ok: z.literal(false), error: z.string().max(2000) })]),
  },
  'crm/check-now': {
    from: 'page',
    input: z.object({}),
    output: z.object({ outcome: z.enum(['changed', 'unchanged', 'failed', 'none']), message: z.string().max(2000).optional() }),
  },
  'crm/unsubscribe': {
    from: 'page',
    input: z.object({}),
    output: z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), error: z.string().max(2000) })]),
  },
  'crm/clear': {
    from: 'page',
    input: z.object({}),
    output: z.object({}),
  },
  /** Whether Insights counts the CRM list's stages as outcomes, and which stages (lib/insights/crm-outcome.ts). */
  'crm/outcomes': {
    from: 'page',
    input: z.object({}),
    output: CrmOutcomeSetting,
  },
  'crm/outcomes-set': {
    from: 'page',
    input: CrmOutcomeSetting,
    output: z.object({}),
  },
  /** "Your name in the CRM": the rep's aliases, for the playbook's "me" / "someone-else" rules (lib/playbook/crm-me.ts). */
  'crm/me': {
    from: 'page',
    input: z.object({}),
    output: CrmMe,
  },
  'crm/me-set': {
    from: 'page',
    input: CrmMe,
    output: z.object({}),
  },
} as const;
