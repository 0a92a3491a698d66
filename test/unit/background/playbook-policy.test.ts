import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlaybookFakeBrowser, playbookText, startServer } from './playbook-fakes';

const fake = createPlaybookFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
vi.mock('../../../lib/background/accounts/rescore-all', () => ({ rescoreStale: async () => 0 }));
// these tests cover the e2e build too (policy/simulate); test/unit/background/router.test.ts and
// test/e2e/build.spec.ts show a production build has no such hook
vi.mock('../../../lib/background/build-flags', () => ({ E2E_HOOKS: true }));

const { applyPolicy, refreshPolicyWithRetry } = await import('../../../lib/background/playbook/playbook-policy');
const { simulatePolicy } = await import('../../../lib/background/playbook/e2e-hooks');
const { TEST_HOOKS_KEY } = await import('../../../lib/background/playbook/e2e-hook-store');
const { handlePlaybookImport, handlePlaybookStatus, handleSubscribe, handleVersions } = await import('../../../lib/background/playbook/playbook-handlers');
const { db } = await import('../../../lib/db/database');

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const status = () => handlePlaybookStatus();

describe('Chrome enterprise policy', () => {
  beforeEach(async () => {
    // clear, not delete: the key generator keeps counting, as in real use (the active-playbook cache is keyed by seq)
    await Promise.all(db().tables.map((t) => t.clear()));
    fake.local.clear();
    fake.managed.value = {};
  });

  it('activates a policy playbook given as an object or as JSON text, with source "policy", once per text', async () => {
    await applyPolicy({ playbook: JSON.parse(playbookText('p1')) });
    expect(await status()).toMatchObject({ version: 'p1', source: 'policy', locked: false, policy: { present: true, error: null } });
    await applyPolicy({ playbook: JSON.parse(playbookText('p1')) });
    expect(await db().playbooks.count()).toBe(1);
    await applyPolicy({ playbook: playbookText('p2') });
    expect((await status()).version).toBe('p2');
    expect(await db().playbooks.count()).toBe(2);
  });

  it('locked: import, rollback and subscribe are refused; reps still see the status', async () => {
    await handlePlaybookImport({ text: playbookText('mine'), source: 'file' });
    await applyPolicy({ playbook: playbookText('team'), locked: true });
    const s = await status();
    expect([s.version, s.source, s.locked]).toEqual(['team', 'policy', true]);
    expect((await handlePlaybookImport({ text: playbookText('mine2'), source: 'file' })).ok).toBe(false);
    expect(await handleSubscribe({ url: server.url() })).toMatchObject({ ok: false, error: expect.stringMatching(/locked/) });
    // removing the policy unlocks
    await applyPolicy({});
    expect((await status()).locked).toBe(false);
    expect((await handlePlaybookImport({ text: playbookText('mine2'), source: 'file' })).ok).toBe(true);
  });

  it('values of the wrong type give a clear message and keep the last good playbook', async () => {
    await applyPolicy({ playbook: playbookText('good'), locked: true });
    await applyPolicy({ playbook: 42, locked: 'yes' });
    const s = await status();
    expect(s.version).toBe('good');
    expect(s.locked).toBe(true); // a mistyped "locked" does not unlock
    expect(s.policy?.error?.message).toMatch(/policy "playbook" must be a playbook object or its JSON text/);
    expect(s.policy?.error?.message).toMatch(/policy "locked" must be true or false/);
  });

  it('an invalid policy playbook is refused with its problems; the last good one stays', async () => {
    await applyPolicy({ playbook: playbookText('good') });
    await applyPolicy({ playbook: { format: 'icp-fit/playbook@1', name: 'x' } });
    const s = await status();
    expect(s.version).toBe('good');
    expect(s.policy?.error?.message).toMatch(/not a valid playbook \(.*version/);
    // a playbook with many long problems still gives a status the page can parse
    const long = 'x'.repeat(300);
    await applyPolicy({ playbook: { format: 'icp-fit/playbook@1', name: 'x', version: '1', icps: [], [long]: 1, [long + 'y']: 2, [long + 'z']: 3 }, playbookUrl: 'https://example.com/' + long });
    const { protocol } = await import('../../../lib/messaging/protocol');
    expect(protocol['playbook/status'].output.safeParse(await status()).success).toBe(true);
  });

  it('playbookUrl subscribes (managed) and activates the download with source "policy"', async () => {
    server.on((_q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(playbookText('from-url')));
    await applyPolicy({ playbookUrl: server.url(), locked: true });
    const s = await status();
    expect([s.version, s.source]).toEqual(['from-url', 'policy']);
    expect(s.subscription).toMatchObject({ url: server.url(), managed: true });
    const downloads = server.seen.length;
    await applyPolicy({ playbookUrl: server.url(), locked: true }); // the hourly re-read
    expect(server.seen.length).toBe(downloads);
    await applyPolicy({ playbookUrl: server.url('/other.json'), locked: true });
    expect(server.seen.length).toBe(downloads + 1);
    await applyPolicy({});
    expect((await status()).subscription).toBeNull();
  });

  it('re-reads empty managed storage a few times after install (policy arrives late)', async () => {
    setTimeout(() => (fake.managed.value = { playbook: playbookText('late') }), 30);
    const state = await refreshPolicyWithRetry([20, 40, 80]);
    expect(state.present).toBe(true);
    expect((await status()).version).toBe('late');
  });

  it('policy/simulate is refused unless the e2e hook is enabled, and never over a real policy', async () => {
    expect(await simulatePolicy({ locked: true })).toEqual({ ok: false, error: 'policy simulation is not enabled' });
    expect((await status()).locked).toBe(false);
    fake.local.set(TEST_HOOKS_KEY, true);
    expect(await simulatePolicy({ playbook: playbookText('sim'), locked: true })).toEqual({ ok: true });
    expect(await status()).toMatchObject({ version: 'sim', locked: true, policy: { simulated: true } });
    fake.managed.value = { locked: false };
    expect(await simulatePolicy({ locked: true })).toMatchObject({ ok: false, error: expect.stringMatching(/real Chrome policy/) });
    expect((await handleVersions()).versions).toHaveLength(1);
  });
});
