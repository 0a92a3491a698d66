import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlaybookFakeBrowser, playbookText, startServer } from './playbook-fakes';

const fake = createPlaybookFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
vi.mock('../../../lib/background/accounts/rescore-all', () => ({ rescoreStale: async () => 0 }));

const { handleSubscribe, handleCheckNow, handlePlaybookStatus, handleVersions } = await import('../../../lib/background/playbook/playbook-handlers');
const { downloadPlaybook, urlProblem } = await import('../../../lib/background/playbook/playbook-download');
const { checkSubscription } = await import('../../../lib/background/playbook/playbook-subscription');
const { db } = await import('../../../lib/db/database');

let server: Awaited<ReturnType<typeof startServer>>;
let body = playbookText('1');
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

/** Serves `body` with an ETag; answers 304 to a matching If-None-Match. */
function serveWithEtag() {
  server.on((req, res) => {
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/json', etag }).end(body);
  });
}

describe('urlProblem', () => {
  it.each([
    ['https://example.com/p.json', null],
    ['http://127.0.0.1:8080/p.json', null],
    ['http://localhost/p.json', null],
    ['http://example.com/p.json', /https/],
    ['ftp://example.com/p.json', /https/],
    ['https://user:pw@example.com/p.json', /password/],
    ['not a url', /not a valid URL/],
  ])('%s', (url, expected) => {
    const p = urlProblem(url);
    if (expected === null) expect(p).toBeNull();
    else expect(p).toMatch(expected);
  });
});

describe('a URL subscription', () => {
  beforeEach(async () => {
    // clear, not delete: the key generator keeps counting, as in real use (the active-playbook cache is keyed by seq)
    await Promise.all(db().tables.map((t) => t.clear()));
    body = playbookText('1');
    serveWithEtag();
    server.seen.length = 0;
  });

  it('activates the playbook at once, sends If-None-Match next time, and a 304 changes nothing', async () => {
    const r = await handleSubscribe({ url: server.url() });
    expect(r.ok).toBe(true);
    let s = await handlePlaybookStatus();
    expect([s.version, s.source]).toEqual(['1', 'url']);
    expect(s.subscription?.lastChanged).toBeTypeOf('number');
    expect(s.subscription?.intervalHours).toBe(6);
    expect(await handleCheckNow()).toEqual({ outcome: 'unchanged' });
    expect(server.seen.at(-1)?.['if-none-match']).toMatch(/^"/);
    body = playbookText('2');
    expect(await handleCheckNow()).toMatchObject({ outcome: 'changed' });
    s = await handlePlaybookStatus();
    expect(s.version).toBe('2');
    expect((await handleVersions()).versions.map((v) => v.version)).toEqual(['2', '1']);
  });

  it('the same text served again without validators is not a new version', async () => {
    server.on((_q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
    await handleSubscribe({ url: server.url() });
    expect(await handleCheckNow()).toEqual({ outcome: 'unchanged' });
    expect(await db().playbooks.count()).toBe(1);
  });

  it('does not re-download before the interval has passed, unless forced', async () => {
    await handleSubscribe({ url: server.url() });
    const n = server.seen.length;
    expect(await checkSubscription(false)).toEqual({ outcome: 'unchanged' });
    expect(server.seen.length).toBe(n);
  });

  const failures: [string, (res: import('node:http').ServerResponse) => void, RegExp][] = [
    ['a 404', (res) => res.writeHead(404).end('nope'), /404/],
    ['a 500', (res) => res.writeHead(500).end(), /500/],
    ['an HTML page', (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>'), /HTML/],
    ['HTML without a content type', (res) => res.writeHead(200).end('  <!doctype html><p>hi'), /HTML/],
    ['an invalid playbook', (res) => res.writeHead(200).end(JSON.stringify({ format: 'icp-fit/playbook@1', name: 'x' })), /not a valid playbook: .*version/],
    ['broken JSON', (res) => res.writeHead(200).end('{"format":'), /not valid JSON/],
    ['a file over 1 MB', (res) => res.writeHead(200).end('{"x":"' + 'a'.repeat(1_100_000) + '"}'), /larger than 1 MB/],
    ['a chunked file over 1 MB', (res) => {
      res.writeHead(200);
      for (let i = 0; i < 12; i++) res.write('a'.repeat(100_000));
      res.end();
    }, /larger than 1 MB/],
  ];
  it.each(failures)('%s keeps the last good version and records when and why', async (_, answer, why) => {
    await handleSubscribe({ url: server.url() });
    server.on((_q, res) => answer(res));
    const before = Date.now();
    const r = await handleCheckNow();
    expect(r.outcome).toBe('failed');
    expect(r.message).toMatch(why);
    const s = await handlePlaybookStatus();
    expect(s.version).toBe('1');
    expect(s.subscription?.lastError?.message).toMatch(why);
    expect(s.subscription?.lastError?.at).toBeGreaterThanOrEqual(before);
    expect(s.subscription?.lastChanged).toBeLessThan(s.subscription!.lastError!.at + 1);
  });

  it('a later good download clears the error', async () => {
    await handleSubscribe({ url: server.url() });
    server.on((_q, res) => res.writeHead(500).end());
    await handleCheckNow();
    body = playbookText('3');
    serveWithEtag();
    expect((await handleCheckNow()).outcome).toBe('changed');
    expect((await handlePlaybookStatus()).subscription?.lastError).toBeNull();
  });

  it('a pinned SHA-256 refuses any other file', async () => {
    const pin = createHash('sha256').update(body).digest('hex');
    expect((await handleSubscribe({ url: server.url(), sha256: pin })).ok).toBe(true);
    expect((await handlePlaybookStatus()).version).toBe('1');
    body = playbookText('2');
    const r = await handleCheckNow();
    expect(r).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/SHA-256/) });
    expect((await handlePlaybookStatus()).version).toBe('1');
  });

  it('refuses plain http to another host', async () => {
    expect(await handleSubscribe({ url: 'http://example.com/p.json' })).toMatchObject({ ok: false, error: expect.stringMatching(/https/) });
    expect(await db().settings.count()).toBe(0);
  });
});

describe('downloadPlaybook', () => {
  it('gives up after the timeout', async () => {
    server.on(() => undefined); // never answers
    const r = await downloadPlaybook(server.url(), {}, fetch, 200);
    expect(r).toEqual({ status: 'error', message: 'no answer within 0 s' });
  });

  it('refuses a redirect to plain http on another host, and follows none of its hops', async () => {
    let hops = 0;
    server.on((req, res) => (req.url === '/p.json' ? res.writeHead(302, { location: 'http://evil.example/p.json' }).end() : (hops++, res.end(playbookText('2')))));
    const r = await downloadPlaybook(server.url('/p.json'), {});
    expect(r).toMatchObject({ status: 'error', message: expect.stringMatching(/redirects to http:\/\/evil.example/) });
    expect(hops).toBe(0);
  });

  it('refuses even an https-to-https redirect: no hop can be checked, so none is followed', async () => {
    let hops = 0;
    server.on((req, res) => (req.url === '/old.json' ? res.writeHead(301, { location: server.url('/new.json') }).end() : (hops++, res.end(playbookText('2')))));
    const r = await downloadPlaybook(server.url('/old.json'), {});
    expect(r).toMatchObject({ status: 'error', message: expect.stringMatching(/redirects to http:\/\/127\.0\.0\.1:\d+\/new\.json: ICP Fit follows no redirect/) });
    expect(hops).toBe(0);
  });

  it('refuses the opaque redirect Chrome gives an extension (no Location to check)', async () => {
    const asked: RequestInit[] = [];
    const chromeLike = (async (_u: string, init: RequestInit) => (asked.push(init), { type: 'opaqueredirect', status: 0, ok: false, redirected: false, url: 'https://example.com/p.json', headers: new Headers() }) as Response) as typeof fetch;
    const r = await downloadPlaybook('https://example.com/p.json', {}, chromeLike);
    expect(r).toEqual({ status: 'error', message: expect.stringMatching(/^the server redirects: ICP Fit follows no redirect/) });
    expect(asked[0]).toMatchObject({ redirect: 'manual', credentials: 'omit' });
  });

  it('drops an absurdly long ETag instead of storing it', async () => {
    server.on((_q, res) => res.writeHead(200, { etag: '"' + 'e'.repeat(600) + '"' }).end(playbookText('1')));
    expect(await downloadPlaybook(server.url(), {})).toMatchObject({ status: 'ok', etag: undefined });
  });

  it('sends If-Modified-Since when the server gave Last-Modified', async () => {
    server.on((req, res) => (req.headers['if-modified-since'] ? res.writeHead(304).end() : res.writeHead(200, { 'last-modified': 'Mon, 23 Nov 2026 10:00:00 GMT' }).end(playbookText('1'))));
    const first = await downloadPlaybook(server.url(), {});
    expect(first).toMatchObject({ status: 'ok', lastModified: 'Mon, 23 Nov 2026 10:00:00 GMT' });
    expect(await downloadPlaybook(server.url(), { lastModified: (first as { lastModified: string }).lastModified })).toEqual({ status: 'unchanged' });
  });
});
