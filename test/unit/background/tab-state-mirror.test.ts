import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

// Issue 17: a tab's state is read from the worker's own copy once this worker read or wrote it
// (the browser process is busy loading the page whose badge waits), still stored in
// storage.session for a worker that is stopped and started again.
const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
const { getTabState, setTabState, clearTabState } = await import('../../../lib/background/tabs/tab-state');

const state = (url: string) => ({ status: 'ready' as const, url, updatedAt: 1, timing: { badgeAt: 5 } });

describe('tab state mirror', () => {
  it('answers a read after a write without asking storage, and stores every write', async () => {
    const get = vi.spyOn(fake.browser.storage.session, 'get');
    await setTabState(1, state('https://a/'));
    expect(await getTabState(1)).toEqual(state('https://a/'));
    expect(get).not.toHaveBeenCalled();
    expect(fake.session.get('tab:1')).toEqual(state('https://a/'));
    await clearTabState(1);
    expect(await getTabState(1)).toBeUndefined();
    expect(fake.session.has('tab:1')).toBe(false);
    expect(get).not.toHaveBeenCalled();
    get.mockRestore();
  });

  it('reads storage once for a tab this worker has not seen (a restarted worker)', async () => {
    fake.session.set('tab:2', state('https://b/'));
    const get = vi.spyOn(fake.browser.storage.session, 'get');
    expect(await getTabState(2)).toEqual(state('https://b/'));
    expect(await getTabState(2)).toEqual(state('https://b/'));
    expect(get).toHaveBeenCalledTimes(1);
    get.mockRestore();
  });

  it('hands out copies: editing what a read returned does not edit the next read', async () => {
    await setTabState(3, state('https://c/'));
    const got = (await getTabState(3))!;
    got.timing!.badgeAt = 99;
    got.url = 'https://changed/';
    expect(await getTabState(3)).toEqual(state('https://c/'));
  });

  it('asks storage again after a write that failed', async () => {
    await setTabState(4, state('https://d/'));
    const set = vi.spyOn(fake.browser.storage.session, 'set').mockRejectedValueOnce(new Error('quota'));
    await expect(setTabState(4, state('https://e/'))).rejects.toThrow('quota');
    expect(await getTabState(4)).toEqual(state('https://d/'));
    set.mockRestore();
  });
});
