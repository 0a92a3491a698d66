import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handleCrmClear, handleCrmImport, handleCrmStatus } from '../../../lib/background/crm/crm-handlers';
import { crmViewFor, setCrmIndex } from '../../../lib/background/crm/crm-service';
import { CrmDatabase, loadCrmSnapshot } from '../../../lib/db/crm-store';
import { detectCrmMapping } from '../../../lib/insights/crm-columns';
import { CRM_UPLOAD, crmMessages } from '../../../lib/messaging/protocol/crm';
import { receiveCrmUpload } from '../../../lib/background/crm/crm-upload';

// the import tells open pages to refresh; no page is listening here
vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: () => Promise.resolve() } } }));

const hubspot = readFileSync(fileURLToPath(new URL('../../fixtures/crm/hubspot-companies.csv', import.meta.url)), 'utf8');
const salesforce = readFileSync(fileURLToPath(new URL('../../fixtures/crm/salesforce-accounts.csv', import.meta.url)), 'utf8');
const mappingOf = (text: string) => detectCrmMapping(text.split('\n')[0]!.split(',').map((h) => h.replace(/"/g, '')));
const NOW = new Date('2026-12-06T08:00:00Z');
const importText = (text: string, fileName = 'hubspot.csv') => handleCrmImport({ text, fileName, mapping: mappingOf(text) }, NOW);

beforeEach(async () => {
  await handleCrmClear();
});

describe('CRM list in the background', () => {
  it('imports an export, says so in the status, and answers for accounts by their keys', async () => {
    expect(await handleCrmStatus()).toEqual({ snapshot: null, subscription: null });
    expect(await crmViewFor({ keys: ['domain:acme.io'] })).toBeUndefined();
    const r = await importText(hubspot);
    expect(r).toEqual({ ok: true, snapshot: { importedAt: NOW.toISOString(), source: 'hubspot.csv', rows: 4, skipped: 0 }, notes: [] });
    expect((await handleCrmStatus()).snapshot?.rows).toBe(4);
    expect(await crmViewFor({ keys: ['li:acme-analytics', 'domain:acme.io'], name: 'Acme' })).toEqual({ matched: true, matchedBy: 'domain', owner: 'Dana Lee', stage: 'Customer', lastActivity: '2026-10-12', snapshotDate: NOW.toISOString() });
    expect(await crmViewFor({ keys: ['domain:tiny.example'], name: 'Tiny' })).toMatchObject({ matched: false, matchedBy: null });
  });

  it('a new import replaces the previous list', async () => {
    await importText(hubspot);
    await importText(salesforce, 'salesforce.csv');
    expect((await loadCrmSnapshot())?.rows.map((r) => r.name)).toEqual(['Acme Analytics', 'Initech']);
    expect(await crmViewFor({ keys: ['li:brickworks-ltd'] })).toMatchObject({ matched: false });
  });

  it('a worker that lost its index rebuilds it from the stored snapshot', async () => {
    await importText(hubspot);
    setCrmIndex(null); // as after a restart: nothing in memory
    expect(await crmViewFor({ keys: ['li:brickworks-ltd'] })).toMatchObject({ matched: true, matchedBy: 'linkedin', owner: 'Sam Roe' });
  });

  it('a file with no matchable rows or no matchable column stores nothing', async () => {
    expect(await handleCrmImport({ text: 'Company owner\nDana Lee\n', fileName: 'x.csv', mapping: { owner: 0 } }, NOW)).toMatchObject({ ok: false });
    expect(await handleCrmImport({ text: 'Company name,Company owner\n,Dana Lee\n', fileName: 'x.csv', mapping: { name: 0, owner: 1 } }, NOW)).toMatchObject({ ok: false, error: expect.stringContaining('nothing to import') });
    expect(await handleCrmStatus()).toEqual({ snapshot: null, subscription: null });
  });

  it('clear removes the list and its answers', async () => {
    await importText(hubspot);
    await handleCrmClear();
    expect(await handleCrmStatus()).toEqual({ snapshot: null, subscription: null });
    expect(await crmViewFor({ keys: ['domain:acme.io'] })).toBeUndefined();
  });

  it('the message refuses a mapping with unknown fields or impossible columns', () => {
    const input = crmMessages['crm/import'].input;
    expect(input.safeParse({ text: 'a', fileName: 'a.csv', mapping: { name: 0 } }).success).toBe(true);
    expect(input.safeParse({ text: 'a', fileName: 'a.csv', mapping: { __proto__: 1, name: 0, owner: -1 } }).success).toBe(false);
    expect(input.safeParse({ text: 'a', fileName: 'a.csv', mapping: { evil: 1 } }).success).toBe(false);
  });

  it('imports the text the page posted to the worker, once, and says so when it never arrived', async () => {
    const uploadId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
    const own = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    expect(receiveCrmUpload({ type: CRM_UPLOAD, id: uploadId, text: hubspot }, own, own)).toBe(true);
    const r = await handleCrmImport({ uploadId, fileName: 'hubspot.csv', mapping: mappingOf(hubspot) }, NOW);
    expect(r).toMatchObject({ ok: true, snapshot: { rows: 4 } });
    await handleCrmClear();
    expect(await handleCrmImport({ uploadId, fileName: 'hubspot.csv', mapping: mappingOf(hubspot) }, NOW)).toMatchObject({ ok: false, error: expect.stringContaining('did not reach the extension'), uploadLost: true });
    expect(await handleCrmStatus()).toEqual({ snapshot: null, subscription: null });
  });

  it('the message carries the text or an upload id, never both, never neither', () => {
    const input = crmMessages['crm/import'].input;
    const uploadId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
    expect(input.safeParse({ uploadId, fileName: 'a.csv', mapping: { name: 0 } }).success).toBe(true);
    expect(input.safeParse({ text: 'a', uploadId, fileName: 'a.csv', mapping: { name: 0 } }).success).toBe(false);
    expect(input.safeParse({ fileName: 'a.csv', mapping: { name: 0 } }).success).toBe(false);
    expect(input.safeParse({ uploadId: 'not-a-uuid', fileName: 'a.csv', mapping: { name: 0 } }).success).toBe(false);
  });

  it('keeps the list in its own database, version 1, apart from the main one', async () => {
    const other = new CrmDatabase('crm-schema-check');
    await other.open();
    expect(other.verno).toBe(1);
    expect(other.tables.map((t) => t.name)).toEqual(['snapshots']);
    await other.delete();
  });
});
