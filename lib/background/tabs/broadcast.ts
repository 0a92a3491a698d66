import { browser } from 'wxt/browser';
import { CHANGED } from '../../messaging/protocol';

/** Tell open extension pages (side panel, popup, options) to refresh. Nobody listening is fine. */
export async function broadcastChanged(e: { tabId?: number; accountId?: string }): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: CHANGED, ...e });
  } catch {
    // "Receiving end does not exist": no extension page is open
  }
}
