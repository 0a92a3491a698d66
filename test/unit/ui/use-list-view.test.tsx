// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { listView, row } from '../view/list-factory';

// The list follows the tab the panel follows, and refreshes when the background says that tab (or
// an account on its list) changed: not for another tab's changes.
type Changed = { tabId?: number; accountId?: string };
const listeners = new Set<(e: Changed) => void>();
const lists = new Map<number, ReturnType<typeof listView> | null>();
const request = vi.fn(async (_type: string, data: { tabId: number }) => lists.get(data.tabId) ?? null);
vi.mock('../../../lib/messaging/client', async (actual) => ({
  ...(await actual<typeof import('../../../lib/messaging/client')>()),
  request: (type: string, data: { tabId: number }) => request(type, data),
  onChanged: (fn: (e: Changed) => void) => {
    listeners.add(fn);
    return () => listeners.delete(fn);
  },
}));
const { useListView } = await import('../../../hooks/use-list-view');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Probe({ tabId }: { tabId: number | null }) {
  const { view } = useListView(tabId);
  return <p>{view ? view.rows.map((r) => r.name).join(',') : 'none'}</p>;
}

const settle = () => act(async () => new Promise((r) => setTimeout(r, 5)));
const emit = async (e: Changed) => {
  for (const l of listeners) l(e);
  await settle();
};

describe('useListView', () => {
  it('asks for the tab, refreshes on its changes and on a listed account, not on another tab', async () => {
    lists.set(1, listView([row({ key: 'a', name: 'A', accountId: 'li:a' })]));
    lists.set(2, null);
    const host = document.createElement('div');
    const root = createRoot(host);
    await act(async () => root.render(<Probe tabId={1} />));
    await settle();
    expect(host.textContent).toBe('A');
    const asked = request.mock.calls.length;

    lists.set(1, listView([row({ key: 'a', name: 'A2', accountId: 'li:a' })]));
    await emit({ tabId: 9 });
    await emit({ accountId: 'li:other' });
    expect(request.mock.calls.length).toBe(asked);
    expect(host.textContent).toBe('A');
    await emit({ accountId: 'li:a' });
    expect(host.textContent).toBe('A2');
    lists.set(1, listView([row({ key: 'b', name: 'B' })]));
    await emit({ tabId: 1 });
    expect(host.textContent).toBe('B');

    // another tab: the old tab's list is not shown, even before the answer
    let answer: (v: null) => void = () => undefined;
    request.mockImplementationOnce(() => new Promise((r) => (answer = r)));
    await act(async () => root.render(<Probe tabId={2} />));
    expect(host.textContent).toBe('none');
    answer(null);
    await settle();
    expect(host.textContent).toBe('none');
    await act(async () => root.render(<Probe tabId={null} />));
    expect(host.textContent).toBe('none');
  });

  it('asks once at a time: changes while the list is being scored ask once more, after the answer', async () => {
    lists.set(3, listView([row({ key: 'a', name: 'A' })]));
    const host = document.createElement('div');
    const root = createRoot(host);
    await act(async () => root.render(<Probe tabId={3} />));
    await settle();
    const answers: ((v: ReturnType<typeof listView>) => void)[] = [];
    request.mockImplementation(() => new Promise((r) => answers.push(r)));
    const asked = request.mock.calls.length;
    for (let i = 0; i < 5; i++) await emit({ tabId: 3 });
    expect(request.mock.calls.length).toBe(asked + 1);
    await act(async () => answers[0]!(listView([row({ key: 'b', name: 'B' })])));
    await settle();
    expect(host.textContent).toBe('B');
    expect(request.mock.calls.length).toBe(asked + 2); // the changes meanwhile: one more ask
    await act(async () => answers[1]!(listView([row({ key: 'c', name: 'C' })])));
    await settle();
    expect(host.textContent).toBe('C');
    expect(request.mock.calls.length).toBe(asked + 2);
    // leaving for no tab and coming back asks again
    await act(async () => root.render(<Probe tabId={null} />));
    await act(async () => root.render(<Probe tabId={3} />));
    expect(request.mock.calls.length).toBe(asked + 3);
    request.mockImplementation(async (_type: string, data: { tabId: number }) => lists.get(data.tabId) ?? null);
  });
});

