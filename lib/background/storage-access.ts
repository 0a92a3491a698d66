import { browser } from 'wxt/browser';
import { log } from './data/diagnostics';

type Restrictable = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };

/**
 * Keeps `storage.local` to the extension's own pages and worker. Chrome lets content scripts read
 * and write it by default, and ours run inside LinkedIn's, Crunchbase's and (when the rep asks)
 * a company site's renderer; they need no extension storage, while `storage.local` holds the
 * HubSpot private-app token (crm/hubspot/hubspot-store.ts). Chrome keeps the level with the
 * extension (set on install, update and browser start); a Chrome without the method for this
 * area keeps its default, and that is noted in Diagnostics. docs/security.md.
 */
export async function restrictLocalStorage(): Promise<void> {
  const local = browser.storage.local as unknown as Restrictable;
  if (typeof local.setAccessLevel !== 'function') return void log('warn', 'This Chrome cannot keep extension storage from content scripts (storage.local.setAccessLevel).');
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch (e) {
    await log('warn', `Extension storage could not be kept from content scripts: ${e instanceof Error ? e.message : String(e)}`);
  }
}
