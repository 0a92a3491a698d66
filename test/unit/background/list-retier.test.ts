import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { companyRow, contentSender, createListFakeBrowser, listMessage, SEARCH_URL } from './list-helpers';
import { playbookText } from './playbook-fakes';

const fake = createListFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { handleListObserved } = await import('../../../lib/background/lists/list-observe');
const { handleListView } = await import('../../../lib/background/lists/list-view');
const { getTabList } = await import('../../../lib/background/lists/list-store');
const { activatePlaybookText } = await import('../../../lib/background/playbook/playbook-activate');
const { getActivePlaybook } = await import('../../../lib/background/playbook/playbook-service');
const { rescoreStale } = await import('../../../lib/background/accounts/rescore-all');
const { db } = await import('../../../lib/db/database');

// A playbook change re-tiers the rows kept for open list pages: the badge counts the new
// playbook's top tier at once, not when the next rows arrive (issue 18).

const FACTS = { industry: 'Software Development', employeeRange: { min: 51, max: 200 }, hqCountry: 'US', fundingStage: 'Series A' };
const BIG = { ...FACTS, employeeRange: { min: 1001, max: 5000 } };

async function listIn(tabId: number, url = SEARCH_URL) {
  fake.tabUrls.set(tabId, url);
  const rows = [companyRow('a', 'A1', FACTS, url), companyRow('b', 'B1', BIG, url)];
  await handleListObserved(listMessage(rows, { reset: true, url }), contentSender(tabId, url) as never);
}

beforeEach(async () => {
  fake.session.clear();
  fake.badges.clear();
  fake.tabUrls.clear();
  await db().delete();
  await db().open();
});

describe('a playbook change re-tiers the kept list rows', () => {
  it("the list's badge and stored tiers follow the new playbook; a tab that left its list keeps its badge", async () => {
    await listIn(1);
    expect(fake.badges.get(1)?.text).toBe('2A'); // the starter playbook: both fit
    const other = `${SEARCH_URL}&x=1`;
    await listIn(2, other);
    fake.tabUrls.set(2, 'https://www.linkedin.com/feed/'); // tab 2 moved on: its badge is not the list's
    fake.badges.delete(2);

    // "Big companies": ≥ 500 employees is the top tier ("Top"), else "Low"
    expect((await activatePlaybookText(playbookText('2.0'), 'file')).ok).toBe(true);
    await rescoreStale();
    const key = (await getActivePlaybook()).key;

    expect(fake.badges.get(1)?.text).toBe('1Top');
    expect((await getTabList(1))!.rows.map((r) => [r.tier?.name, r.tier?.scoredWith])).toEqual([
      ['Low', key],
      ['Top', key],
    ]);
    expect((await handleListView({ tabId: 1 }))!.rows.map((r) => r.tier)).toEqual(['Low', 'Top']);
    expect(fake.badges.get(2)).toBeUndefined();
    expect((await getTabList(2))!.rows.every((r) => r.tier?.scoredWith === key)).toBe(true);
    expect(fake.sent).toContainEqual(expect.objectContaining({ tabId: 1 }));
  });

  it('rows already scored with the active playbook are left as they are', async () => {
    await listIn(3);
    const before = await getTabList(3);
    fake.badges.delete(3);
    await rescoreStale();
    expect(await getTabList(3)).toEqual(before);
    expect(fake.badges.get(3)).toBeUndefined();
  });
});
