import { describe, expect, it, vi } from 'vitest';
import { createMessageRouter, type Handlers, type SenderPolicy } from '../../../lib/messaging/handle';

const observation = { pageType: 'linkedin-company', url: 'https://www.linkedin.com/company/acme/', facts: {}, missing: [] };
const valid = { type: 'page/observed', data: { id: 'abcdefgh-1', sentAt: 1, observation, recognised: true } };
const contentSender = { id: 'ext', tab: { id: 3 }, url: 'https://www.linkedin.com/company/acme/' };
const pageSender = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' };

function setup() {
  const rejected: string[] = [];
  const observed = vi.fn(async () => ({ stored: true }));
  const handlers = { 'page/observed': observed, 'tab/view': vi.fn(async () => ({ nonsense: true })) } as unknown as Handlers;
  const policy: SenderPolicy = {
    isContentScript: (s) => !!s.tab && (s.url ?? '').startsWith('https://www.linkedin.com/'),
    isExtensionPage: (s) => (s.url ?? '').startsWith('chrome-extension://ext/'),
    onRejected: (reason) => rejected.push(reason),
  };
  return { route: createMessageRouter(handlers, policy), observed, rejected };
}

describe('message router', () => {
  it('passes a valid message from an allowed sender to its handler', async () => {
    const { route, observed } = setup();
    await expect(route(valid, contentSender as never)).resolves.toEqual({ ok: true, data: { stored: true } });
    expect(observed).toHaveBeenCalledOnce();
  });

  it.each([
    ['an unknown message name', { type: 'db/drop-everything', data: {} }, contentSender, 'unknown message'],
    ['a non-envelope', 'hello', contentSender, 'unknown message'],
    ['a prototype key as name', { type: '__proto__', data: {} }, contentSender, 'unknown message'],
    ['a content message from an extension page', valid, pageSender, 'sender not allowed'],
    ['a content message from another site', valid, { id: 'ext', tab: { id: 1 }, url: 'https://evil.example/' }, 'sender not allowed'],
    ['a malformed payload', { type: 'page/observed', data: { id: 'x' } }, contentSender, 'invalid message'],
    ['an oversized payload', { type: 'page/observed', data: { ...valid.data, pad: 'x'.repeat(1_100_000) } }, contentSender, 'message too large'],
  ])('rejects %s without calling a handler', async (_name, message, sender, reason) => {
    const { route, observed, rejected } = setup();
    const reply = await route(message, sender as never);
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toContain(reason);
    expect(observed).not.toHaveBeenCalled();
    expect(rejected).toHaveLength(1);
  });

  it('lets a backup restore carry more than the default 1 MB cap, and no more than its own', async () => {
    const { route, rejected } = setup();
    const big = await route({ type: 'data/import', data: { text: 'x'.repeat(2_000_000) } }, pageSender as never);
    expect(rejected).toEqual([]); // reached its handler (absent in this setup), not refused for size
    expect(big).toMatchObject({ ok: false });
    const huge = await route({ type: 'data/import', data: { text: 'x'.repeat(61_000_000) } }, pageSender as never);
    expect((huge as { error: string }).error).toBe('message too large');
  });

  it('never lets a handler reply with data that breaks the protocol', async () => {
    const { route } = setup();
    const reply = await route({ type: 'tab/view', data: {} }, pageSender);
    expect(reply).toEqual({ ok: false, error: 'internal: invalid reply for tab/view' });
  });

  it('turns a thrown error into {ok:false}, marked failed (the sender may try again)', async () => {
    const { route, observed } = setup();
    observed.mockRejectedValueOnce(new Error('disk full'));
    await expect(route(valid, contentSender as never)).resolves.toEqual({ ok: false, error: 'disk full', failed: true });
  });
});
