import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: () => Promise.resolve() } } }));

const { checkCrmSubscription, checkCrmSubscriptionIfDue, getCrmSubscription, setCrmSubscription } = await import('../../../lib/background/crm/crm-subscription');
const { applyCrmUrl } = await import('../../../lib/background/crm/crm-policy');
const { handleCrmClear, handleCrmSubscribe, handleCrmUnsubscribe } = await import('../../../lib/background/crm/crm-handlers');
const { crmViewFor } = await import('../../../lib/background/crm/crm-service');
const { loadCrmSnapshot } = await import('../../../lib/db/crm-store');
const { db } = await import('../../../lib/db/database');

// Issue 19: the CRM list from a URL, re-checked with ETag / If-None-Match, and from the Chrome policy.
const V1 = 'Company name,Company Domain Name,Company owner,Lifecycle Stage\nAcme,acme.io,Dana Lee,Customer\nGlobex,globex.com,Sam Roe,Lead';
const V2 = `${V1}\nInitech,initech.com,Kim Park,Opportunity`;
const URL1 = 'https://crm.example/companies.csv';

/** A server stand-in: records each request's If-None-Match, answers 304 when it matches. */
function server(files: Record<string, { etag: string; body: string; type?: string }>) {
  const calls: { url: string; ifNoneMatch: string | null }[] = [];
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const ifNoneMatch = new Headers(init?.headers).get('if-none-match');
    calls.push({ url, ifNoneMatch });
    const f = files[url];
    if (!f) return new Response('gone', { status: 404 });
    if (ifNoneMatch === f.etag) return new Response(null, { status: 304 });
    return new Response(f.body, { status: 200, headers: { etag: f.etag, 'content-type': f.type ?? 'text/csv' } });
  }) as typeof fetch;
  return { calls, fetchImpl, files };
}

beforeEach(async () => {
  await db().delete();
  await db().open();
  await handleCrmClear();
});

describe('the CRM list from a URL', () => {
  it('downloads, then asks with If-None-Match: a 304 keeps the list, a new file replaces it', async () => {
    const s = server({ [URL1]: { etag: '"v1"', body: V1 } });
    expect(await setCrmSubscription(URL1, false)).toMatchObject({ ok: true });
    expect(await checkCrmSubscription(true, s.fetchImpl)).toEqual({ outcome: 'changed', message: '2 companies' });
    expect(await crmViewFor({ keys: ['domain:acme.io'] })).toMatchObject({ matched: true, owner: 'Dana Lee', stage: 'Customer' });
    expect((await loadCrmSnapshot())?.source).toBe(URL1);
    expect(await checkCrmSubscription(true, s.fetchImpl)).toEqual({ outcome: 'unchanged' });
    expect(s.calls.map((c) => c.ifNoneMatch)).toEqual([null, '"v1"']);
    s.files[URL1] = { etag: '"v2"', body: V2 };
    expect(await checkCrmSubscription(true, s.fetchImpl)).toEqual({ outcome: 'changed', message: '3 companies' });
    expect(await crmViewFor({ keys: ['domain:initech.com'] })).toMatchObject({ matched: true, stage: 'Opportunity' });
  });

  it('the alarm checks only once the interval has passed', async () => {
    const s = server({ [URL1]: { etag: '"v1"', body: V1 } });
    await setCrmSubscription(URL1, false);
    await checkCrmSubscription(true, s.fetchImpl);
    expect(await checkCrmSubscriptionIfDue()).toEqual({ outcome: 'unchanged' });
    expect(s.calls).toHaveLength(1);
  });

  it('a broken answer keeps the list in use and says why', async () => {
    const s = server({ [URL1]: { etag: '"v1"', body: V1 } });
    await setCrmSubscription(URL1, false);
    await checkCrmSubscription(true, s.fetchImpl);
    for (const [file, why] of [
      [{ etag: '"h"', body: '<html>Sign in</html>', type: 'text/html' }, /HTML/],
      [{ etag: '"e"', body: 'Stage,Amount\nCustomer,5' }, /no column to match companies by/],
      [{ etag: '"n"', body: 'Company name\n' }, /header but no rows/],
    ] as const) {
      s.files[URL1] = file;
      expect(await checkCrmSubscription(true, s.fetchImpl)).toMatchObject({ outcome: 'failed', message: expect.stringMatching(why) });
      expect((await loadCrmSnapshot())?.rows).toHaveLength(2);
      expect((await getCrmSubscription())?.lastError?.message).toMatch(why);
    }
  });

  it('refuses a URL that is not https (loopback aside) or carries a password', async () => {
    expect(await setCrmSubscription('http://crm.example/c.csv', false)).toMatchObject({ ok: false, error: expect.stringMatching(/https/) });
    expect(await setCrmSubscription('https://u:p@crm.example/c.csv', false)).toMatchObject({ ok: false });
    expect(await getCrmSubscription()).toBeNull();
  });

  it('the policy URL replaces the rep\'s, cannot be changed or removed here, and goes with the policy', async () => {
    const s = server({ [URL1]: { etag: '"v1"', body: V1 } });
    await setCrmSubscription('https://mine.example/c.csv', false);
    const problems: string[] = [];
    // applyCrmUrl downloads with the real fetch: point it at the stand-in
    vi.stubGlobal('fetch', s.fetchImpl);
    try {
      await applyCrmUrl(URL1, problems);
      expect(problems).toEqual([]);
      expect(await getCrmSubscription()).toMatchObject({ url: URL1, managed: true });
      expect((await loadCrmSnapshot())?.rows).toHaveLength(2);
      expect(await handleCrmUnsubscribe()).toMatchObject({ ok: false, error: expect.stringMatching(/administrator/) });
      expect(await handleCrmSubscribe({ url: 'https://other.example/c.csv' })).toMatchObject({ ok: false });
      // the hourly policy re-read of the same URL does not download again
      await applyCrmUrl(URL1, problems);
      expect(s.calls).toHaveLength(1);
      await applyCrmUrl(undefined, problems);
      expect(await getCrmSubscription()).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
