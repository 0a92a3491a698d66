import { z } from 'zod';

/** The rep's answers to an identity conflict, and split (issue 15; spread into lib/messaging/protocol/index.ts). */
const accountId = z.string().min(1).max(300);
/** which conflict: the other account, or (none) a second key of a kind this account already has */
const Conflict = z.object({ accountId, otherAccountId: accountId.optional(), key: z.string().min(1).max(300) });

export const identityMessages = {
  /** "Merge": the two accounts become one (the older keeps its id); nothing is dropped, and it can be split again. */
  'account/identity-merge': {
    from: 'page',
    input: Conflict,
    output: z.object({ accountId }),
  },
  /** "Keep apart": remembered on both; the conflict is not shown again for them. */
  'account/identity-keep-apart': {
    from: 'page',
    input: Conflict,
    output: z.object({}),
  },
  /** Undo the account's newest merge: both accounts as they were. */
  'account/split': {
    from: 'page',
    input: z.object({ accountId }),
    output: z.object({ split: z.boolean(), absorbedId: accountId.optional() }),
  },
} as const;
