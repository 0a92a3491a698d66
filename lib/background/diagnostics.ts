import { browser } from 'wxt/browser';

/**
 * A small ring buffer of warnings/errors and counters, in storage.session so it survives worker
 * restarts. The options page shows it ("copy diagnostics").
 */
const KEY = 'diagnostics';
const MAX_ENTRIES = 100;

export interface Diagnostics {
  entries: { at: number; level: 'warn' | 'error'; message: string }[];
  counters: Record<string, number>;
}

let queue: Promise<void> = Promise.resolve();

async function update(fn: (d: Diagnostics) => void): Promise<void> {
  queue = queue.then(async () => {
    const got = (await browser.storage.session.get(KEY))[KEY] as Diagnostics | undefined;
    const d: Diagnostics = got ?? { entries: [], counters: {} };
    fn(d);
    d.entries = d.entries.slice(-MAX_ENTRIES);
    await browser.storage.session.set({ [KEY]: d });
  }).catch(() => undefined);
  return queue;
}

export function log(level: 'warn' | 'error', message: string): Promise<void> {
  return update((d) => d.entries.push({ at: Date.now(), level, message: message.slice(0, 500) }));
}

export function count(counter: string): Promise<void> {
  return update((d) => (d.counters[counter] = (d.counters[counter] ?? 0) + 1));
}

export async function readDiagnostics(): Promise<Diagnostics> {
  const got = (await browser.storage.session.get(KEY))[KEY] as Diagnostics | undefined;
  return got ?? { entries: [], counters: {} };
}
