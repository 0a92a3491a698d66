import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { handleObserved, onTabLoading } = await import('../../../lib/background/accounts/observe');
const { db } = await import('../../../lib/db/database');
const { allResults } = await import('../../../lib/db/results-repo');
const { getActivePlaybook } = await import('../../../lib/background/playbook/playbook-service');

const sender = (tabId: number, url: string) => ({ id: 'test-extension', tab: { id: tabId }, url }) as never;
const observation = (slug: string, name: string) => ({
  pageType: 'linkedin-company' as const,
  url: `https://www.linkedin.com/company/${slug}/`,
  facts: {
    name: { value: name, evidence: { source: 'linkedin-company' as const, url: 'u', text: name } },
    industry: { value: 'Software Development', evidence: { source: 'linkedin-company' as const, url: 'u', text: 'Software Development' } },
    employeeRange: { value: { min: 51, max: 200 }, evidence: { source: 'linkedin-company' as const, url: 'u', text: '51-200 employees' } },
  },
  missing: [],
});

beforeEach(async () => {
  fake.session.clear();
  await db().delete();
  await db().open();
});

describe('an observation reaching the background', () => {

  it('is stored, scored, and the tab gets a tier badge with the company in its tooltip', async () => {
    const r = await handleObserved({ id: 'obs-unit-0001', sentAt: 1, observation: observation('acme', 'Acme'), recognised: true }, sender(7, 'https://www.linkedin.com/company/acme/'));
    expect(r.stored).toBe(true);
    expect(fake.badges.get(7)?.text).toMatch(/^(A|B|C)$/);
    expect(fake.badges.get(7)?.title).toContain('Acme');
    expect(await allResults(db())).toHaveLength(1);
  });

  it('when the database refuses the write (quota), the panel gets a plain message and stored data stays intact', async () => {
    await handleObserved({ id: 'obs-unit-0001', sentAt: 1, observation: observation('acme', 'Acme'), recognised: true }, sender(7, 'https://www.linkedin.com/company/acme/'));
    const quota = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db().accounts.hook('creating', quota);
    const r = await handleObserved({ id: 'obs-unit-0002', sentAt: 2, observation: observation('beta', 'Beta'), recognised: true }, sender(8, 'https://www.linkedin.com/company/beta/'));
    db().accounts.hook('creating').unsubscribe(quota);
    expect(r.stored).toBe(false);
    const state = fake.session.get('tab:8') as { error?: string };
    expect(state.error).toMatch(/no room left/i);
    expect(await db().accounts.count()).toBe(1);
    expect(await db().observations.count()).toBe(1); // nothing half-written
    expect((await db().accounts.toArray())[0]!.name).toBe('Acme');
  });

  it('scores in the storing transaction: a result that cannot be cached leaves no half-stored observation', async () => {
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db().resultPacks.hook('creating', refuse);
    const r = await handleObserved({ id: 'obs-unit-0005', sentAt: 1, observation: observation('acme', 'Acme'), recognised: true }, sender(10, 'x'));
    db().resultPacks.hook('creating').unsubscribe(refuse);
    expect(r.stored).toBe(false);
    expect(await db().observations.count()).toBe(0);
    expect(await db().accounts.count()).toBe(0);
  });

  it('the badge is of the result cached with the observation, under the active playbook', async () => {
    await handleObserved({ id: 'obs-unit-0006', sentAt: 1, observation: observation('acme', 'Acme'), recognised: true }, sender(13, 'x'));
    const [result] = await allResults(db());
    expect(result?.playbookVersion).toBe((await getActivePlaybook()).key);
    expect(fake.badges.get(13)?.text).toBe(result?.best?.tier);
  });

  it('an older observation arriving late does not replace what the tab shows now', async () => {
    await handleObserved({ id: 'obs-unit-0003', sentAt: 200, observation: observation('beta', 'Beta'), recognised: true }, sender(9, 'x'));
    await handleObserved({ id: 'obs-unit-0004', sentAt: 100, observation: observation('acme', 'Acme'), recognised: true }, sender(9, 'x'));
    expect(fake.badges.get(9)?.title).toContain('Beta');
    expect(await db().accounts.count()).toBe(2); // the late one is still stored
  });
});

describe('a tab starting to load', () => {

  it('clears what the tab showed for another page', async () => {
    await handleObserved({ id: 'obs-unit-0010', sentAt: 1, observation: observation('acme', 'Acme'), recognised: true }, sender(11, 'x'));
    await onTabLoading(11, 'https://www.linkedin.com/company/beta/');
    expect(fake.session.get('tab:11')).toBeUndefined();
    expect(fake.badges.get(11)?.title).toBe('ICP Fit');
  });

  it('arriving late, after the new page was already read, keeps that page’s badge', async () => {
    await handleObserved({ id: 'obs-unit-0011', sentAt: 1, observation: observation('acme', 'Acme'), recognised: true }, sender(12, 'x'));
    await onTabLoading(12, 'https://www.linkedin.com/company/acme/#about');
    expect(fake.badges.get(12)?.title).toContain('Acme');
    expect(fake.session.get('tab:12')).toBeDefined();
  });
});
