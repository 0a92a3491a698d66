import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlaybookFakeBrowser, playbookText } from './playbook-fakes';

const fake = createPlaybookFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
vi.mock('../../../lib/background/accounts/rescore-all', () => ({ rescoreStale: async () => 0 }));

const page = { id: 'test-extension', url: 'chrome-extension://test-extension/options.html' };
const content = { id: 'test-extension', url: 'https://www.linkedin.com/company/acme/', tab: { id: 3 } };
const simulate = { type: 'policy/simulate', data: { value: { playbook: playbookText('sim'), locked: true } } };

/** The background's onMessage as a production build (E2E_HOOKS false) or an e2e build wires it. */
async function routerOf(e2eHooks: boolean) {
  vi.resetModules();
  vi.doMock('../../../lib/background/build-flags', () => ({ E2E_HOOKS: e2eHooks }));
  const { onMessage } = await import('../../../lib/background/router');
  const { db } = await import('../../../lib/db/database');
  const send = (message: unknown, sender: object = page) => onMessage(message, sender as never);
  const locked = async () => ((await send({ type: 'playbook/status', data: {} })) as { data: { locked?: boolean } }).data.locked;
  return { send, locked, db };
}

beforeEach(async () => {
  fake.local.clear();
  fake.managed.value = {};
  fake.session.clear();
  const { db } = await import('../../../lib/db/database');
  await db().delete();
});

describe('the test-only message policy/simulate', () => {
  it('does not exist in a production build: refused as unknown, even with the e2e flag in storage', async () => {
    const { send, locked } = await routerOf(false);
    fake.local.set('icpfit:test-hooks', true);
    expect(await send(simulate)).toEqual({ ok: false, error: 'unknown message' });
    expect(await locked()).toBe(false);
    const { protocol } = await import('../../../lib/messaging/protocol');
    expect(Object.hasOwn(protocol, 'policy/simulate')).toBe(false);
  });

  it('in an e2e build: from our pages only, with the harness flag only', async () => {
    const { send, locked } = await routerOf(true);
    expect(await send(simulate)).toEqual({ ok: true, data: { ok: false, error: 'policy simulation is not enabled' } });
    fake.local.set('icpfit:test-hooks', true);
    expect(await send(simulate, content)).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await send({ type: 'policy/simulate', data: { value: 'locked' } })).toEqual({ ok: false, error: 'invalid message' });
    expect(await locked()).toBe(false);
    expect(await send(simulate)).toEqual({ ok: true, data: { ok: true } });
    expect(await locked()).toBe(true);
    // every other message still goes through the protocol router
    expect(await send({ type: 'no/such', data: {} })).toEqual({ ok: false, error: 'unknown message' });
  });
});
