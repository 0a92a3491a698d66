import { z } from 'zod';
import { accountMessages } from './account';
import { accountsMessages } from './accounts';
import { analyseMessages } from './analyse';
import { backupMessages } from './backup';
import { crmMessages } from './crm';
import { dataMessages } from './data';
import { editorMessages } from './editor';
import { hubspotMessages } from './hubspot';
import { identityMessages } from './identity';
import { listMessages } from './lists';
import { outcomeMessages } from './outcomes';
import { pageMessages } from './page';
import { playbookMessages } from './playbook';
import { reviewMessages } from './review';

/**
 * The one message protocol between content scripts, extension pages and the background,
 * assembled from one module per feature (this folder). Each message: who may send it, and zod
 * schemas for its input and output. Receivers parse both ends (lib/messaging/handle.ts);
 * nothing crosses the boundary unvalidated. A new message goes in its feature's module.
 */
export const protocol = {
  ...pageMessages,
  ...accountMessages,
  ...accountsMessages,
  ...identityMessages,
  ...outcomeMessages,
  ...analyseMessages,
  ...playbookMessages,
  ...editorMessages,
  ...dataMessages,
  ...backupMessages,
  ...listMessages,
  ...crmMessages,
  ...hubspotMessages,
  ...reviewMessages,
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type Input<N extends MessageName> = z.infer<Protocol[N]['input']>;
export type Output<N extends MessageName> = z.infer<Protocol[N]['output']>;

/** The envelope every message travels in. */
export const Envelope = z.object({ type: z.string().max(64), data: z.unknown() });
/** `failed`: the handler ran and threw (e.g. a write cut short); the message may be sent again. Without it, a refusal: sending again would not help. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string; failed?: true };

/** Broadcast from the background to extension pages when what they show may have changed. */
export const CHANGED = 'icp/changed' as const;
export const ChangedEvent = z.object({ type: z.literal(CHANGED), tabId: z.number().optional(), accountId: z.string().optional() });
