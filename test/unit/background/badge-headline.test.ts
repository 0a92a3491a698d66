import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';
import { playbookText } from './playbook-fakes';

// Issue 17: the side panel draws its first tier from the badge's headline in storage.session,
// without the worker. These pin that the headline always goes with the badge: written with a
// tier badge, updated when a rescore changes the badge, removed by any badge without a tier.
const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { handleObserved, handleReading, onTabLoading } = await import('../../../lib/background/accounts/observe');
const { handleTabView } = await import('../../../lib/background/accounts/view');
const { rescoreStale } = await import('../../../lib/background/accounts/rescore-all');
const { importPlaybook } = await import('../../../lib/background/playbook/playbook-service');
const { forgetHeadline } = await import('../../../lib/background/tabs/badge');
const { handleDeleteAccount, handleDeleteAll } = await import('../../../lib/background/data/options-handlers');
const { db } = await import('../../../lib/db/database');
const { headlineKey, readHeadline } = await import('../../../lib/view/badge-headline');
const { headlineOfView } = await import('../../../hooks/early-paint');

const sender = (tabId: number, url: string) => ({ id: 'test-extension', tab: { id: tabId }, url }) as never;
const ev = (text: string) => ({ source: 'linkedin-company' as const, url: 'u', text });
const observation = (slug: string, name: string, employees?: number) => ({
  pageType: 'linkedin-company' as const,
  url: `https://www.linkedin.com/company/${slug}/`,
  facts: {
    name: { value: name, evidence: ev(name) },
    website: { value: `https://www.${slug}.io`, evidence: ev(`${slug}.io`) },
    industry: { value: 'Software Development', evidence: ev('Software Development') },
    ...(employees !== undefined ? { employees: { value: employees, evidence: ev(`${employees} employees`) } } : { employeeRange: { value: { min: 51, max: 200 }, evidence: ev('51-200 employees') } }),
  },
  missing: [],
});
const observe = (tabId: number, slug: string, name: string, sentAt: number, employees?: number) =>
  handleObserved({ id: `obs-unit-${slug}-${sentAt}`.padEnd(16, '0'), sentAt, observation: observation(slug, name, employees), recognised: true }, sender(tabId, `https://www.linkedin.com/company/${slug}/`));
const headline = (tabId: number) => readHeadline(fake.session.get(headlineKey(tabId)));

// the worker's tab-state mirror lives as long as the module: each test uses its own tab ids
beforeEach(async () => {
  fake.session.clear();
  fake.badges.clear();
  await db().delete();
  await db().open();
});

describe("a tab's badge headline (the side panel's first paint)", () => {
  it('is written with the tier badge, and is what the panel will show for the tab', async () => {
    await observe(7, 'acme', 'Acme', 1);
    const h = headline(7);
    expect(h).not.toBeNull();
    expect(fake.badges.get(7)?.text).toBe(h!.tier!.slice(0, 4));
    const view = await handleTabView({ tabId: 7 });
    expect(h).toEqual(headlineOfView(view));
    expect(h).toMatchObject({ name: 'Acme', domain: 'acme.io' });
  });

  it('is removed by any badge without a tier: reading, a new document loading, a closed tab', async () => {
    await observe(7, 'acme', 'Acme', 1);
    await handleReading({ url: 'https://www.linkedin.com/company/beta/', sentAt: 2 }, sender(7, 'https://www.linkedin.com/company/beta/'));
    expect(fake.badges.get(7)?.text).toBe('…');
    expect(fake.session.has(headlineKey(7))).toBe(false);

    await observe(8, 'gamma', 'Gamma', 3);
    expect(headline(8)).not.toBeNull();
    await onTabLoading(8, 'https://example.com/');
    expect(fake.session.has(headlineKey(8))).toBe(false);

    await observe(9, 'delta', 'Delta', 4);
    await forgetHeadline(9);
    expect(fake.session.has(headlineKey(9))).toBe(false);
  });

  it('goes with a deleted account: its tabs lose badge and headline, other tabs keep theirs; "delete all" clears every one', async () => {
    await observe(21, 'acme', 'Acme', 1);
    await observe(22, 'beta', 'Beta', 2);
    await observe(23, 'gamma', 'Gamma', 3);
    await handleDeleteAccount({ accountId: 'domain:acme.io' });
    expect(fake.session.has(headlineKey(21))).toBe(false);
    expect(fake.badges.get(21)?.text).toBe('');
    expect(headline(22)).toMatchObject({ name: 'Beta' });
    expect((await handleTabView({ tabId: 21 })).account).toBeUndefined();
    await handleDeleteAll();
    expect([...fake.session.keys()].filter((k) => k.startsWith('badge:'))).toEqual([]);
    expect(fake.badges.get(23)?.text).toBe('');
  });

  it('follows the badge when a new playbook rescores the open tab', async () => {
    await importPlaybook(playbookText('1'), 'file');
    await observe(17, 'acme', 'Acme', 1, 900);
    expect(headline(17)).toMatchObject({ tier: 'Top', icpName: 'Big companies' });
    // the same criterion now asks for 5,000 employees: Acme drops to the lowest tier
    await importPlaybook(playbookText('2').replace('"value":500', '"value":5000'), 'file');
    await rescoreStale();
    expect(fake.badges.get(17)?.text).toBe('Low');
    expect(headline(17)).toMatchObject({ tier: 'Low', tierRank: 1, tierCount: 2 });
    expect(headline(17)).toEqual(headlineOfView(await handleTabView({ tabId: 17 })));
  });
});

describe('a stored headline read by the panel', () => {
  const good = { name: 'Acme', domain: 'acme.io', icpName: 'Big companies', tier: 'A', tierRank: 0, tierCount: 3, score: 80 };
  it('is taken as it is when well formed', () => {
    expect(readHeadline(good)).toEqual(good);
    expect(readHeadline({ ...good, domain: undefined, score: null, tier: null })).toEqual({ name: 'Acme', icpName: 'Big companies', tier: null, tierRank: 0, tierCount: 3, score: null });
  });
  it('is refused when anything is off: wrong types, out of range, oversized, not an object', () => {
    for (const bad of [null, 'A', [], { ...good, name: 7 }, { ...good, tier: {} }, { ...good, tierRank: -1 }, { ...good, tierCount: 1.5 }, { ...good, score: 101 }, { ...good, score: '80' }, { ...good, domain: 5 }, { ...good, name: 'x'.repeat(5000) }]) {
      expect(readHeadline(bad)).toBeNull();
    }
  });
});

describe('a badge set on a tab that closed meanwhile', () => {
  it('leaves no headline behind', async () => {
    const { setBadge } = await import('../../../lib/background/tabs/badge');
    const setText = fake.browser.action.setBadgeText;
    fake.browser.action.setBadgeText = async () => {
      throw new Error('No tab with id: 31.');
    };
    try {
      await setBadge(31, { text: 'A', colour: '#000', title: 't', headline: { name: 'Acme', icpName: 'Big', tier: 'A', tierRank: 0, tierCount: 2, score: 90 } });
    } finally {
      fake.browser.action.setBadgeText = setText;
    }
    expect(fake.session.has(headlineKey(31))).toBe(false);
  });
});
