import type { CDPSession } from '@playwright/test';
import { blockNetwork, type Launched } from './extension';

/**
 * One Chromium for a whole Playwright worker, handed to each test as if freshly installed.
 *
 * Why: starting Chromium with the extension and waiting for its worker to activate took ~2.2 s,
 * and closing it ~0.25 s, for each of ~80 tests (2026-12-07). Resetting the same browser takes
 * ~0.7 s; harness.spec.ts checks that it leaves nothing behind.
 *
 * What a test could have changed, and how it is undone before the next one:
 * - pages, popups and side panels: every page closed (extension targets through CDP, which lists
 *   the side panel and the action popup that Playwright does not hand out), one blank tab left;
 * - routes and context permissions: removed; the offline guard put back;
 * - the extension's memory (caches, tab state, a shifted clock): its worker stopped, before and
 *   after the wipe, then a new one started, as a fresh install's runs when its first test begins;
 * - the extension's storage: every IndexedDB database deleted, storage.local / session / sync
 *   cleared (the extension keeps nothing in localStorage; sessionStorage goes with its tabs);
 * - the HTTP cache: cleared;
 * - alarms: each set again to fire one minute from now, with its own period, as at install, so
 *   a test shorter than a minute never meets one left by an earlier test.
 * Specs that cannot be reset this way ask for a browser of their own: `test.use({ freshBrowser: true })`
 * (a context init script, closing or reopening the profile).
 */
export async function resetForNextTest(l: Launched): Promise<void> {
  const { context, extensionId } = l;
  const blank = await context.newPage();
  await Promise.all(context.pages().filter((p) => p !== blank).map((p) => p.close()));
  const cdp = await context.newCDPSession(blank);
  try {
    await closeExtensionTargets(cdp, extensionId);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await blockNetwork(context);
    await context.clearPermissions();
    await context.clearCookies();
    await cdp.send('Network.clearBrowserCache');
    // Wiped from inside a new worker (an extension page would cost a renderer: ~0.6 s), then that
    // worker replaced by another, which starts with nothing in memory, as at install. Playwright keeps
    // handing out the same Worker object for each restart (checked: a global set before a stop is
    // gone after). A fresh install's worker is running when its first test starts, and some tests
    // evaluate in it, so the last one is started too.
    const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    if (!worker) throw new Error('the extension has no service worker to reset');
    await restartWorker(cdp, extensionId);
    await worker.evaluate(wipeExtension);
    await restartWorker(cdp, extensionId);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Stop every service worker and start the extension's again (CDP), so it holds nothing in memory. */
async function restartWorker(cdp: CDPSession, extensionId: string): Promise<void> {
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${extensionId}/` });
}

/** Runs in the extension's worker: its stored data gone, its alarms as a fresh install has them. */
async function wipeExtension(): Promise<void> {
  const names = (await indexedDB.databases()).map((d) => d.name).filter((n): n is string => !!n);
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.deleteDatabase(name);
          req.onsuccess = () => resolve();
          req.onerror = () => reject(new Error(`deleting ${name}: ${String(req.error)}`));
        }),
    ),
  );
  await Promise.all([chrome.storage.local.clear(), chrome.storage.session.clear(), chrome.storage.sync.clear()]);
  for (const a of await chrome.alarms.getAll()) await chrome.alarms.create(a.name, { delayInMinutes: 1, periodInMinutes: a.periodInMinutes });
}

/** Close the extension's own targets (side panel, action popup, its pages): Playwright does not hand the first two out. */
async function closeExtensionTargets(cdp: CDPSession, extensionId: string): Promise<void> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const t of targetInfos) {
    if (t.type !== 'page' || !t.url.startsWith(`chrome-extension://${extensionId}/`)) continue;
    await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
  }
}
