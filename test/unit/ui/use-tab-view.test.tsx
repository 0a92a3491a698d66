// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';

// The side panel asks for its first view before React starts. A change that lands between that
// answer and the moment the panel listens for changes must not leave "Reading the page…" on screen.
const listeners = new Set<(e: { tabId?: number }) => void>();
const answers: { status: string }[] = [];
vi.mock('wxt/browser', () => ({ browser: { tabs: { query: async () => [], onActivated: { addListener() {}, removeListener() {} } } } }));
vi.mock('../../../lib/messaging/client', async (actual) => ({
  ...(await actual<typeof import('../../../lib/messaging/client')>()),
  request: vi.fn(async () => ({ tabId: 7, ...answers.shift()! })),
  onChanged: (fn: (e: { tabId?: number }) => void) => {
    listeners.add(fn);
    return () => listeners.delete(fn);
  },
}));
const { prefetchTabView, useTabView } = await import('../../../hooks/use-tab-view');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Probe() {
  const { data } = useTabView();
  return <p>{data.state === 'ready' ? data.view.status : data.state}</p>;
}

describe('the panel view of a tab', () => {
  it('a change between the early answer and listening is not missed', async () => {
    history.replaceState(null, '', '/sidepanel.html?tabId=7');
    answers.push({ status: 'reading' }, { status: 'ready' });
    prefetchTabView(); // answered "reading"
    await Promise.resolve();
    for (const l of listeners) l({ tabId: 7 }); // nobody listens yet: this change is not delivered
    expect(listeners.size).toBe(0);
    const root = document.createElement('div');
    await act(async () => createRoot(root).render(<Probe />));
    await act(async () => new Promise((r) => setTimeout(r, 10)));
    expect(root.textContent).toBe('ready');
  });
});

describe('the panel’s first render', () => {
  it('shows the early answer at once when it came before React started (no "loading" frame)', async () => {
    history.replaceState(null, '', '/sidepanel.html?tabId=7');
    answers.push({ status: 'ready' }, { status: 'ready' });
    window.__icpEarlyTabView = undefined;
    prefetchTabView();
    await new Promise((r) => setTimeout(r, 0)); // the answer is in
    const frames: string[] = [];
    function Recorder() {
      const { data } = useTabView();
      frames.push(data.state);
      return null;
    }
    const root = document.createElement('div');
    await act(async () => createRoot(root).render(<Recorder />));
    expect(frames[0]).toBe('ready');
  });
});
