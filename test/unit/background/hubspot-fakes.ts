import { vi } from 'vitest';

/** storage.local / session and alarms in memory, and a scripted fetch for api.hubapi.com. */
export function createHubSpotFakes() {
  const local = new Map<string, unknown>();
  const session = new Map<string, unknown>();
  const alarms = new Map<string, { when?: number; periodInMinutes?: number }>();
  const area = (m: Map<string, unknown>) => ({
    get: async (key: string | null) => (key === null ? Object.fromEntries(m) : m.has(key) ? { [key]: structuredClone(m.get(key)) } : {}),
    set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => m.set(k, structuredClone(v))),
    remove: async (key: string) => void m.delete(key),
  });
  const browser = {
    runtime: { id: 'test-extension', sendMessage: async () => undefined },
    storage: { local: area(local), session: area(session) },
    alarms: { create: async (name: string, info: { when?: number; periodInMinutes?: number }) => void alarms.set(name, info), get: async (name: string) => alarms.get(name) },
  };
  type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | Error;
  const calls: { method: string; path: string; body: unknown; auth: string | null }[] = [];
  const script: [RegExp, Reply][] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    const path = new URL(url).pathname;
    const key = `${init.method} ${path}`;
    calls.push({ method: String(init.method), path, body: init.body ? JSON.parse(String(init.body)) : undefined, auth: new Headers(init.headers).get('authorization') });
    const i = script.findIndex(([re]) => re.test(key));
    if (i < 0) throw new Error(`unscripted ${key}`);
    const [, reply] = script.splice(i, 1)[0]!;
    if (reply instanceof Error) throw reply;
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
    return new Response(text, { status: reply.status, headers: reply.headers });
  });
  /** The next request matching `re` ("METHOD /path") gets `reply`. */
  const on = (re: RegExp, reply: Reply) => void script.push([re, reply]);
  return { local, session, alarms, browser, fetch, calls, on, script };
}
