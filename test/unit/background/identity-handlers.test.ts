import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { handleObserved } = await import('../../../lib/background/accounts/observe');
const { identityHandlers } = await import('../../../lib/background/accounts/identity-handlers');
const { handleTabView } = await import('../../../lib/background/accounts/view');
const { protocol } = await import('../../../lib/messaging/protocol');
const { db } = await import('../../../lib/db/database');

const ev = (text: string) => ({ source: 'linkedin-company' as const, url: 'u', text });
const page = (slug: string) => ({
  pageType: 'linkedin-company' as const,
  url: `https://www.linkedin.com/company/${slug}/`,
  facts: { name: { value: `${slug} Corp`, evidence: ev(slug) }, website: { value: 'https://www.victim.com', evidence: ev('victim.com') } },
  missing: [],
});
const observe = (tabId: number, slug: string, n: number) =>
  handleObserved({ id: `obs-${slug}-${n}-0000`, sentAt: n, observation: page(slug), recognised: true }, { id: 'test-extension', tab: { id: tabId }, url: page(slug).url } as never);
const shown = async (tabId: number) => (await handleTabView({ tabId })).account;

beforeEach(async () => {
  fake.session.clear();
  await db().delete();
  await db().open();
});

describe('the rep’s answers to an identity conflict', () => {
  it('the panel of each tab shows the conflict; merge makes both tabs show one account; split gives each tab its own again', async () => {
    await observe(1, 'x', 1);
    await observe(2, 'y', 2);
    const [x, y] = [await shown(1), await shown(2)];
    expect(x!.id).not.toBe(y!.id);
    expect(x!.identity?.conflicts[0]?.sentence).toBe('linkedin.com/company/y says its website is victim.com, which you already know as linkedin.com/company/x.');
    expect(y!.identity?.conflicts[0]?.sentence).toBe(x!.identity?.conflicts[0]?.sentence);

    const c = y!.identity!.conflicts[0]!;
    const merged = await identityHandlers['account/identity-merge']({ accountId: y!.id, otherAccountId: c.otherAccountId, key: c.key });
    expect(merged.accountId).toBe(x!.id);
    expect((await shown(2))?.id).toBe(x!.id);
    expect((await shown(2))?.identity?.lastMerge?.otherName).toBe('y Corp');

    expect(await identityHandlers['account/split']({ accountId: x!.id })).toEqual({ split: true, absorbedId: y!.id });
    expect((await shown(1))?.id).toBe(x!.id);
    expect((await shown(2))?.id).toBe(y!.id);
    expect((await shown(2))?.identity).toBeUndefined();
    expect(await identityHandlers['account/split']({ accountId: x!.id })).toEqual({ split: false });
  });

  it('an account without conflicts or merges costs the view no read and shows nothing', async () => {
    await observe(1, 'x', 1);
    expect((await shown(1))?.identity).toBeUndefined();
  });

  it('only extension pages may send them (a content script is a page’s code)', () => {
    for (const name of ['account/identity-merge', 'account/identity-keep-apart', 'account/split'] as const) expect(protocol[name].from).toBe('page');
  });
});
