import { z } from 'zod';
import { FactValues, Person } from '../../facts/model';
import { AccountSummary, TabView } from '../views';
import { accountId } from './common';

/** The rep's edits and views of one account (side panel, popup). */
export const accountMessages = {
  /** The rep sets (or clears, with value null) a fact on an account. */
  'account/set-fact': {
    from: 'page',
    input: z.object({ accountId, fact: z.enum(Object.keys(FactValues.shape) as [keyof FactValues, ...(keyof FactValues)[]]), value: z.unknown() }),
    output: z.object({}),
  },
  /** The rep answers a qualitative criterion (null clears the answer). */
  'account/answer': {
    from: 'page',
    input: z.object({ accountId, criterionId: z.string().min(1).max(100), value: z.boolean().nullable() }),
    output: z.object({}),
  },
  'accounts/recent': {
    from: 'page',
    input: z.object({ query: z.string().max(200).optional(), limit: z.number().int().min(1).max(200).optional() }),
    output: z.object({ accounts: z.array(AccountSummary) }),
  },
  /** What the side panel shows for an account opened from the recent list (no tab: tabId null). */
  'account/view': {
    from: 'page',
    input: z.object({ accountId }),
    output: TabView,
  },
  /** The rep picks the persona for an account (null: back to automatic), kept for the session. */
  /** Keep the person on screen with the account (person data is session-only unless saved). */
  'account/save-person': {
    from: 'page',
    input: z.object({ accountId, person: Person.extend({ profileUrl: z.string().max(2048).optional() }) }),
    output: z.object({}),
  },
  'account/persona': {
    from: 'page',
    input: z.object({ accountId, personaId: z.string().min(1).max(100).nullable() }),
    output: z.object({}),
  },
  'account/delete': {
    from: 'page',
    input: z.object({ accountId }),
    output: z.object({}),
  },
} as const;
