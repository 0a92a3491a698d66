import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangedEvent, CHANGED as PROTOCOL_CHANGED } from '../../../lib/messaging/protocol';

const sendMessage = vi.fn<(msg: unknown) => Promise<unknown>>();
const listeners = new Set<(msg: unknown) => void>();
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: (msg: unknown) => sendMessage(msg),
      onMessage: { addListener: (f: (msg: unknown) => void) => listeners.add(f), removeListener: (f: (msg: unknown) => void) => listeners.delete(f) },
    },
  },
}));

const { CHANGED, onChanged, readChanged, request } = await import('../../../lib/messaging/client');

afterEach(() => {
  sendMessage.mockReset();
  listeners.clear();
});

describe("the pages' client, without zod", () => {
  it('returns the data of an ok reply, as the background validated it', async () => {
    sendMessage.mockResolvedValue({ ok: true, data: { accounts: [] } });
    await expect(request('accounts/recent', {})).resolves.toEqual({ accounts: [] });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'accounts/recent', data: {} });
  });

  it.each([
    ['no reply', undefined, 'No answer from the extension background'],
    ['a reply without ok', { data: 1 }, 'No answer from the extension background'],
    ['a string', 'ok', 'No answer from the extension background'],
    ["the background's error", { ok: false, error: 'Playbook not found' }, 'Playbook not found'],
    ['an error that is not text', { ok: false, error: { x: 1 } }, 'Request failed'],
    ['ok that is not true', { ok: 'yes', data: 1 }, 'Request failed'],
  ])('throws on %s', async (_name, reply, message) => {
    sendMessage.mockResolvedValue(reply);
    await expect(request('accounts/recent', {})).rejects.toThrow(message);
  });

  it('reads a closed message port as no answer, as webextension-polyfill did', async () => {
    sendMessage.mockRejectedValue(new Error('The message port closed before a response was received.'));
    await expect(request('accounts/recent', {})).rejects.toThrow('No answer from the extension background');
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(request('accounts/recent', {})).rejects.toThrow('Could not establish connection');
  });

  it("CHANGED is the protocol's", () => {
    expect(CHANGED).toBe(PROTOCOL_CHANGED);
  });

  // the hand check accepts exactly what the protocol's ChangedEvent schema accepts
  it.each([
    [{ type: PROTOCOL_CHANGED }],
    [{ type: PROTOCOL_CHANGED, tabId: 3 }],
    [{ type: PROTOCOL_CHANGED, accountId: 'acme.com', tabId: 1, extra: 'x' }],
    [{ type: PROTOCOL_CHANGED, tabId: '3' }],
    [{ type: PROTOCOL_CHANGED, accountId: 5 }],
    [{ type: PROTOCOL_CHANGED, tabId: null }],
    [{ type: 'icp/other' }],
    [{ tabId: 1 }],
    [null],
    ['icp/changed'],
    [[PROTOCOL_CHANGED]],
  ])('reads a broadcast like the schema does: %j', (msg) => {
    const parsed = ChangedEvent.safeParse(msg);
    const expected = parsed.success ? { tabId: parsed.data.tabId, accountId: parsed.data.accountId } : null;
    const got = readChanged(msg);
    expect(got && { tabId: got.tabId, accountId: got.accountId }).toEqual(expected);
  });

  it('onChanged calls the listener for broadcasts only, and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = onChanged((e) => seen.push(e));
    for (const f of listeners) {
      f({ type: PROTOCOL_CHANGED, tabId: 4 });
      f({ type: 'something-else', tabId: 5 });
    }
    expect(seen).toEqual([{ tabId: 4 }]);
    off();
    expect(listeners.size).toBe(0);
  });
});
