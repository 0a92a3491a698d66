import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { companyRow, contentSender, createListFakeBrowser, listMessage, SEARCH_URL } from './list-helpers';

const fake = createListFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { listOwnsBadge } = await import('../../../lib/background/lists/list-owner');
const { handleListObserved } = await import('../../../lib/background/lists/list-observe');
const { handleObserved, handleReading, onTabLoading } = await import('../../../lib/background/accounts/observe');
const { db } = await import('../../../lib/db/database');

// Both LinkedIn content scripts run on every LinkedIn page: on a list page the single-page script
// reads nothing, and must not wipe the badge the list set.

beforeEach(async () => {
  fake.session.clear();
  fake.badges.clear();
  await db().delete();
  await db().open();
});

describe('who owns the badge of a LinkedIn page', () => {
  it.each([
    ['https://www.linkedin.com/search/results/people/?keywords=x', true],
    ['https://www.linkedin.com/search/results/companies/', true],
    ['https://www.linkedin.com/sales/lists/people/123', true],
    ['https://www.linkedin.com/jobs/view/4207705658/', true],
    ['https://www.linkedin.com/company/acme/people/', false], // the company page's badge
    ['https://www.linkedin.com/company/acme/', false],
    ['https://www.linkedin.com/feed/', false],
    ['https://example.com/search/results/people/', false],
  ])('%s → the list: %s', (url, owns) => expect(listOwnsBadge(url)).toBe(owns));

  it("the single-page script's '…' and 'unsupported' leave a list page's badge alone", async () => {
    fake.tabUrls.set(1, SEARCH_URL);
    await handleListObserved(listMessage([companyRow('a', 'Acme', { industry: 'Software Development' })], { reset: true }), contentSender(1) as never);
    const badge = fake.badges.get(1)?.text;
    expect(badge).toMatch(/^(\dA|A|B|C|DQ|–)$/);
    await handleReading({ url: SEARCH_URL, sentAt: Date.now() }, contentSender(1) as never);
    const observation = { pageType: 'unknown' as const, url: SEARCH_URL, facts: {}, missing: [] };
    await handleObserved({ id: 'obs-unsupported-01', sentAt: Date.now() + 1, observation, recognised: false }, contentSender(1) as never);
    expect(fake.badges.get(1)?.text).toBe(badge);
  });

  it("a late 'loading' of a list page whose rows already landed keeps the list's badge; of another page it clears it", async () => {
    const before = `${SEARCH_URL}&page=1`;
    const observation = { pageType: 'unknown' as const, url: before, facts: {}, missing: [] };
    // the page before left the single-page script's state; the reload's rows land before its 'loading'
    await handleObserved({ id: 'obs-unsupported-02', sentAt: 1, observation, recognised: false }, contentSender(2) as never);
    fake.tabUrls.set(2, SEARCH_URL);
    await handleListObserved(listMessage([companyRow('a', 'Acme', { industry: 'Software Development' })], { reset: true }), contentSender(2) as never);
    const badge = fake.badges.get(2)?.text;
    expect(badge).toMatch(/^(\dA|A|B|C|DQ|–)$/);
    await onTabLoading(2, SEARCH_URL);
    expect(fake.badges.get(2)?.text).toBe(badge);
    await handleObserved({ id: 'obs-unsupported-03', sentAt: 2, observation: { ...observation, url: SEARCH_URL }, recognised: false }, contentSender(2) as never);
    await onTabLoading(2, 'https://www.linkedin.com/search/results/people/?keywords=other');
    expect(fake.badges.get(2)?.text ?? '').toBe('');
  });
});
