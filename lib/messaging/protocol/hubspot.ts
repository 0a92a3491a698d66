import { z } from 'zod';
import { Lookup, QueueView } from '../../insights/hubspot/hubspot-state';
import { accountId } from './common';

/**
 * Issue 19 §2: Send to HubSpot (opt-in). The token travels once, from the options page to the
 * background on connect; no message ever carries it back.
 */
const Status = z.object({
  connected: z.boolean(),
  portalId: z.number().int().positive().nullable(),
  connectedAt: z.string().max(40).nullable(),
  queue: QueueView,
});
export type HubSpotStatus = z.infer<typeof Status>;

const Sent = z.object({
  result: z.enum(['created', 'updated', 'skipped', 'failed', 'queued', 'error']),
  message: z.string().max(1_000),
  url: z.string().max(300).nullable(),
});
export type HubSpotSent = z.infer<typeof Sent>;

export const hubspotMessages = {
  'hubspot/status': { from: 'page', input: z.object({}), output: Status },
  'hubspot/connect': {
    from: 'page',
    input: z.object({ token: z.string().max(500) }),
    output: z.union([z.object({ ok: z.literal(true), portalId: z.number().int().positive() }), z.object({ ok: z.literal(false), error: z.string().max(1_000) })]),
  },
  /** erases the token, the queue and the cached answers */
  'hubspot/disconnect': { from: 'page', input: z.object({}), output: z.object({}) },
  /** the side panel's Send to HubSpot: search by domain, then create or update */
  'hubspot/send': { from: 'page', input: z.object({ accountId }), output: Sent },
  /** the Accounts tab's selected rows: queued, sent in batches of 100 */
  'hubspot/send-many': { from: 'page', input: z.object({ accountIds: z.array(accountId).min(1).max(20_000) }), output: Status },
  'hubspot/pause': { from: 'page', input: z.object({ paused: z.boolean() }), output: Status },
  /** try the queue now (also what the alarm does) */
  'hubspot/retry': { from: 'page', input: z.object({}), output: Status },
  /** "already in CRM?" asked of HubSpot itself (cached 10 min) */
  'hubspot/lookup': { from: 'page', input: z.object({ accountId }), output: Lookup },
} as const;
