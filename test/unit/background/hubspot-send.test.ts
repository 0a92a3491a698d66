import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHubSpotFakes } from './hubspot-fakes';
import type { SendSubject } from '../../../lib/background/crm/hubspot/hubspot-accounts';

const fake = createHubSpotFakes();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
vi.stubGlobal('fetch', fake.fetch);
let stored: SendSubject[] = [];
vi.mock('../../../lib/background/crm/hubspot/hubspot-accounts', () => ({ subjectsFor: async (ids: string[]) => stored.filter((s) => ids.includes(s.accountId)) }));

const { connect } = await import('../../../lib/background/crm/hubspot/hubspot-connect');
const { sendChunk } = await import('../../../lib/background/crm/hubspot/hubspot-send');
const { loadConnection, CONNECTION_KEY } = await import('../../../lib/background/crm/hubspot/hubspot-store');
const { queueAccounts, runQueue } = await import('../../../lib/background/crm/hubspot/hubspot-queue');
const { loadQueue } = await import('../../../lib/background/crm/hubspot/hubspot-queue-store');
const { readDiagnostics } = await import('../../../lib/background/data/diagnostics');

const TOKEN = 'pat-na1-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const subject = (accountId: string, domain?: string): SendSubject => ({ accountId, account: { name: accountId, domain, facts: {}, playbookVersion: '1', scoredAt: '2026-12-06' } });
const rec = (id: string, domain: string) => ({ id, properties: { domain } });

async function connected() {
  fake.on(/^GET \/account-info/, { status: 200, body: { portalId: 77, uiDomain: 'app.hubspot.com' } });
  fake.on(/^POST \/crm\/v3\/properties\/companies\/groups$/, { status: 409, body: { status: 'error', message: 'exists', category: 'OBJECT_ALREADY_EXISTS' } });
  for (let i = 0; i < 8; i++) fake.on(/^POST \/crm\/v3\/properties\/companies$/, { status: 201, body: {} });
  fake.on(/^GET \/crm\/v3\/properties\/companies\/industry$/, { status: 200, body: { options: [] } });
  expect(await connect(TOKEN)).toEqual({ ok: true, portalId: 77 });
  return (await loadConnection())!;
}

beforeEach(() => {
  fake.local.clear();
  fake.session.clear();
  fake.alarms.clear();
  fake.calls.length = 0;
  fake.script.length = 0;
  stored = [];
});

describe('connect', () => {
  it('checks the token, creates the group (409: already there) and the 8 properties, then stores the connection', async () => {
    await connected();
    expect(fake.calls.map((c) => `${c.method} ${c.path}`).slice(0, 3)).toEqual(['GET /account-info/v3/details', 'POST /crm/v3/properties/companies/groups', 'POST /crm/v3/properties/companies']);
    expect(fake.calls.every((c) => c.auth === `Bearer ${TOKEN}`)).toBe(true);
    expect(fake.local.get(CONNECTION_KEY)).toMatchObject({ token: TOKEN, portalId: 77, setupDone: true });
  });

  it('stores nothing when HubSpot refuses the token or a scope is missing', async () => {
    fake.on(/^GET \/account-info/, { status: 401, body: { status: 'error', message: 'bad', category: 'INVALID_AUTHENTICATION' } });
    expect(await connect(TOKEN)).toMatchObject({ ok: false, error: expect.stringContaining('invalid or expired') });
    fake.on(/^GET \/account-info/, { status: 200, body: { portalId: 77 } });
    fake.on(/groups$/, { status: 403, body: { status: 'error', message: 'scopes', category: 'MISSING_SCOPES' } });
    expect(await connect(TOKEN)).toMatchObject({ ok: false, error: expect.stringContaining('crm.schemas.companies.write') });
    expect(fake.local.has(CONNECTION_KEY)).toBe(false);
    expect(await connect('not a token')).toMatchObject({ ok: false });
  });
});

describe('sending', () => {
  it('one company: searched by domain, created when HubSpot has none, updated (PATCH) when it has', async () => {
    const conn = await connected();
    fake.on(/search$/, { status: 200, body: { total: 0, results: [] } });
    fake.on(/^POST \/crm\/v3\/objects\/companies$/, { status: 201, body: rec('501', 'acme.io') });
    expect(await sendChunk([subject('a', 'Acme.io')], conn)).toEqual({ ok: true, outcomes: [{ accountId: 'a', action: 'created', id: '501', url: 'https://app.hubspot.com/contacts/77/record/0-2/501' }] });
    const search = fake.calls.find((c) => c.path.endsWith('/search'))!.body as { filterGroups: { filters: { value: string }[] }[] };
    expect(search.filterGroups[0]!.filters[0]!.value).toBe('acme.io');
    fake.on(/search$/, { status: 200, body: { total: 2, results: [rec('900', 'acme.io'), rec('501', 'acme.io')] } });
    fake.on(/^PATCH \/crm\/v3\/objects\/companies\/501$/, { status: 200, body: rec('501', 'acme.io') });
    expect(await sendChunk([subject('a', 'acme.io')], conn)).toMatchObject({ ok: true, outcomes: [{ action: 'updated', id: '501' }] }); // the oldest of two
  });

  it('several: no domain is skipped, the rest go through batch/update and batch/create', async () => {
    const conn = await connected();
    fake.on(/search$/, { status: 200, body: { total: 1, results: [rec('10', 'old.io')] } });
    fake.on(/batch\/update$/, { status: 200, body: { status: 'COMPLETE', results: [rec('10', 'old.io')] } });
    fake.on(/batch\/create$/, { status: 207, body: { status: 'COMPLETE', results: [rec('11', 'new.io')], errors: [{ message: 'Property values were not valid', category: 'VALIDATION_ERROR' }] } });
    const r = await sendChunk([subject('nodomain'), subject('old', 'old.io'), subject('new', 'new.io'), subject('bad', 'bad.io')], conn);
    expect(r.ok && r.outcomes.map((o) => [o.accountId, o.action])).toEqual([['nodomain', 'skipped'], ['old', 'updated'], ['new', 'created'], ['bad', 'failed']]);
    expect((fake.calls.find((c) => c.path.endsWith('batch/update'))!.body as { inputs: unknown[] }).inputs).toEqual([{ id: '10', properties: { name: 'old', domain: 'old.io', icp_fit_playbook_version: '1', icp_fit_scored_at: '2026-12-06' } }]);
  });

  it('reads every page of the search before deciding to create (a company on page 2 is updated, not duplicated)', async () => {
    const conn = await connected();
    fake.on(/search$/, { status: 200, body: { total: 101, results: [rec('1', 'x.io')], paging: { next: { after: 'p2' } } } });
    fake.on(/search$/, { status: 200, body: { total: 101, results: [rec('2', 'b.io')] } });
    fake.on(/batch\/update$/, { status: 200, body: { status: 'COMPLETE', results: [rec('2', 'b.io')] } });
    fake.on(/batch\/create$/, { status: 201, body: { status: 'COMPLETE', results: [rec('3', 'a.io')] } });
    const r = await sendChunk([subject('a', 'a.io'), subject('b', 'b.io')], conn);
    expect(r.ok && r.outcomes.map((o) => [o.accountId, o.action])).toEqual([['b', 'updated'], ['a', 'created']]);
    const searches = fake.calls.filter((c) => c.path.endsWith('/search')).map((c) => (c.body as { after?: string }).after);
    expect(searches).toEqual([undefined, 'p2']);
  });

  it('waits out a short 429 (Retry-After) and goes on', async () => {
    const conn = await connected();
    fake.on(/search$/, { status: 429, body: { status: 'error', message: 'limit', policyName: 'SECONDLY' }, headers: { 'retry-after': '0' } });
    fake.on(/search$/, { status: 200, body: { total: 0, results: [] } });
    fake.on(/^POST \/crm\/v3\/objects\/companies$/, { status: 201, body: rec('5', 'a.io') });
    expect(await sendChunk([subject('a', 'a.io')], conn)).toMatchObject({ ok: true, outcomes: [{ action: 'created' }] });
  });

  it('refuses an answer too large or not JSON, without throwing', async () => {
    const conn = await connected();
    fake.on(/search$/, { status: 200, body: 'x'.repeat(2_000_001) });
    expect(await sendChunk([subject('a', 'a.io')], conn)).toMatchObject({ ok: false, problem: { kind: 'server', message: expect.stringContaining('too large') } });
    fake.on(/search$/, { status: 200, body: '<html>' });
    expect(await sendChunk([subject('a', 'a.io')], conn)).toMatchObject({ ok: false, problem: { message: expect.stringContaining('not JSON') } });
  });
});

describe('the queue and the token', () => {
  it('a dropped network keeps the accounts queued, schedules the alarm, and logs without the token', async () => {
    await connected();
    stored = [subject('a', 'a.io')];
    fake.on(/search$/, new TypeError(`Failed to fetch Bearer ${TOKEN}`));
    await queueAccounts(['a']);
    await runQueue();
    const q = await loadQueue();
    expect(q.pending).toEqual(['a']);
    expect(q.problem).toContain('could not be reached');
    expect(fake.alarms.get('hubspot-queue')?.when).toBeGreaterThan(Date.now());
    // back online: the alarm's run sends it
    fake.on(/search$/, { status: 200, body: { total: 0, results: [] } });
    fake.on(/^POST \/crm\/v3\/objects\/companies$/, { status: 201, body: rec('5', 'a.io') });
    await runQueue();
    expect(await loadQueue()).toMatchObject({ pending: [], counts: { created: 1, updated: 0, skipped: 0, failed: 0 }, problem: null });
    expect(JSON.stringify(await readDiagnostics())).not.toContain(TOKEN);
    expect(JSON.stringify(await readDiagnostics())).toContain('HubSpot send stopped');
  });

  it('a server that echoes the token in its error: the message shown and logged has it blanked', async () => {
    const conn = await connected();
    fake.on(/search$/, { status: 500, body: { status: 'error', message: `token ${TOKEN} is weird`, category: 'INTERNAL' } });
    const r = await sendChunk([subject('a', 'a.io')], conn);
    expect(JSON.stringify(r)).not.toContain(TOKEN);
    expect(JSON.stringify(r)).toContain('[token]');
    // nothing but the connection key holds it
    const holders = [...fake.local].filter(([, v]) => JSON.stringify(v).includes(TOKEN)).map(([k]) => k);
    expect(holders).toEqual([CONNECTION_KEY]);
  });
});
