import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { companyRow, createListFakeBrowser } from './list-helpers';
import { playbookText } from './playbook-fakes';

const fake = createListFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { scoreListRow } = await import('../../../lib/background/lists/list-score');
const { getActivePlaybook, importPlaybook } = await import('../../../lib/background/playbook/playbook-service');

// A row scored alone is scored once per playbook, day and read: the panel asks for the whole list
// on every change, and scoring 1,000 rows each time starved the content script's messages.

describe('a list row scored alone', () => {
  it('is scored once for the same read; another read, other content or another playbook is scored again', async () => {
    const active = await getActivePlaybook();
    const row = companyRow('acme', 'Acme', { industry: 'Software Development', employeeRange: { min: 51, max: 200 } });
    const first = scoreListRow(active, row, 1000);
    expect(scoreListRow(active, structuredClone(row), 1000)).toBe(first);
    expect(scoreListRow(active, row, 2000)).not.toBe(first);

    // the same company read again with other facts (same key, same read time): its own score
    const bigger = companyRow('acme', 'Acme', { industry: 'Software Development', employeeRange: { min: 10001, max: null } });
    const again = scoreListRow(active, bigger, 1000);
    expect(again).not.toBe(first);
    expect(again.results).not.toEqual(first.results);

    await importPlaybook(playbookText('2.0'), 'file');
    const next = await getActivePlaybook();
    const rescored = scoreListRow(next, row, 1000);
    expect(rescored.results[0]?.icpId).toBe('big');
  });
});
