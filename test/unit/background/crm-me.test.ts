import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { handleCrmClear, handleCrmImport, crmHandlers } = await import('../../../lib/background/crm/crm-handlers');
const { crmViewFor } = await import('../../../lib/background/crm/crm-service');
const { CRM_ME_KEY } = await import('../../../lib/background/crm/crm-me');
const { importPlaybook } = await import('../../../lib/background/playbook/playbook-service');
const { db } = await import('../../../lib/db/database');
const { detectCrmMapping } = await import('../../../lib/insights/crm-columns');

// Issue 19: the rep's "Your name in the CRM", stored in this browser, decides the playbook's
// "someone-else" rule for every account the side panel, lists and exports show.
const EXPORT = ['Company name,Company Domain Name,Company owner,Lifecycle Stage', 'Acme,acme.io,Dana Lee,Lead', 'Beta,beta.io,Sam Roe,Lead'].join('\n');
const starter = JSON.parse(readFileSync(fileURLToPath(new URL('../../../lib/playbook/templates/starter.json', import.meta.url)), 'utf8')) as Record<string, unknown>;
const acme = { keys: ['domain:acme.io'], name: 'Acme' };
const beta = { keys: ['domain:beta.io'], name: 'Beta' };

beforeEach(async () => {
  await db().delete();
  await db().open();
  await handleCrmClear();
  expect(await handleCrmImport({ text: EXPORT, fileName: 'hubspot.csv', mapping: detectCrmMapping(EXPORT.split('\n')[0]!.split(',')) })).toMatchObject({ ok: true });
  const crm = { rules: [{ owner: 'someone-else', mark: 'Owned by {{owner}}' }] };
  expect((await importPlaybook(JSON.stringify({ ...starter, version: 'me-1', crm }), 'file')).ok).toBe(true);
});

describe('"Your name in the CRM" in the background', () => {
  it('not set: the rule is not guessed, the answer says it needs the name', async () => {
    expect(await crmHandlers['crm/me']()).toEqual({ aliases: [] });
    const view = await crmViewFor(beta);
    expect(view).toMatchObject({ matched: true, owner: 'Sam Roe', needsMe: true });
    expect(view).not.toHaveProperty('mark');
  });

  it('set: a colleague\'s account is marked, the rep\'s own is not', async () => {
    await crmHandlers['crm/me-set']({ aliases: ['dana lee'] });
    expect(await crmHandlers['crm/me']()).toEqual({ aliases: ['dana lee'] });
    expect(await crmViewFor(beta)).toMatchObject({ mark: 'Owned by Sam Roe' });
    const own = await crmViewFor(acme);
    expect(own).toMatchObject({ matched: true, owner: 'Dana Lee' });
    expect(own).not.toHaveProperty('mark');
    expect(own).not.toHaveProperty('needsMe');
  });

  it('no aliases removes the row: "not set" again', async () => {
    await crmHandlers['crm/me-set']({ aliases: ['Dana Lee'] });
    await crmHandlers['crm/me-set']({ aliases: [] });
    expect(await db().settings.get(CRM_ME_KEY)).toBeUndefined();
    expect(await crmViewFor(beta)).toMatchObject({ needsMe: true });
  });

  it('the settings registry refuses a value the field could never write', async () => {
    await expect(db().settings.put({ key: CRM_ME_KEY, value: { aliases: Array(11).fill('a') } })).rejects.toThrow(/crm:me/);
    await expect(db().settings.put({ key: CRM_ME_KEY, value: { aliases: ['x'.repeat(201)] } })).rejects.toThrow(/crm:me/);
    await expect(db().settings.put({ key: CRM_ME_KEY, value: 'Dana Lee' })).rejects.toThrow(/crm:me/);
  });
});
