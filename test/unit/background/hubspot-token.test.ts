import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHubSpotFakes } from './hubspot-fakes';
import { IcpDatabase } from '../../../lib/db/database';
import { exportBackup } from '../../../lib/db/backup';
import { seedStore } from '../db/backup-fixtures';

const fake = createHubSpotFakes();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
vi.stubGlobal('fetch', fake.fetch);

const { connect, disconnect } = await import('../../../lib/background/crm/hubspot/hubspot-connect');
const { redact, CONNECTION_KEY } = await import('../../../lib/background/crm/hubspot/hubspot-store');
const { readDiagnostics, log } = await import('../../../lib/background/data/diagnostics');

// The HubSpot token lives in storage.local only: never in a backup, the diagnostics copy or a log.
const TOKEN = 'pat-eu1-0f0f0f0f-1111-2222-3333-444444444444';
let d: IcpDatabase | undefined;
afterEach(async () => void (await d?.delete()));

async function connectIt() {
  fake.on(/^GET \/account-info/, { status: 200, body: { portalId: 9 } });
  fake.on(/groups$/, { status: 201, body: {} });
  for (let i = 0; i < 8; i++) fake.on(/^POST \/crm\/v3\/properties\/companies$/, { status: 201, body: {} });
  fake.on(/industry$/, { status: 500, body: {} });
  expect(await connect(TOKEN)).toEqual({ ok: true, portalId: 9 });
}

describe('the HubSpot token', () => {
  it('is not in a backup of a populated store', async () => {
    await connectIt();
    d = new IcpDatabase('hubspot-token');
    await seedStore(d, 3);
    const text = JSON.stringify(await exportBackup(d, new Date()));
    expect(text.length).toBeGreaterThan(1_000);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('pat-eu1');
  });

  it('is cleaned out of anything logged, shown or copied as diagnostics', async () => {
    await log('error', redact(`fetch failed: Authorization: Bearer ${TOKEN}`, TOKEN));
    await log('error', redact(`server said ${TOKEN.toUpperCase()} and pat-na1-deadbeef-0000`, undefined));
    const copied = JSON.stringify(await readDiagnostics());
    expect(copied).not.toMatch(/pat-[a-z0-9]+-[0-9a-f]{8}/i);
    expect(copied).not.toContain(TOKEN);
    expect(redact(`x ${TOKEN} y`, TOKEN)).toBe('x [token] y');
    // only the connection key holds it, and Disconnect erases it
    expect([...fake.local.keys()].filter((k) => JSON.stringify(fake.local.get(k)).includes(TOKEN))).toEqual([CONNECTION_KEY]);
    fake.local.set('icpfit:hubspot-queue', { pending: ['a'] });
    fake.local.set('icpfit:hubspot-cache', {});
    await disconnect();
    expect(JSON.stringify([...fake.local])).not.toContain(TOKEN);
    expect([...fake.local.keys()].filter((k) => k.startsWith('icpfit:hubspot'))).toEqual([]); // queue and remembered answers too
  });
});
