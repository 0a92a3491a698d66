// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it, vi } from 'vitest';
import { icpPerformance } from '../../../lib/insights/performance';
import { starterPlaybook } from '../../../lib/playbook/templates';

// The Insights tab asks the background for the summary again when something stored changed: an
// account, or everything. A tab's own news (a page reading, loading, a list's rows) is not that.
type Changed = { tabId?: number; accountId?: string };
const listeners = new Set<(e: Changed) => void>();
const summary = icpPerformance([], starterPlaybook(), '2026-12-01');
const request = vi.fn(async (type: string) => (type === 'insights/performance' ? summary : {}));
vi.mock('../../../lib/messaging/client', async (actual) => ({
  ...(await actual<typeof import('../../../lib/messaging/client')>()),
  request: (type: string) => request(type),
  onChanged: (fn: (e: Changed) => void) => {
    listeners.add(fn);
    return () => listeners.delete(fn);
  },
}));
// the quarterly review below it asks for its own data: not what this test is about
vi.mock('../../../entrypoints/options/ReviewSection', () => ({ ReviewSection: () => null }));
const { InsightsSection } = await import('../../../entrypoints/options/InsightsSection');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const settle = () => act(async () => new Promise((r) => setTimeout(r, 5)));
const emit = async (e: Changed) => {
  for (const l of listeners) l(e);
  await settle();
};
const asked = () => request.mock.calls.filter(([type]) => type === 'insights/performance').length;

it('reloads the summary for a stored account or everything, not for a tab reading a page', async () => {
  const host = document.createElement('div');
  await act(async () => createRoot(host).render(<InsightsSection />));
  await settle();
  expect(asked()).toBe(1);
  await emit({ tabId: 4 });
  expect(asked()).toBe(1);
  await emit({ tabId: 4, accountId: 'li:acme' });
  expect(asked()).toBe(2);
  await emit({ accountId: 'li:acme' });
  expect(asked()).toBe(3);
  await emit({});
  expect(asked()).toBe(4);
});
