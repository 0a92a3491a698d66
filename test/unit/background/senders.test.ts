import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { senderPolicy } = await import('../../../lib/background/senders');
const { createMessageRouter } = await import('../../../lib/messaging/handle');
const { readDiagnostics } = await import('../../../lib/background/data/diagnostics');

// Who may send what (lib/background/senders.ts): UI messages only from our own extension pages,
// page reads only from our content scripts in a tab on a host we read. The id is the fake's.
const ID = 'test-extension';
const PAGE = `chrome-extension://${ID}/`;
type Sender = { id?: string; url?: string; tab?: { id?: number }; frameId?: number };

describe('an extension page of ours', () => {
  it.each<[string, Sender, boolean]>([
    ['the side panel', { id: ID, url: `${PAGE}sidepanel.html` }, true],
    ['the options page opened in a tab', { id: ID, url: `${PAGE}options.html#data`, tab: { id: 4 } }, true],
    ['the popup', { id: ID, url: `${PAGE}popup.html` }, true],
    ['another extension', { id: 'other-extension', url: 'chrome-extension://other-extension/options.html' }, false],
    ['another extension claiming our page URL', { id: 'other-extension', url: `${PAGE}options.html` }, false],
    ['our id on a web page (a content script)', { id: ID, url: 'https://www.linkedin.com/company/acme/', tab: { id: 4 } }, false],
    ['an extension whose id starts with ours', { id: ID, url: `chrome-extension://${ID}x/options.html` }, false],
    ['no URL', { id: ID }, false],
    ['no id', { url: `${PAGE}options.html` }, false],
  ])('%s → %s', (_n, sender, allowed) => {
    expect(senderPolicy.isExtensionPage(sender as never)).toBe(allowed);
  });
});

describe('a content script of ours in a tab we read', () => {
  it.each<[string, Sender, boolean]>([
    ['LinkedIn company page', { id: ID, url: 'https://www.linkedin.com/company/acme/', tab: { id: 7 } }, true],
    ['LinkedIn without www', { id: ID, url: 'https://linkedin.com/in/jane/', tab: { id: 7 } }, true],
    ['Sales Navigator', { id: ID, url: 'https://www.linkedin.com/sales/company/123', tab: { id: 7 } }, true],
    ['Crunchbase', { id: ID, url: 'https://www.crunchbase.com/organization/acme', tab: { id: 7 } }, true],
    ['tab 0 is a tab', { id: ID, url: 'https://www.linkedin.com/company/acme/', tab: { id: 0 } }, true],
    ['no tab', { id: ID, url: 'https://www.linkedin.com/company/acme/' }, false],
    ['a tab without an id', { id: ID, url: 'https://www.linkedin.com/company/acme/', tab: {} }, false],
    ['another site', { id: ID, url: 'https://www.acme.example/', tab: { id: 7 } }, false],
    ['plain http LinkedIn', { id: ID, url: 'http://www.linkedin.com/company/acme/', tab: { id: 7 } }, false],
    ['a look-alike host', { id: ID, url: 'https://www.linkedin.com.evil.example/company/acme/', tab: { id: 7 } }, false],
    ['a host ending in linkedin.com', { id: ID, url: 'https://evillinkedin.com/company/acme/', tab: { id: 7 } }, false],
    ['a user name that looks like LinkedIn', { id: ID, url: 'https://www.linkedin.com@evil.example/', tab: { id: 7 } }, false],
    ['another extension on LinkedIn', { id: 'other-extension', url: 'https://www.linkedin.com/company/acme/', tab: { id: 7 } }, false],
    ['our extension page pretending (in a tab)', { id: ID, url: `${PAGE}options.html`, tab: { id: 7 } }, false],
    ['no URL', { id: ID, tab: { id: 7 } }, false],
  ])('%s → %s', (_n, sender, allowed) => {
    expect(senderPolicy.isContentScript(sender as never)).toBe(allowed);
  });
});

describe('the router with this policy', () => {
  beforeEach(() => fake.session.clear());
  const handlers = new Proxy({}, { get: () => async () => ({}) }) as never;
  const route = createMessageRouter(handlers, senderPolicy);

  it('refuses a page read sent from an extension page and a UI message sent from a content script, and counts both', async () => {
    const page = { id: ID, url: `${PAGE}sidepanel.html` };
    const content = { id: ID, url: 'https://www.linkedin.com/company/acme/', tab: { id: 7 } };
    expect(await route({ type: 'page/reading', data: { url: 'https://www.linkedin.com/company/acme/', sentAt: 1 } }, page as never)).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await route({ type: 'account/delete', data: { accountId: 'li:acme' } }, content as never)).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await route({ type: 'account/delete', data: { accountId: 'li:acme' } }, page as never)).toEqual({ ok: true, data: {} });
    // diagnostics are written after the reply (fire and forget)
    await vi.waitFor(async () => expect((await readDiagnostics()).entries).toHaveLength(2));
    const d = await readDiagnostics();
    expect(d.counters['rejected:sender not allowed']).toBe(2);
    expect(d.entries.map((e) => e.message)).toEqual(['message page/reading rejected: sender not allowed', 'message account/delete rejected: sender not allowed']);
  });
});
