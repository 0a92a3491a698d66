import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
const { handleAccountsTable } = await import('../../../lib/background/accounts/accounts-table');
const { handleCrmImport, handleCrmClear } = await import('../../../lib/background/crm/crm-handlers');
const { db } = await import('../../../lib/db/database');
const { toTableRow } = await import('../../../hooks/use-accounts-table');
const { withCrmTitle } = await import('../../../lib/background/crm/crm-service');

const account = (id: string, name: string, domain?: string) => ({ id, keys: [id], name, domain, facts: {}, firstSeenAt: 0, lastSeenAt: 1 });

describe('accounts table: the CRM column', () => {
  it('says In CRM or Not in CRM per row once a list is imported, nothing before', async () => {
    await db().accounts.bulkPut([account('domain:acme.io', 'Acme', 'acme.io'), account('domain:tiny.example', 'Tiny')]);
    const before = await handleAccountsTable({ sort: 'name', offset: 0, limit: 50 });
    expect(before.rows.map((r) => r.crm)).toEqual([undefined, undefined]);

    await handleCrmImport({ text: 'Company name,Company Domain Name,Company owner,Lifecycle Stage\nAcme,acme.io,Dana Lee,Customer\n', fileName: 'crm.csv', mapping: { name: 0, domain: 1, owner: 2, stage: 3 } });
    const after = await handleAccountsTable({ sort: 'name', offset: 0, limit: 50 });
    expect(after.rows.map((r) => toTableRow(r).crm)).toEqual(['In CRM · Customer · owner Dana Lee', 'Not in CRM']);
    await handleCrmClear();
  });

  it('the badge title of a scored tab says it too; nothing is added without a list or a tier', async () => {
    await db().accounts.bulkPut([account('domain:acme.io', 'Acme', 'acme.io'), account('domain:tiny.example', 'Tiny')]);
    const badge = { text: 'A', colour: '#000', title: 'ICP Fit — Acme: SaaS · tier A' };
    expect(await withCrmTitle(badge, 'domain:acme.io')).toEqual(badge);
    await handleCrmImport({ text: 'Company name,Company Domain Name,Company owner,Lifecycle Stage\nAcme,acme.io,Dana Lee,Customer\n', fileName: 'crm.csv', mapping: { name: 0, domain: 1, owner: 2, stage: 3 } });
    expect((await withCrmTitle(badge, 'domain:acme.io')).title).toBe('ICP Fit — Acme: SaaS · tier A · In CRM · Customer · owner Dana Lee');
    expect((await withCrmTitle(badge, 'domain:tiny.example')).title).toBe('ICP Fit — Acme: SaaS · tier A · Not in CRM');
    // the account in hand (as the storing transaction returns it) gives the same answer without a read
    expect((await withCrmTitle(badge, { keys: ['domain:acme.io'], name: 'Acme' })).title).toBe('ICP Fit — Acme: SaaS · tier A · In CRM · Customer · owner Dana Lee');
    expect(await withCrmTitle({ ...badge, text: '' }, 'domain:acme.io')).toEqual({ ...badge, text: '' });
    expect(await withCrmTitle(badge, undefined)).toEqual(badge);
    await handleCrmClear();
  });
});
