import { z } from 'zod';
import { TableQuery } from '../../accounts/table-query';
import { CrmView } from '../views';

/** Messages of the options page's accounts table (spread into lib/messaging/protocol/index.ts). */
export const accountsMessages = {
  /** One page of every stored account, filtered and sorted (lib/accounts/table-query.ts). */
  'accounts/table': {
    from: 'page',
    input: TableQuery,
    output: z.object({
      total: z.number(),
      tiers: z.array(z.string()),
      rows: z.array(
        z.object({
          id: z.string(),
          name: z.string().optional(),
          domain: z.string().optional(),
          lastSeenAt: z.number(),
          /** when a page last read a changed value (issue 20) */
          changedAt: z.number().optional(),
          tier: z.string().optional(),
          tierRank: z.number().optional(),
          tierCount: z.number().optional(),
          score: z.number().nullable(),
          icpName: z.string().optional(),
          coverage: z.number().optional(),
          outcome: z.string().optional(),
          /** the account has a merge that split can undo (issue 15) */
          splittable: z.boolean().optional(),
          /** identity conflicts waiting for the rep (merge or keep apart, in the side panel) */
          conflicts: z.number().int().nonnegative().optional(),
          /** in the imported CRM list or not (issue 19); absent before any import */
          crm: CrmView.optional(),
        }),
      ),
    }),
  },
} as const;
