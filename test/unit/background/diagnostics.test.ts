import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { count, log, readDiagnostics, MAX_COUNTERS, MAX_COUNTER_NAME, MAX_ENTRIES, MAX_MESSAGE, OTHER_COUNTER } = await import('../../../lib/background/data/diagnostics');

// The ring buffer lives in storage.session and quotes what pages and servers sent: it is capped.
describe('diagnostics ring buffer', () => {
  beforeEach(() => fake.session.clear());

  it('keeps the newest entries, each message capped', async () => {
    for (let i = 0; i < MAX_ENTRIES + 20; i++) void log('error', `entry ${i}`);
    await log('warn', 'x'.repeat(1_000_000));
    const d = await readDiagnostics();
    expect(d.entries).toHaveLength(MAX_ENTRIES);
    expect(d.entries[0]?.message).toBe('entry 21');
    expect(d.entries.at(-1)?.message).toHaveLength(MAX_MESSAGE);
  });

  it('caps counter names and their number; "__proto__" is just a name', async () => {
    await count('x'.repeat(10_000));
    await count('__proto__');
    for (let i = 0; i < MAX_COUNTERS * 3; i++) void count(`rejected:page-${i}`);
    await count('rejected:page-9999');
    const { counters } = await readDiagnostics();
    expect(Object.keys(counters).length).toBeLessThanOrEqual(MAX_COUNTERS + 1);
    expect(Object.keys(counters).every((k) => k.length <= MAX_COUNTER_NAME)).toBe(true);
    expect(counters['x'.repeat(MAX_COUNTER_NAME)]).toBe(1);
    expect(Object.hasOwn(counters, '__proto__') && counters['__proto__']).toBe(1);
    expect(counters[OTHER_COUNTER]).toBeGreaterThan(MAX_COUNTERS);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
