import { browser } from 'wxt/browser';
import { emptyQueue, MAX_RECENT, Queue } from '../../../insights/hubspot/hubspot-state';

/**
 * What waits to be sent to HubSpot, in chrome.storage.local so a stopped worker, a closed
 * browser or a dropped network loses nothing (issue 19 §2). Account ids only: what is sent is
 * read and scored again when it is sent. No token here.
 */
export const QUEUE_KEY = 'icpfit:hubspot-queue';

export async function loadQueue(): Promise<Queue> {
  const parsed = Queue.safeParse((await browser.storage.local.get(QUEUE_KEY))[QUEUE_KEY]);
  return parsed.success ? parsed.data : emptyQueue();
}

export async function saveQueue(q: Queue): Promise<void> {
  await browser.storage.local.set({ [QUEUE_KEY]: Queue.parse({ ...q, recent: q.recent.slice(-MAX_RECENT) }) });
}

export async function clearQueue(): Promise<void> {
  await browser.storage.local.remove(QUEUE_KEY);
}
