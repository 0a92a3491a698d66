import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../..', process.env.ICP_OUT_DIR ?? '.output', 'chrome-mv3');

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The loopback DevTools port (CDP): the bench attaches to the service worker through it. */
  cdpPort: number;
  /** Click the toolbar button for this tab (opens the popup, grants activeTab), as a user would. */
  clickToolbar(page: Page): Promise<void>;
  close(): Promise<void>;
}

/**
 * Start Chromium with the built extension in a fresh profile (or a given one, to test reopening).
 * `extensionDir`: a copy of the build to load instead of .output (the bench snapshots it, so a
 * concurrent rebuild cannot pull files from under a run).
 */
export async function launchWithExtension(opts: { userDataDir?: string; headless?: boolean; offline?: boolean; extensionDir?: string } = {}): Promise<Launched> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'icp-fit-e2e-'));
  // A loopback DevTools port: the bench attaches to the worker's heap through it (worker-heap.ts).
  const port = await freePort();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    args: [...chromiumArgs(opts.extensionDir ?? EXTENSION_DIR), '--enable-unsafe-extension-debugging', `--remote-debugging-address=127.0.0.1`, `--remote-debugging-port=${port}`],
    viewport: { width: 1280, height: 900 },
  });
  if (opts.offline ?? true) await blockNetwork(context);
  const worker = await serviceWorker(context);
  const extensionId = new URL(worker.url()).host;
  await activated(worker);
  return {
    context,
    extensionId,
    userDataDir,
    cdpPort: port,
    async clickToolbar(page: Page) {
      // The browser-level CDP session of this same connection. A second connection
      // (chromium.connectOverCDP) would point Chrome's downloads at a folder of its own, deleted
      // when it closes: every later download in this browser then vanished.
      const session = await context.browser()!.newBrowserCDPSession();
      const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as { targetInfos: { targetId: string; url: string }[] };
      const tab = targetInfos.find((t) => t.url === page.url());
      if (!tab) throw new Error(`no tab target for ${page.url()}`);
      await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
      await session.detach();
    },
    async close() {
      await context.close();
      if (!opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Nothing in a test may reach the network: requests no route of the test answers fail. */
export async function blockNetwork(context: BrowserContext): Promise<void> {
  await context.route(/^(?!chrome-extension:|data:|blob:)/, (route) => route.abort('blockedbyclient'));
}

/** The extension's service worker; waits for it when it is not (yet / again) running. */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  // Listen before looking, so a worker that starts in between is not missed.
  const next = context.waitForEvent('serviceworker', { timeout: 30_000 });
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (running) {
    next.catch(() => undefined);
    return running;
  }
  // A cold start on a loaded machine can be slow: an extension page wakes the worker.
  const wake = setTimeout(() => void context.newPage().then((p) => p.goto(`chrome-extension://${unpackedExtensionId(EXTENSION_DIR)}/options.html`).catch(() => undefined)), 5000);
  try {
    return await next;
  } finally {
    clearTimeout(wake);
  }
}

/**
 * Wait until the worker of a freshly loaded extension is installed and activated. Playwright
 * reports the worker as soon as its script starts, while Chrome may still be installing it; a
 * worker stopped during its install (`stopServiceWorkers`) is thrown away ("ServiceWorker failed to
 * install", version redundant) and the extension is left with no worker at all, every message
 * finding no receiver. Chrome never stops a worker for idleness while it installs: that was the
 * harness's race (identity-conflicts.spec.ts failed 3 runs in 12 on it), not the product's.
 */
async function activated(worker: Worker): Promise<void> {
  // A string, not a function: tsx (the bench) would wrap a function's inner arrows in its __name helper,
  // which the worker does not have.
  await worker.evaluate(`new Promise((resolve) => {
    const check = () => (registration.active?.state === 'activated' ? resolve() : setTimeout(check, 10));
    check();
  })`);
}

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, hex digits mapped to a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

/**
 * Stop every service worker (as Chrome does after 30 s idle) through CDP. The next message from
 * a content script or page wakes ours again. Never `worker.evaluate` on a stopped worker: it hangs.
 */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** An extension page (side panel, popup, options) opened as a tab; `tabId` pins what it shows. */
export async function openExtensionPage(l: Launched, page: 'sidepanel' | 'popup' | 'options', query: Record<string, string | number> = {}): Promise<Page> {
  const p = await l.context.newPage();
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  await p.goto(`chrome-extension://${l.extensionId}/${page}.html${qs ? `?${qs}` : ''}`);
  return p;
}

/** The browser tab id of the tab showing `url` (asked from an extension page, not the worker). */
export async function tabIdOf(extPage: Page, urlPattern: string): Promise<number> {
  return extPage.evaluate(async (pattern) => {
    const tabs = await chrome.tabs.query({ url: pattern });
    if (!tabs[0]?.id) throw new Error(`no tab matches ${pattern}`);
    return tabs[0].id;
  }, urlPattern);
}

/** Send one protocol message from an extension page, as the UI does; the raw reply envelope. */
export function send<T = unknown>(extPage: Page, type: string, data: unknown): Promise<{ ok: boolean; data: T; error?: string }> {
  return extPage.evaluate(([t, d]) => chrome.runtime.sendMessage({ type: t, data: d }), [type, data] as const) as Promise<{ ok: boolean; data: T; error?: string }>;
}

/** Badge text and title of a tab, read from an extension page. */
export async function badgeOf(extPage: Page, tabId: number): Promise<{ text: string; title: string }> {
  return extPage.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}
