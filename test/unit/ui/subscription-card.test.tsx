// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const granted = new Set<string>();
const removed: string[] = [];
const permissions = {
  contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
  remove: async ({ origins }: { origins: string[] }) => (removed.push(...origins), origins.forEach((o) => granted.delete(o)), true),
  request: async () => false,
};
vi.mock('wxt/browser', () => ({ browser: { permissions } }));
const request = vi.fn(async (type: string, _data: unknown): Promise<unknown> => (type === 'playbook/unsubscribe' ? { ok: true } : { ok: true }));
vi.mock('../../../lib/messaging/client', () => ({ request: (type: string, data: unknown) => request(type, data) }));

const { SubscriptionCard } = await import('../../../entrypoints/options/SubscriptionCard');

const sha = 'a'.repeat(64);
const subscription = (extra = {}) => ({ url: 'https://files.example.com/team/playbook.json', intervalHours: 6, managed: false, lastChecked: 1, lastChanged: 1, lastError: null, ...extra });

async function render(props: Parameters<typeof SubscriptionCard>[0]) {
  const el = document.createElement('div');
  const root = createRoot(el);
  await act(async () => root.render(<SubscriptionCard {...props} />));
  const click = (testId: string) => act(async () => (el.querySelector(`[data-testid="${testId}"]`) as HTMLButtonElement).click());
  return { el, click, find: (testId: string) => el.querySelector(`[data-testid="${testId}"]`) };
}

beforeEach(() => {
  granted.clear();
  removed.length = 0;
  request.mockClear();
});

describe('the Playbook URL card', () => {
  it('asks before using an older version the URL now serves, naming the exact file', async () => {
    const onChange = vi.fn();
    const { el, click, find } = await render({ subscription: subscription({ olderVersion: { version: '2026.3', current: '2026.4', sha256: sha, at: 1 } }), locked: false, onChange });
    expect(find('older-version')?.textContent).toContain('The URL now serves an older version 2026.3 (you have 2026.4).');
    await click('use-older');
    expect(request).toHaveBeenCalledWith('playbook/older-version', { sha256: sha, use: true });
    expect(onChange).toHaveBeenCalled();
    await click('keep-current');
    expect(request).toHaveBeenLastCalledWith('playbook/older-version', { sha256: sha, use: false });
    expect(el.textContent).toContain('Keep 2026.4');
  });

  it('under a policy lock the older version is reported, with nothing to click', async () => {
    const { find } = await render({ subscription: subscription({ managed: true, olderVersion: { version: '3', current: '4', sha256: sha, at: 1 } }), locked: true, onChange: () => undefined });
    expect(find('older-version')?.textContent).toContain('locked');
    expect(find('use-older')).toBeNull();
  });

  it('after unsubscribing, offers to give back the origin it was granted, and removes only that one', async () => {
    granted.add('https://files.example.com/*');
    granted.add('https://other.example/*');
    const { click, find } = await render({ subscription: subscription(), locked: false, onChange: () => undefined });
    expect(find('revoke-access')).toBeNull();
    await click('unsubscribe');
    expect(request).toHaveBeenCalledWith('playbook/unsubscribe', {});
    expect(find('revoke-access')?.textContent).toBe("Also remove ICP Fit's access to https://files.example.com");
    await click('revoke-access');
    expect(removed).toEqual(['https://files.example.com/*']);
    expect(find('subscription-message')?.textContent).toBe('ICP Fit can no longer read https://files.example.com.');
  });

  it('offers nothing to give back when the origin was never granted (CORS hosting)', async () => {
    const { click, find } = await render({ subscription: subscription(), locked: false, onChange: () => undefined });
    await click('unsubscribe');
    expect(find('revoke-access')).toBeNull();
  });
});
