import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlaybookFakeBrowser, playbookText, startServer } from './playbook-fakes';

const fake = createPlaybookFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
vi.mock('../../../lib/background/accounts/rescore-all', () => ({ rescoreStale: async () => 0 }));

const { handleSubscribe, handleCheckNow, handleOlderVersion, handlePlaybookImport, handlePlaybookStatus } = await import('../../../lib/background/playbook/playbook-handlers');
const { applyPolicy } = await import('../../../lib/background/playbook/playbook-policy');
const { db } = await import('../../../lib/db/database');

// Issue 15: a subscribed URL that goes back to an older version is not activated until someone
// who may change the playbook says "use it".
let server: Awaited<ReturnType<typeof startServer>>;
let body = playbookText('2026.4');
beforeAll(async () => {
  server = await startServer();
  server.on((_q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
});
afterAll(() => server.close());

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const status = () => handlePlaybookStatus();

describe('a URL that now serves an older version', () => {
  beforeEach(async () => {
    await Promise.all(db().tables.map((t) => t.clear()));
    fake.managed.value = {};
    body = playbookText('2026.4');
    await handleSubscribe({ url: server.url() });
    expect((await status()).version).toBe('2026.4');
  });

  it('is not activated; the Playbook tab is told which version and which is in use', async () => {
    body = playbookText('2026.3');
    expect(await handleCheckNow()).toEqual({ outcome: 'older', message: 'the URL now serves an older version 2026.3 (you have 2026.4)' });
    const s = await status();
    expect(s.version).toBe('2026.4');
    expect(s.subscription?.olderVersion).toMatchObject({ version: '2026.3', current: '2026.4', sha256: sha(body) });
    expect(await db().playbooks.count()).toBe(1);
  });

  it('"use it" activates exactly the file that was shown', async () => {
    body = playbookText('2026.3');
    await handleCheckNow();
    expect(await handleOlderVersion({ sha256: sha(body), use: true })).toEqual({ ok: true, version: '2026.3' });
    const s = await status();
    expect([s.version, s.source, s.subscription?.olderVersion]).toEqual(['2026.3', 'url', undefined]);
    expect(await handleCheckNow()).toEqual({ outcome: 'unchanged' });
  });

  it('"use it" refuses when the file changed again in between', async () => {
    body = playbookText('2026.3');
    await handleCheckNow();
    const shown = sha(body);
    body = playbookText('2026.2');
    expect(await handleOlderVersion({ sha256: shown, use: true })).toMatchObject({ ok: false, error: expect.stringMatching(/changed in the meantime/) });
    expect((await status()).version).toBe('2026.4');
  });

  it('"keep mine" is remembered for that file; a different older file is asked about again', async () => {
    body = playbookText('2026.3');
    await handleCheckNow();
    expect(await handleOlderVersion({ sha256: sha(body), use: false })).toEqual({ ok: true });
    expect((await status()).subscription?.olderVersion).toBeUndefined();
    expect(await handleCheckNow()).toEqual({ outcome: 'unchanged' });
    body = playbookText('2026.2');
    expect((await handleCheckNow()).outcome).toBe('older');
    expect((await status()).version).toBe('2026.4');
  });

  it('a newer or same-label file is activated as before, and clears the question', async () => {
    body = playbookText('2026.3');
    await handleCheckNow();
    body = playbookText('2026.4', 50); // same label, changed content
    expect((await handleCheckNow()).outcome).toBe('changed');
    expect((await status()).subscription?.olderVersion).toBeUndefined();
    body = playbookText('2026.10');
    expect((await handleCheckNow()).outcome).toBe('changed');
    expect((await status()).version).toBe('2026.10');
  });

  it('another playbook (another name) is not "older"', async () => {
    body = JSON.stringify({ ...JSON.parse(playbookText('1')), name: 'Another team' });
    expect((await handleCheckNow()).outcome).toBe('changed');
  });

  it('an older file the subscription pins by SHA-256 was chosen in advance: activated', async () => {
    body = playbookText('2026.1');
    expect((await handleSubscribe({ url: server.url(), sha256: sha(body) })).ok).toBe(true);
    expect((await status()).version).toBe('2026.1');
  });

  it('also holds against a file imported by hand, and the question cannot be answered while locked', async () => {
    await handlePlaybookImport({ text: playbookText('2027.1'), source: 'file' });
    body = playbookText('2026.5');
    expect(await handleCheckNow()).toMatchObject({ outcome: 'older', message: expect.stringContaining('(you have 2027.1)') });
    await applyPolicy({ locked: true });
    expect(await handleOlderVersion({ sha256: sha(body), use: true })).toMatchObject({ ok: false, error: expect.stringMatching(/locked/) });
    expect((await status()).version).toBe('2027.1');
  });

  it('an answer about a file no longer waiting is refused', async () => {
    expect(await handleOlderVersion({ sha256: sha('x'), use: true })).toMatchObject({ ok: false, error: expect.stringMatching(/no longer waiting/) });
  });
});
