import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

// Storing an observation does not wait behind the tab's "…" message (issue 17: observation →
// badge), yet the badge still comes after the write, and one tab's reads are stored in order.
const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
/** gates the next active-playbook calls (the store's first step) wait on, one per call (none: no wait) */
const gates: Promise<void>[] = [];
vi.mock('../../../lib/background/playbook/playbook-service', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/background/playbook/playbook-service')>();
  return {
    ...real,
    getActivePlaybook: async () => (await gates.shift(), real.getActivePlaybook()),
    activePlaybookNow: async () => (await gates.shift(), real.activePlaybookNow()),
  };
});

const { handleObserved, handleReading } = await import('../../../lib/background/accounts/observe');
const { getTabState } = await import('../../../lib/background/tabs/tab-state');
const { withTabLock } = await import('../../../lib/background/tabs/tab-state');
const { db } = await import('../../../lib/db/database');

const sender = (tabId: number) => ({ id: 'test-extension', tab: { id: tabId }, url: 'https://www.linkedin.com/company/acme/' }) as never;
const ev = (text: string) => ({ source: 'linkedin-company' as const, url: 'u', text });
const observation = (size: { min: number; max: number }) => ({
  pageType: 'linkedin-company' as const,
  url: 'https://www.linkedin.com/company/acme/',
  facts: {
    name: { value: 'Acme', evidence: ev('Acme') },
    employeeRange: { value: size, evidence: ev(`${size.min}-${size.max} employees`) },
  },
  missing: [],
});
const opened = () => {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  return { gate, open };
};
const until = async (ok: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 5));
};

beforeEach(async () => {
  fake.session.clear();
  fake.badges.clear();
  await db().delete();
  await db().open();
});

describe('storing an observation and showing it', () => {
  it('is stored while the tab lock is held (the "…" message), and badged only once the lock is free', async () => {
    const held = opened();
    void withTabLock(7, () => held.gate);
    const done = handleObserved({ id: 'obs-order-0001', sentAt: 2, observation: observation({ min: 51, max: 200 }), recognised: true }, sender(7));
    await until(async () => (await db().observations.count()) === 1);
    expect(await db().observations.count()).toBe(1);
    expect(fake.badges.get(7)).toBeUndefined();
    held.open();
    expect((await done).stored).toBe(true);
    expect(fake.badges.get(7)?.title).toContain('Acme');
  });

  it("one tab's reads are stored in the order they came: the newer read's facts stay", async () => {
    const slow = opened();
    gates.push(slow.gate); // the first read's storing is held up before its transaction starts
    const first = handleObserved({ id: 'obs-order-0002', sentAt: 1, observation: observation({ min: 11, max: 50 }), recognised: true }, sender(8));
    const second = handleObserved({ id: 'obs-order-0003', sentAt: 2, observation: observation({ min: 201, max: 500 }), recognised: true }, sender(8));
    await new Promise((r) => setTimeout(r, 20));
    slow.open();
    await Promise.all([first, second]);
    const [account] = await db().accounts.toArray();
    expect(account?.facts.employeeRange?.value).toEqual({ min: 201, max: 500 });
  });

  it('a "…" delivered late, after its own read landed (a retry after a stopped worker), leaves the badge alone', async () => {
    // stamped in the same millisecond: what the fault burst caught on CI (a tab stuck "reading")
    await handleObserved({ id: 'obs-order-0004', sentAt: 5, observation: observation({ min: 51, max: 200 }), recognised: true }, sender(9));
    await handleReading({ url: 'https://www.linkedin.com/company/acme/', sentAt: 5 }, sender(9));
    await handleReading({ url: 'https://www.linkedin.com/company/acme/', sentAt: 4 }, sender(9));
    expect(fake.badges.get(9)?.title).toContain('Acme');
    expect((await getTabState(9))?.status).toBe('ready');
    // a "…" for a later read still shows
    await handleReading({ url: 'https://www.linkedin.com/company/acme/', sentAt: 6 }, sender(9));
    expect((await getTabState(9))?.status).toBe('reading');
  });
});
