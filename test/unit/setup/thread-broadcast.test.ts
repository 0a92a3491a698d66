import { BroadcastChannel as NodeBroadcastChannel, Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

/** Messages a channel received within `ms`. */
function collect(channel: { onmessage: unknown; close(): void }, ms: number): Promise<unknown[]> {
  const got: unknown[] = [];
  channel.onmessage = (e: { data: unknown }) => got.push(e.data);
  return new Promise((resolve) => setTimeout(() => (channel.close(), resolve(got)), ms));
}

describe('BroadcastChannel in unit tests (test/unit/setup/thread-broadcast.ts)', () => {
  it("another thread's message on Dexie's channel does not reach this file; this file's own contexts still talk", async () => {
    const name = 'x-storagemutated-1';
    const scoped = new BroadcastChannel(name);
    const unscoped = new NodeBroadcastChannel(name);
    const received = Promise.all([collect(scoped, 400), collect(unscoped as never, 400)]);
    // another test file's thread, writing to its database: Dexie posts on the plain channel name
    const other = new Worker(`const { BroadcastChannel } = require('node:worker_threads'); const c = new BroadcastChannel(${JSON.stringify(name)}); c.postMessage('from another file'); c.close();`, { eval: true });
    await new Promise((resolve) => other.once('exit', resolve));
    // a second context of this file (the worker and a page of the same extension)
    const sibling = new BroadcastChannel(name);
    sibling.postMessage('from this file');
    sibling.close();
    const [inScoped, inUnscoped] = await received;
    expect(inUnscoped).toContain('from another file'); // the plain channel does cross threads
    expect(inScoped).toEqual(['from this file']);
  });
});
