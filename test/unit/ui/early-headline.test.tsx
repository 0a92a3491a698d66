// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: async () => undefined, getURL: (p: string) => p }, tabs: { query: async () => [] } } }));
const { earlyPaint, headlineOfView } = await import('../../../hooks/early-paint');
const { PanelBody } = await import('../../../entrypoints/sidepanel/PanelBody');
import { viewFor } from './view-factory';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const FACTS = { name: { value: 'Acme Analytics' }, domain: { value: 'acme.io' }, industry: { value: 'Software Development' }, employeeRange: { value: { min: 51, max: 200 } } };
const noActions = {} as Parameters<typeof PanelBody>[0]['actions'];

/** React's first render into #root, the view still on its way. */
async function renderLoading(): Promise<HTMLElement> {
  const root = document.getElementById('root')!;
  await act(async () => createRoot(root).render(<PanelBody data={{ state: 'loading' }} actions={noActions} retry={() => undefined} />));
  return root;
}

// Session 15: React's first commit empties #root. While the tab's view was still on its way, its
// loading state drew "Loading…" over the early-painted tier, which came back 11–44 ms later (4–6
// of 12 opens in a browser nothing automates). The loading state now draws the same header.
describe("the panel's loading state after the early paint", () => {
  beforeEach(() => {
    document.body.replaceChildren(Object.assign(document.createElement('div'), { id: 'root' }));
    delete window.__icpEarlyHeadline;
  });

  it('keeps the tier the early script drew: the same header, not "Loading…"', async () => {
    earlyPaint(headlineOfView(viewFor(FACTS)), 'badge');
    const before = document.querySelector('#root header')!.outerHTML;
    const root = await renderLoading();
    expect(root.querySelector('[data-testid="state-loading"]')).toBeNull();
    expect(root.querySelector('header')!.outerHTML).toBe(before);
    expect(root.querySelectorAll('[data-testid="tier"]')).toHaveLength(1);
  });

  it('draws the header when the headline comes after React started', async () => {
    const root = await renderLoading();
    expect(root.querySelector('[data-testid="state-loading"]')).not.toBeNull();
    await act(async () => earlyPaint(headlineOfView(viewFor(FACTS)), 'badge'));
    expect(root.querySelector('[data-testid="state-loading"]')).toBeNull();
    expect(root.querySelector('[data-early="badge"] h1')!.textContent).toBe('Acme Analytics');
    expect(root.querySelectorAll('header')).toHaveLength(1);
  });

  it('says "Loading…" when the tab had no headline', async () => {
    const root = await renderLoading();
    expect(root.querySelector('[data-testid="state-loading"]')!.textContent).toContain('Loading…');
    expect(root.querySelector('[data-testid="tier"]')).toBeNull();
  });
});
