import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './support/test';
import { EXTENSION_DIR, launchWithExtension, send, serviceWorker, unpackedExtensionId } from './support/extension';
import { serveHtml } from './support/fixtures';

// docs/security.md, "who can talk to the extension". The manifest has no externally_connectable,
// so Chrome lets no web page reach it; another extension CAN call chrome.runtime.sendMessage with
// our id (that is Chrome's default without the key), and nothing of ours listens for it.

/** A second, unrelated extension whose worker tries to reach ours. */
function otherExtension(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'icp-fit-other-ext-'));
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Other', version: '1.0', background: { service_worker: 'sw.js' } }));
  writeFileSync(path.join(dir, 'sw.js'), '// evaluated from the test\n');
  return dir;
}

test('another extension gets no answer and changes nothing; a web page has no way in', async () => {
  const other = otherExtension();
  const ours = unpackedExtensionId(EXTENSION_DIR);
  const l = await launchWithExtension({ extensionDir: `${EXTENSION_DIR},${other}` });
  try {
    const options = await l.context.newPage();
    await options.goto(`chrome-extension://${ours}/options.html`);
    await send(options, 'settings/set', { retentionDays: 30 });
    const otherId = unpackedExtensionId(other);
    const worker = l.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${otherId}/`)) ?? (await l.context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${otherId}/`) }));
    const replies = await worker.evaluate(async (id) => {
      const attempt = (m: unknown) => chrome.runtime.sendMessage(id, m).then((r: unknown) => ({ answered: r }), (e: Error) => ({ error: e.message }));
      const port = await new Promise<string>((resolve) => {
        const p = chrome.runtime.connect(id);
        p.onDisconnect.addListener(() => resolve(chrome.runtime.lastError?.message ?? 'disconnected'));
        setTimeout(() => resolve('still open'), 3000);
      });
      return { del: await attempt({ type: 'data/delete-all', data: {} }), set: await attempt({ type: 'settings/set', data: { retentionDays: 1 } }), port };
    }, ours);
    expect(replies.del).toEqual({ error: expect.stringMatching(/Receiving end does not exist/) });
    expect(replies.set).toEqual({ error: expect.stringMatching(/Receiving end does not exist/) });
    expect(replies.port).not.toBe('still open');
    expect((await send<{ retentionDays: number }>(options, 'settings/get', {})).data.retentionDays).toBe(30);

    // a LinkedIn page's own scripts (the main world) see no extension API to call
    await serveHtml(l.context, 'https://www.linkedin.com/company/acme/', '<html><body><h1>Acme</h1></body></html>');
    const page = await l.context.newPage();
    await page.goto('https://www.linkedin.com/company/acme/');
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
  } finally {
    await l.close();
    rmSync(other, { recursive: true, force: true });
  }
});

// docs/security.md: storage.local holds the HubSpot token; our content scripts run inside LinkedIn's
// renderer and need no extension storage, so the worker keeps storage.local to extension contexts.
test('a content script cannot read the extension storage that holds the HubSpot token', async ({ l }) => {
  const worker = await serviceWorker(l.context);
  await worker.evaluate(() => chrome.storage.local.set({ 'icpfit:hubspot': { token: 'pat-eu1-probe' } }));
  await serveHtml(l.context, 'https://www.linkedin.com/company/acme/', '<html><body><h1>Acme</h1></body></html>');
  const page = await l.context.newPage();
  const cdp = await l.context.newCDPSession(page);
  const worlds = new Map<string, number>();
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: { id: number; name: string; auxData?: { type?: string } } }) => {
    if (context.auxData?.type === 'isolated') worlds.set(context.name, context.id);
  });
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  await cdp.send('Runtime.enable');
  await page.goto('https://www.linkedin.com/company/acme/');
  // what our content script's own world gets when it asks for everything in storage.local
  const ask = async (): Promise<string> => {
    const id = worlds.get('ICP Fit');
    if (id === undefined) return 'no content script yet';
    const expression = '(async () => { try { return JSON.stringify(await chrome.storage.local.get(null)); } catch (e) { return String(e); } })()';
    const r = (await cdp.send('Runtime.evaluate', { contextId: id, expression, awaitPromise: true, returnByValue: true })) as { result: { value?: string } };
    return r.result.value ?? '';
  };
  await expect.poll(ask, { timeout: 10_000 }).toMatch(/not allowed from this context/);
  expect(await ask()).not.toContain('pat-eu1-probe');
  // the extension's own worker still reads it
  expect(await worker.evaluate(async () => (await chrome.storage.local.get('icpfit:hubspot'))['icpfit:hubspot'])).toEqual({ token: 'pat-eu1-probe' });
});
