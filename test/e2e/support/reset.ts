import type { BrowserContext } from '@playwright/test';
import { blockNetwork, stopServiceWorkers, type Launched } from './extension';

/**
 * Brings a running Chromium back to what a fresh launch gives a test: one blank page, no route but
 * the network block, no cookie or site permission, and the extension as just installed — its
 * storage (local, session), IndexedDB and Cache Storage empty, optional host permissions taken
 * back, and its service worker stopped, so the next event starts one with nothing in memory.
 * False when the browser is gone or did not answer: the caller launches a new one.
 */
export async function resetBrowser(l: Launched): Promise<boolean> {
  try {
    return await withTimeout(reset(l), 20_000);
  } catch {
    return false;
  }
}

async function reset(l: Launched): Promise<boolean> {
  const { context } = l;
  if (!context.browser()?.isConnected() && context.pages().length === 0 && !(await alive(context))) return false;
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await blockNetwork(context);
  await context.clearCookies();
  await context.clearPermissions();
  const blank = await context.newPage();
  for (const p of context.pages()) if (p !== blank) await p.close({ runBeforeUnload: false });
  // The extension's storage, cleared from an extension page that sends no message of its own
  // (the JSON of its manifest): a panel or popup would wake the worker while it is being cleared.
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${l.extensionId}/manifest.json`);
  await ext.evaluate(clearExtensionStorage);
  await ext.close();
  await stopServiceWorkers(blank);
  return true;
}

/** Runs in the extension's origin. */
async function clearExtensionStorage(): Promise<void> {
  await chrome.storage.local.clear();
  await chrome.storage.session.clear();
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error ?? new Error(`could not delete ${name}`));
    });
  }
  for (const key of await caches.keys()) await caches.delete(key);
  const required = new Set(chrome.runtime.getManifest().host_permissions ?? []);
  const granted = (await chrome.permissions.getAll()).origins ?? [];
  const optional = granted.filter((o) => !required.has(o));
  if (optional.length) await chrome.permissions.remove({ origins: optional });
}

async function alive(context: BrowserContext): Promise<boolean> {
  try {
    await context.newPage().then((p) => p.close());
    return true;
  } catch {
    return false;
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('reset timed out')), ms)))]).finally(() => clearTimeout(timer));
}
