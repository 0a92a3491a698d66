import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { handleDeleteAll } = await import('../../../lib/background/data/options-handlers');
const { handleCrmImport, handleCrmStatus } = await import('../../../lib/background/crm/crm-handlers');
const { crmViewFor } = await import('../../../lib/background/crm/crm-service');

describe('Delete all my data', () => {
  it('removes the imported CRM list too', async () => {
    await handleCrmImport({ text: 'Company name,Company Domain Name\nAcme,acme.io\n', fileName: 'crm.csv', mapping: { name: 0, domain: 1 } });
    expect(await crmViewFor({ keys: ['domain:acme.io'] })).toMatchObject({ matched: true });
    await handleDeleteAll();
    expect(await handleCrmStatus()).toEqual({ snapshot: null, subscription: null });
    expect(await crmViewFor({ keys: ['domain:acme.io'] })).toBeUndefined();
  });
});
