import { z } from 'zod';
import { PageObservation } from '../../facts/model';
import { LogEntry, MAX_LOG } from '../log-entry';
import { TabView } from '../views';
import { tabId } from './common';

/** What content scripts send about the page they read, and what the UI asks about a tab. */
export const pageMessages = {
  /** A content script read a page. `id` makes retries idempotent (stored exactly once). */
  'page/observed': {
    from: 'content',
    input: z.object({
      id: z.string().min(8).max(64),
      /** content-script clock at send: a late reply for an older page never overwrites a newer one */
      sentAt: z.number(),
      /** how long the extraction pass took in the page (ms): diagnostics and the bench */
      extractMs: z.number().nonnegative().max(600_000).optional(),
      observation: PageObservation,
      /** page text still to be parsed, replayed by the background (lib/extract/core/deferred.ts) */
      log: z.array(LogEntry).max(MAX_LOG).optional(),
      recognised: z.boolean(),
    }),
    output: z.object({ stored: z.boolean() }),
  },
  /** A content script started reading a page (badge "…"). */
  'page/reading': {
    from: 'content',
    input: z.object({ url: z.string().max(2048), sentAt: z.number() }),
    output: z.object({}),
  },
  /** What the UI shows for a tab. */
  'tab/view': {
    from: 'page',
    input: z.object({ tabId: tabId.optional() }),
    output: TabView,
  },
  /** Read the company website open in a tab (activeTab / granted host access). */
  'tab/read-website': {
    from: 'page',
    input: z.object({ tabId }),
    output: z.object({ read: z.boolean(), reason: z.string().max(300).optional() }),
  },
} as const;
