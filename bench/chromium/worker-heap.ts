import { chromium, type Browser, type CDPSession } from '@playwright/test';

/**
 * Heap of the extension's service worker, read over the loopback DevTools port.
 * Playwright's CDPSession cannot address a flattened child session, so we attach without
 * flattening and tunnel commands through Target.sendMessageToTarget (still supported by Chromium).
 */
export interface WorkerHeap {
  /** Full GC, then used heap in bytes. */
  usedAfterGc(): Promise<number>;
  close(): Promise<void>;
}

export async function attachWorkerHeap(cdpPort: number, extensionId: string): Promise<WorkerHeap> {
  const browser: Browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
  const session: CDPSession = await browser.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!sw) throw new Error('extension service worker target not found');
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as { sessionId: string };
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  session.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
    const p = msg.id === undefined ? undefined : pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id!);
    if (msg.error) p.reject(new Error(msg.error.message));
    else p.resolve(msg.result);
  });
  const send = (method: string, params: object = {}): Promise<unknown> => {
    const id = nextId++;
    const done = new Promise<unknown>((resolve, reject) => pending.set(id, { resolve, reject }));
    void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    return done;
  };
  return {
    async usedAfterGc() {
      await send('HeapProfiler.collectGarbage');
      const { usedSize } = (await send('Runtime.getHeapUsage')) as { usedSize: number };
      return usedSize;
    },
    async close() {
      await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      await browser.close().catch(() => undefined);
    },
  };
}
