import { browser } from 'wxt/browser';

/**
 * A small ring buffer of warnings/errors and counters, in storage.session so it survives worker
 * restarts. The options page shows it ("copy diagnostics").
 */
const KEY = 'diagnostics';
export const MAX_ENTRIES = 100;
/** Caps: messages often quote what a page or a server sent, and counters are named at runtime. */
export const MAX_MESSAGE = 500;
export const MAX_COUNTER_NAME = 64;
export const MAX_COUNTERS = 100;
/** where counts go once MAX_COUNTERS names exist (a flood of new names cannot grow the buffer) */
export const OTHER_COUNTER = 'other';

export interface Diagnostics {
  entries: { at: number; level: 'warn' | 'error'; message: string }[];
  counters: Record<string, number>;
}

let queue: Promise<void> = Promise.resolve();

async function update(fn: (d: Diagnostics) => void): Promise<void> {
  queue = queue.then(async () => {
    const got = (await browser.storage.session.get(KEY))[KEY] as Diagnostics | undefined;
    // a map with no prototype: a counter named "__proto__" or "constructor" is just a name
    const d: Diagnostics = { entries: got?.entries ?? [], counters: Object.assign(Object.create(null) as Record<string, number>, got?.counters) };
    fn(d);
    d.entries = d.entries.slice(-MAX_ENTRIES);
    await browser.storage.session.set({ [KEY]: d });
  }).catch(() => undefined);
  return queue;
}

export function log(level: 'warn' | 'error', message: string): Promise<void> {
  return update((d) => d.entries.push({ at: Date.now(), level, message: String(message).slice(0, MAX_MESSAGE) }));
}

export function count(counter: string): Promise<void> {
  return update((d) => {
    let name = String(counter).slice(0, MAX_COUNTER_NAME);
    if (!Object.hasOwn(d.counters, name) && Object.keys(d.counters).length >= MAX_COUNTERS) name = OTHER_COUNTER;
    d.counters[name] = (Object.hasOwn(d.counters, name) ? d.counters[name]! : 0) + 1;
  });
}

export async function readDiagnostics(): Promise<Diagnostics> {
  const got = (await browser.storage.session.get(KEY))[KEY] as Diagnostics | undefined;
  return got ?? { entries: [], counters: {} };
}
