import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { handleDeleteAll } = await import('../../../lib/background/data/options-handlers');

describe('Delete all my data', () => {
  it('disconnects HubSpot: the token, the send queue and the remembered answers go', async () => {
    fake.local.set('icpfit:hubspot', { token: 'pat-na1-12345678-aaaa', portalId: 1, connectedAt: 'x', setupDone: true, industryOptions: [] });
    fake.local.set('icpfit:hubspot-queue', { pending: ['a'] });
    fake.local.set('icpfit:hubspot-cache', { 'a.io': {} });
    fake.local.set('icpfit:test-hooks', true); // not ours: stays
    await handleDeleteAll();
    expect([...fake.local.keys()]).toEqual(['icpfit:test-hooks']);
  });
});
