import { z } from 'zod';
import { CRM_TARGETS } from '../../insights/crm-export';
import { OutcomeInput } from '../../insights/outcome';
import { PerformanceSummary } from '../../insights/performance-schema';

/**
 * Messages of issue #8 parts 1, 3, 4: the rep's outcome per account, "Is the ICP working?" computed
 * in the background (10,000 records would not fit one message; the summary does), and the CRM CSV.
 */

const accountId = z.string().min(1).max(300);

export const outcomeMessages = {
  /** The rep records what happened to an account (null clears it). */
  'account/outcome': {
    from: 'page',
    input: z.object({ accountId, outcome: OutcomeInput.nullable() }),
    output: z.object({}),
  },
  /** "Is the ICP working?" over every stored account with an outcome, scored with the active playbook. */
  'insights/performance': {
    from: 'page',
    input: z.object({}),
    output: PerformanceSummary,
  },
  /** Every stored account as a CSV a HubSpot / Salesforce import maps without editing (docs/crm-export.md). */
  'accounts/export-crm': {
    from: 'page',
    // only requests are size-capped: the reply (a few MB for 10,000 accounts) travels within Chrome's 64 MiB
    input: z.object({ target: z.enum(CRM_TARGETS) }),
    output: z.object({ csv: z.string(), rows: z.number().int().nonnegative() }),
  },
} as const;
