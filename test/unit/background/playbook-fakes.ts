import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeBrowser } from './fake-browser';

/** The shared fake browser plus storage.local and storage.managed (what the policy code reads). */
export function createPlaybookFakeBrowser() {
  const fake = createFakeBrowser();
  const local = new Map<string, unknown>();
  const managed: { value: Record<string, unknown> } = { value: {} };
  const area = (m: Map<string, unknown>) => ({
    get: async (key: string | null) => (key === null ? Object.fromEntries(m) : m.has(key) ? { [key]: m.get(key) } : {}),
    set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => m.set(k, structuredClone(v))),
    remove: async (key: string) => void m.delete(key),
  });
  Object.assign(fake.browser.storage, { local: area(local), managed: { get: async () => structuredClone(managed.value) } });
  return { ...fake, local, managed };
}

/** A loopback HTTP server whose answer each test sets; records the request headers it saw. */
export async function startServer() {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_q, res) => res.end('');
  const seen: IncomingMessage['headers'][] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p = '/playbook.json') => `http://127.0.0.1:${port}${p}`,
    seen,
    on(h: typeof handler) {
      handler = h;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export function playbookText(version: string, points = 100, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'icp-fit/playbook@1',
    name: 'Team playbook',
    version,
    icps: [
      {
        id: 'big',
        name: 'Big companies',
        criteria: [{ id: 'size', label: 'At least 500 employees', layer: 'firmographic', points, fact: 'employees', is: 'at-least', value: 500 }],
        tiers: [
          { name: 'Top', min: 70 },
          { name: 'Low', min: 0 },
        ],
      },
    ],
    ...extra,
  });
}
